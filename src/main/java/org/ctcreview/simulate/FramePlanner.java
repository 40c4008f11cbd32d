package org.ctcreview.simulate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.ctcreview.model.GridLayout;

/**
 * Decides what one frame shows: builds the frame's share of the patient's objects, places them (mostly
 * apart, some touching a neighbour, debris and smears anywhere), adds per-frame artefacts and, on edge
 * frames, glare along the sides that face the cartridge wall.
 */
final class FramePlanner {
    private static final int MAX_MASK_ID = 65535;
    private static final SubPopulation[] ORDER = {
        SubPopulation.CTC_CLUSTER, SubPopulation.CTC_DOUBLET, SubPopulation.CTC_TYPICAL, SubPopulation.CTC_IRREGULAR,
        SubPopulation.CTC_TEXTURED_CK, SubPopulation.CTC_DIM_CK, SubPopulation.CTC_DIM_DAPI,
        SubPopulation.CTC_SHINE_THROUGH, SubPopulation.CTC_EXTRA_DAPI, SubPopulation.CTC_SMALL,
        SubPopulation.APOPTOTIC_FRAGMENTED, SubPopulation.APOPTOTIC_CONDENSED, SubPopulation.WBC_CK_DEBRIS,
        SubPopulation.BARE_NUCLEUS_CK_DEBRIS, SubPopulation.ARTEFACT_CK_DEBRIS, SubPopulation.ARTEFACT_POINT_LIKE,
        SubPopulation.WBC_ROUND, SubPopulation.WBC_LOBED, SubPopulation.WBC_DIM_CD45, SubPopulation.BARE_NUCLEUS,
        SubPopulation.TDEV_DOT, SubPopulation.CD45_EV_DOT};

    private final SimulationConfig cfg;
    private final PatientProfile patient;
    private final GridLayout layout;

    FramePlanner(SimulationConfig cfg, PatientProfile patient, GridLayout layout) {
        this.cfg = cfg;
        this.patient = patient;
        this.layout = layout;
    }

    FrameScene plan(int frame, SplittableRandom r) {
        int w = layout.frameWidth();
        int h = layout.frameHeight();
        Stains stains = new Stains(cfg.stain(), patient.gains());
        CellFactory cells = new CellFactory(stains, patient.cancerType().ctcDiameterUm());
        SmallFactory small = new SmallFactory(stains);
        Placement placement = new Placement(w, h, cfg.counts().touchingFraction());
        List<SimObject> objects = new ArrayList<>();
        int[] units = patient.unitsInFrame(frame);
        for (SubPopulation sub : ORDER) {
            for (int i = 0; i < units[sub.ordinal()]; i++) {
                List<Part> unit = build(sub, cells, small, r);
                boolean dot = sub == SubPopulation.TDEV_DOT || sub == SubPopulation.CD45_EV_DOT;
                add(objects, frame, placement.place(r, unit, !dot, true), w, h);
            }
        }
        CountConfig c = cfg.counts();
        int debris = Rand.poisson(r, c.debrisPerFrame());
        for (int i = 0; i < debris; i++) {
            add(objects, frame, placement.place(r, List.of(small.debris(r)), false, true), w, h);
        }
        int blurred = Rand.poisson(r, c.outOfFocusPerFrame());
        for (int i = 0; i < blurred; i++) {
            add(objects, frame, placement.place(r, List.of(cells.outOfFocus(r)), false, true), w, h);
        }
        int smears = Rand.poisson(r, c.smearsPerFrame());
        for (int i = 0; i < smears; i++) {
            add(objects, frame, placement.place(r, List.of(small.smear(r)), false, false), w, h);
        }
        List<Glare> glares = glares(frame, r);
        for (Glare g : glares) {
            objects.add(glareObject(frame, g, w, h));
        }
        return new FrameScene(frame, w, h, objects, glares);
    }

    static List<Part> build(SubPopulation sub, CellFactory cells, SmallFactory small, SplittableRandom r) {
        return switch (sub.objectClass()) {
            case CTC -> cells.ctcUnit(r, sub);
            case APOPTOTIC_CTC -> List.of(cells.apoptotic(r, sub));
            case WBC -> List.of(cells.wbc(r, sub));
            case BARE_NUCLEUS -> List.of(cells.bareNucleus(r, sub));
            case TDEV, CD45_EV -> List.of(small.vesicle(r, sub));
            case ARTEFACT -> List.of(sub == SubPopulation.ARTEFACT_POINT_LIKE ? small.pointLike(r) : small.ckDebris(r));
        };
    }

    private static void add(List<SimObject> objects, int frame, List<Part> unit, int w, int h) {
        int group = 0;
        for (Part p : unit) {
            int id = objects.size() + 1;
            if (id > MAX_MASK_ID) {
                return;
            }
            group = group == 0 ? id : group;
            objects.add(SimObject.of(frame, id, group, p, w, h));
        }
    }

    private List<Glare> glares(int frame, SplittableRandom r) {
        List<Glare> out = new ArrayList<>();
        if (!layout.isEdge(frame) || cfg.noise().edgeGlarePeak() <= 0) {
            return out;
        }
        int row = layout.row(frame);
        int col = layout.col(frame);
        addGlare(out, row == 0, Glare.Side.TOP, r);
        addGlare(out, row == layout.rows() - 1, Glare.Side.BOTTOM, r);
        addGlare(out, col == 0, Glare.Side.LEFT, r);
        addGlare(out, col == layout.cols() - 1, Glare.Side.RIGHT, r);
        return out;
    }

    private void addGlare(List<Glare> out, boolean outer, Glare.Side side, SplittableRandom r) {
        if (outer && Rand.chance(r, patient.glareSides())) {
            NoiseConfig n = cfg.noise();
            out.add(new Glare(side, Rand.logNormal(r, n.edgeGlarePeak(), 0.4),
                    Rand.logNormal(r, n.edgeGlareWidthPx(), 0.3), r.nextLong()));
        }
    }

    /** Edge glare as a truth row: no mask, box = the band where it shows. */
    private static SimObject glareObject(int frame, Glare g, int w, int h) {
        int reach = Math.min(g.reach(), Math.min(w, h) - 1);
        int x0 = g.side() == Glare.Side.RIGHT ? w - 1 - reach : 0;
        int x1 = g.side() == Glare.Side.LEFT ? reach : w - 1;
        int y0 = g.side() == Glare.Side.BOTTOM ? h - 1 - reach : 0;
        int y1 = g.side() == Glare.Side.TOP ? reach : h - 1;
        return new SimObject(frame, 0, 0, SubPopulation.ARTEFACT_EDGE_GLARE, 0, x0, y0, x1, y1, List.of());
    }
}
