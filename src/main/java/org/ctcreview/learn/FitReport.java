package org.ctcreview.learn;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * What a fit used and chose, for the model version's record.
 *
 * @param cells          training cells used (UNSURE and unlabelled cells excluded)
 * @param positives      of which positive (e.g. CTC)
 * @param negatives      of which negative
 * @param components     PCA components
 * @param c              the C used
 * @param gamma          the gamma used
 * @param gammaRule      "scale", "given" or "grid" (a factor of the base gamma chosen by the grid search)
 * @param supportVectors support vectors kept
 * @param calibration    what Platt scaling was fitted on: "training decisions" or "k-fold out-of-fold decisions"
 * @param grid           every grid point with its pooled k-fold F1 (empty without grid search)
 * @param notes          fall-backs taken (e.g. a grid search skipped for too few labels)
 * @param seconds        wall time of the fit
 */
public record FitReport(int cells, int positives, int negatives, int components, double c, double gamma,
                        String gammaRule, int supportVectors, String calibration, List<GridPoint> grid,
                        List<String> notes, double seconds) {
    public FitReport {
        grid = List.copyOf(grid);
        notes = List.copyOf(notes);
    }

    /** One grid point: C, gamma and the F1 of pooled out-of-fold predictions (decision > 0 = positive). */
    public record GridPoint(double c, double gamma, double f1) {
    }

    void write(DataOutputStream out) throws IOException {
        out.writeInt(cells);
        out.writeInt(positives);
        out.writeInt(negatives);
        out.writeInt(components);
        out.writeDouble(c);
        out.writeDouble(gamma);
        out.writeUTF(gammaRule);
        out.writeInt(supportVectors);
        out.writeUTF(calibration);
        out.writeInt(grid.size());
        for (GridPoint g : grid) {
            out.writeDouble(g.c());
            out.writeDouble(g.gamma());
            out.writeDouble(g.f1());
        }
        ModelIo.writeStrings(out, notes);
        out.writeDouble(seconds);
    }

    static FitReport read(DataInputStream in) throws IOException {
        int cells = in.readInt();
        int pos = in.readInt();
        int neg = in.readInt();
        int comps = in.readInt();
        double c = in.readDouble();
        double gamma = in.readDouble();
        String rule = in.readUTF();
        int sv = in.readInt();
        String calibration = in.readUTF();
        int n = in.readInt();
        if (n < 0 || n > in.available() / 24) {
            throw new IOException("bad grid size " + n);
        }
        List<GridPoint> grid = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            grid.add(new GridPoint(in.readDouble(), in.readDouble(), in.readDouble()));
        }
        List<String> notes = ModelIo.readStrings(in);
        return new FitReport(cells, pos, neg, comps, c, gamma, rule, sv, calibration, grid, notes, in.readDouble());
    }
}
