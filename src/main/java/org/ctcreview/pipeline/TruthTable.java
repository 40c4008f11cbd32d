package org.ctcreview.pipeline;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ctcreview.model.BadInputException;

/**
 * Ground truth of a generated cartridge ({@code truth/<patient>/objects.csv}), read for evaluation only:
 * the pipeline never uses it to decide anything.
 */
public final class TruthTable {
    private TruthTable() {
    }

    /** One true object: class, sub-population, frame, centroid and box (x0, y0, x1, y1) in frame pixels. */
    public record TrueObject(long id, String cls, String subPopulation, int frame, double x, double y, boolean ctc,
                             double x0, double y0, double x1, double y1) {
    }

    public static List<TrueObject> read(Path csv) {
        try (BufferedReader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            List<String> header = Arrays.asList(r.readLine().split(","));
            int id = col(header, "object_id", csv);
            int cls = col(header, "class", csv);
            int sub = col(header, "sub_population", csv);
            int frame = col(header, "frame", csv);
            int x = col(header, "x", csv);
            int y = col(header, "y", csv);
            int ctc = col(header, "is_ctc", csv);
            int[] box = {col(header, "bbox_x0", csv), col(header, "bbox_y0", csv), col(header, "bbox_x1", csv),
                col(header, "bbox_y1", csv)};
            List<TrueObject> out = new ArrayList<>();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.split(",", -1);
                out.add(new TrueObject(Long.parseLong(f[id]), f[cls], f[sub], Integer.parseInt(f[frame]),
                        Double.parseDouble(f[x]), Double.parseDouble(f[y]), Boolean.parseBoolean(f[ctc]),
                        Double.parseDouble(f[box[0]]), Double.parseDouble(f[box[1]]), Double.parseDouble(f[box[2]]),
                        Double.parseDouble(f[box[3]])));
            }
            return out;
        } catch (IOException | RuntimeException e) {
            throw new BadInputException(csv, "cannot read the ground-truth table (" + e.getMessage() + ")",
                    "point to truth/<patient>/objects.csv written by ctc simulate", e);
        }
    }

    private static int col(List<String> header, String name, Path csv) {
        int i = header.indexOf(name);
        if (i < 0) {
            throw new BadInputException(csv, "has no column " + name, "use objects.csv written by ctc simulate");
        }
        return i;
    }
}
