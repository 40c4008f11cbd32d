package org.ctcreview.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ctcreview.io.CellTracksCartridge;
import org.ctcreview.io.CellTracksReader;
import org.ctcreview.io.FrameFile;
import org.ctcreview.io.FrameTiffReader;
import org.ctcreview.io.ReaderOptions;
import org.ctcreview.model.SegmentedObject;
import org.ctcreview.segment.PolygonRaster;
import org.ctcreview.task.ProgressListener;

/**
 * Segments and crops every frame of a cartridge (nothing is stored) and, when ground truth is given, counts
 * the true CTCs whose centroid lies inside a found cell.
 */
public final class SegmentationBenchmark {
    private SegmentationBenchmark() {
    }

    /** Times, cell counts and CTC recall (NaN without truth), with misses per sub-population. */
    public record Result(int frames, int cells, double readSeconds, double segmentSeconds, int trueCtcs,
                         int foundCtcs, Map<String, int[]> bySubPopulation) {
        public double ctcRecall() {
            return trueCtcs == 0 ? Double.NaN : foundCtcs / (double) trueCtcs;
        }
    }

    public static Result run(Path cartridge, CellFinder finder, List<TruthTable.TrueObject> truth,
                             ProgressListener progress) {
        CellTracksCartridge c = CellTracksReader.open(cartridge, ReaderOptions.defaults(), progress);
        long read = 0;
        long seg = 0;
        int cells = 0;
        int trueCtcs = 0;
        int found = 0;
        Map<String, int[]> bySub = new TreeMap<>();
        for (FrameFile f : c.frames()) {
            progress.checkCancelled();
            long t0 = System.nanoTime();
            FrameTiffReader.FrameRead r = c.readFrame(f);
            long t1 = System.nanoTime();
            List<CellExtraction.ExtractedCell> ex = CellExtraction.extract(r, finder);
            seg += System.nanoTime() - t1;
            read += t1 - t0;
            cells += ex.size();
            if (truth != null) {
                List<SegmentedObject> objs = new ArrayList<>(ex.size());
                ex.forEach(e -> objs.add(e.object()));
                int w = r.image().width();
                int[] labels = PolygonRaster.labels(objs, w, r.image().height());
                for (TruthTable.TrueObject t : truth) {
                    if (t.frame() != f.frameNumber() || !t.ctc()) {
                        continue;
                    }
                    int px = (int) Math.min(w - 1, Math.max(0, Math.floor(t.x())));
                    int py = (int) Math.min(r.image().height() - 1, Math.max(0, Math.floor(t.y())));
                    boolean hit = labels[py * w + px] != 0;
                    trueCtcs++;
                    found += hit ? 1 : 0;
                    int[] s = bySub.computeIfAbsent(t.subPopulation(), k -> new int[2]);
                    s[0]++;
                    s[1] += hit ? 1 : 0;
                }
            }
            progress.update(f.frameNumber(), c.frames().size(), "segmenting frames");
        }
        return new Result(c.frames().size(), cells, read / 1e9, seg / 1e9, trueCtcs, found, bySub);
    }
}
