package org.ctcreview.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ctcreview.model.BadInputException;
import org.ctcreview.store.CartridgeInfo;
import org.ctcreview.store.CellRow;
import org.ctcreview.store.FrameRow;
import org.ctcreview.store.Project;
import org.ctcreview.store.Stored;

/**
 * The true class of each stored cell of a project imported from a generated cohort, for simulated experts
 * and evaluation only (never for fitting a model on its own): a cell takes the class of the true object whose
 * box, widened by {@link #MARGIN_PX}, holds the cell's centre (the nearest centre if several). A cell that
 * matches no true object is a false detection; it is reported as {@code ARTEFACT}, which is what an expert
 * would call it.
 */
public final class TruthLabels {
    public static final double MARGIN_PX = 2.0;

    private TruthLabels() {
    }

    /** Store label of a true object: CTC when the generator counts it as one, else its class. */
    public static String storeLabel(TruthTable.TrueObject o) {
        if (o.ctc()) {
            return "CTC";
        }
        return switch (o.cls()) {
            case "wbc" -> "WBC";
            case "tdev" -> "TDEV";
            case "bare_nucleus" -> "BARE_NUCLEUS";
            case "cd45_ev" -> "CD45_EV";
            case "artefact" -> "ARTEFACT";
            default -> "NOT_CTC"; // e.g. apoptotic CTCs, which CellSearch does not count
        };
    }

    /** Map cell id -> store label for every cell of every cartridge whose patient has a truth table. */
    public static Map<Long, String> read(Project project, Path cohortDir) {
        Map<Long, String> out = new HashMap<>();
        for (CartridgeInfo c : project.catalog().cartridges()) {
            Path csv = cohortDir.resolve("truth").resolve(c.patientCode()).resolve("objects.csv");
            if (!Files.isRegularFile(csv)) {
                throw new BadInputException(csv, "is missing: patient " + c.patientCode() + " has no ground truth",
                        "point --truth at the cohort folder written by ctc simulate (it holds truth/<patient>/)");
            }
            Map<Integer, List<TruthTable.TrueObject>> byFrame = new HashMap<>();
            for (TruthTable.TrueObject o : TruthTable.read(csv)) {
                byFrame.computeIfAbsent(o.frame(), k -> new ArrayList<>()).add(o);
            }
            Map<Long, Integer> frameNumbers = new HashMap<>();
            for (Stored<FrameRow> f : project.catalog().frames(c.id())) {
                frameNumbers.put(f.id(), f.row().frameNumber());
            }
            for (Stored<CellRow> cell : project.catalog().cells(c.id())) {
                CellRow r = cell.row();
                Integer frame = r.frameId() == null ? null : frameNumbers.get(r.frameId());
                TruthTable.TrueObject o = frame == null ? null : match(byFrame.get(frame), r.frameX(), r.frameY());
                out.put(cell.id(), o == null ? "ARTEFACT" : storeLabel(o));
            }
        }
        return out;
    }

    static TruthTable.TrueObject match(List<TruthTable.TrueObject> objects, double x, double y) {
        if (objects == null) {
            return null;
        }
        TruthTable.TrueObject best = null;
        double bestD = Double.MAX_VALUE;
        for (TruthTable.TrueObject o : objects) {
            if (x < o.x0() - MARGIN_PX || x > o.x1() + MARGIN_PX || y < o.y0() - MARGIN_PX || y > o.y1() + MARGIN_PX) {
                continue;
            }
            double d = (o.x() - x) * (o.x() - x) + (o.y() - y) * (o.y() - y);
            if (d < bestD) {
                bestD = d;
                best = o;
            }
        }
        return best;
    }
}
