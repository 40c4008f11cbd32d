package org.ctcreview.pipeline;

import java.nio.file.Path;
import java.util.List;
import org.ctcreview.io.LabelledImageFolder;
import org.ctcreview.model.Segmentation;
import org.ctcreview.segment.InstanceMatching;
import org.ctcreview.segment.PolygonRaster;
import org.ctcreview.segment.Segmenter;
import org.ctcreview.task.ProgressListener;

/** Runs a segmenter over a folder of images with instance masks and pools AP/precision/recall over all images. */
public final class SegmentationEvaluation {
    private SegmentationEvaluation() {
    }

    /** Pooled counts at IoU 0.5 and 0.7, with the time spent segmenting. */
    public record Result(String segmenter, int images, InstanceMatching.Score at50, InstanceMatching.Score at70,
                         double seconds) {
    }

    public static Result run(Segmenter segmenter, Path images, Path masks, int page, ProgressListener progress) {
        List<Path[]> pairs = LabelledImageFolder.pairs(images, masks);
        InstanceMatching.Score s50 = new InstanceMatching.Score(0.5, 0, 0, 0, 0, 0);
        InstanceMatching.Score s70 = new InstanceMatching.Score(0.7, 0, 0, 0, 0, 0);
        long nanos = 0;
        int done = 0;
        for (Path[] pair : pairs) {
            progress.checkCancelled();
            LabelledImageFolder.Pair p = LabelledImageFolder.load(pair, page);
            long t0 = System.nanoTime();
            Segmentation s = segmenter.segment(p.image(), p.width(), p.height());
            nanos += System.nanoTime() - t0;
            int[] pred = PolygonRaster.labels(s.objects(), p.width(), p.height());
            List<InstanceMatching.Score> sc = InstanceMatching.score(p.labels(), pred, 0.5, 0.7);
            s50 = s50.plus(sc.get(0));
            s70 = s70.plus(sc.get(1));
            progress.update(++done, pairs.size(), "segmenting " + p.name());
        }
        return new Result(segmenter.name(), pairs.size(), s50, s70, nanos / 1e9);
    }
}
