package org.ctcreview.simulate;

import static org.ctcreview.simulate.Stains.channels;
import static org.ctcreview.simulate.Stains.px;
import static org.ctcreview.simulate.Stains.round;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Builds cells: leukocytes (round or lobed nucleus, CD45 membrane ring), bare nuclei, CTCs with all their
 * sub-populations (CK cytoplasm around an off-centre nucleus) and apoptotic CTCs.
 */
final class CellFactory {
    private static final double WBC_DIAMETER_UM = 9.4;

    private final Stains stains;
    private final double ctcDiameterUm;

    CellFactory(Stains stains, double ctcDiameterUm) {
        this.stains = stains;
        this.ctcDiameterUm = ctcDiameterUm;
    }

    Part wbc(SplittableRandom r, SubPopulation sub) {
        StainConfig s = stains.config();
        double d = Rand.logNormal(r, WBC_DIAMETER_UM, 0.1);
        double rc = px(d) / 2;
        double rn = rc * Rand.uniform(r, 0.62, 0.75);
        double ox = Rand.uniform(r, -0.12, 0.12) * rc;
        double oy = Rand.uniform(r, -0.12, 0.12) * rc;
        double dapi = stains.level(r, Stains.DAPI, s.dapiWbc());
        double cd45 = stains.level(r, Stains.CD45, s.cd45Wbc()) * Rand.logNormal(r, 1, 0.25);
        if (sub == SubPopulation.WBC_DIM_CD45) {
            cd45 *= Rand.uniform(r, 0.1, 0.28);
        }
        List<Blob> blobs = new ArrayList<>();
        if (sub == SubPopulation.WBC_LOBED) {
            addLobes(r, blobs, ox, oy, rn, dapi * 1.1);
        } else {
            blobs.add(round(r, ox, oy, rn, 0.12, 0.06, 0.9, channels(dapi, 0, 0, 0), 1, 0, 0.3, 0.22, 2.2, false));
        }
        double fitc = stains.level(r, Stains.FITC, 35);
        blobs.add(round(r, 0, 0, rc, 0.08, 0.05, 1.0, channels(0, fitc, 0, cd45), 0.3, 0.75, 0, 0.35, 2.5, true));
        if (sub == SubPopulation.WBC_CK_DEBRIS) {
            blobs.add(ckParticle(r, ox, oy, rn));
        }
        return new Part(sub, d, blobs);
    }

    Part bareNucleus(SplittableRandom r, SubPopulation sub) {
        StainConfig s = stains.config();
        double d = Rand.uniform(r, 6, 9);
        double rn = px(d) / 2;
        double dapi = stains.level(r, Stains.DAPI, s.dapiWbc());
        double cd45 = stains.level(r, Stains.CD45, s.cd45Wbc()) * Rand.uniform(r, 0.03, 0.12);
        List<Blob> blobs = new ArrayList<>();
        blobs.add(round(r, 0, 0, rn, 0.15, 0.07, 0.9, channels(dapi, 0, 0, 0), 1, 0, 0.3, 0.25, 2.2, true));
        blobs.add(round(r, 0, 0, rn * 1.1, 0.1, 0.05, 1.0, channels(0, 0, 0, cd45), 0.4, 0.6, 0, 0.5, 2.5, false));
        if (sub == SubPopulation.BARE_NUCLEUS_CK_DEBRIS) {
            blobs.add(ckParticle(r, 0, 0, rn));
        }
        return new Part(sub, d, blobs);
    }

    /** A CTC unit: one cell, or two (doublet) or 3-6 (cluster) touching cells. */
    List<Part> ctcUnit(SplittableRandom r, SubPopulation sub) {
        int n = sub == SubPopulation.CTC_DOUBLET ? 2 : sub == SubPopulation.CTC_CLUSTER ? 3 + r.nextInt(4) : 1;
        if (n == 1) {
            return List.of(ctc(r, sub));
        }
        List<Part> cells = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Part cell = ctc(r, Rand.chance(r, 0.5) ? SubPopulation.CTC_IRREGULAR : SubPopulation.CTC_TYPICAL);
            cell = new Part(sub, cell.diameterUm(), cell.blobs());
            cells.add(i == 0 ? cell : touching(r, cells, cell));
        }
        return cells;
    }

    private static Part touching(SplittableRandom r, List<Part> placed, Part cell) {
        Part best = null;
        for (int attempt = 0; attempt < 12; attempt++) {
            Part anchor = placed.get(r.nextInt(placed.size()));
            Blob a = anchor.blobs().get(0);
            double dist = (anchor.extent() + cell.extent()) * Rand.uniform(r, 0.8, 0.95);
            double phi = r.nextDouble() * 2 * Math.PI;
            Part moved = cell.movedBy(a.cx() + dist * Math.cos(phi), a.cy() + dist * Math.sin(phi));
            best = moved;
            boolean clear = true;
            for (Part p : placed) {
                Blob b = p.blobs().get(0);
                Blob m = moved.blobs().get(0);
                if (Math.hypot(b.cx() - m.cx(), b.cy() - m.cy()) < 0.75 * (p.extent() + cell.extent())) {
                    clear = false;
                }
            }
            if (clear) {
                return moved;
            }
        }
        return best;
    }

    Part ctc(SplittableRandom r, SubPopulation sub) {
        StainConfig s = stains.config();
        double d = sub == SubPopulation.CTC_SMALL ? Rand.uniform(r, 4.2, 6.0)
                : Math.max(4.2, Rand.logNormal(r, ctcDiameterUm, 0.2));
        double rc = px(d) / 2;
        boolean irregular = sub == SubPopulation.CTC_IRREGULAR;
        double ecc = irregular ? Rand.uniform(r, 0.15, 0.4) : 0.15;
        double wobble = irregular ? Rand.uniform(r, 0.1, 0.22) : 0.05;
        double rn = rc * Rand.uniform(r, 0.45, 0.65);
        double off = (rc - rn) * 0.6 * r.nextDouble();
        double phi = r.nextDouble() * 2 * Math.PI;
        double dapi = stains.level(r, Stains.DAPI, s.dapiCtc());
        double ck = stains.level(r, Stains.CK, s.ckCtc()) * Rand.logNormal(r, 1, 0.3);
        double bleed = s.ckBleedIntoCd45();
        switch (sub) {
            case CTC_DIM_CK -> ck *= Rand.uniform(r, 0.07, 0.2);
            case CTC_DIM_DAPI -> dapi *= Rand.uniform(r, 0.1, 0.25);
            case CTC_SHINE_THROUGH -> {
                ck = Math.max(ck, s.ckCtc()) * Rand.uniform(r, 2.2, 3.5);
                bleed = s.shineThroughBleed() * Rand.uniform(r, 0.7, 1.3);
            }
            default -> {
                // typical intensities
            }
        }
        double texture = sub == SubPopulation.CTC_TEXTURED_CK ? Rand.uniform(r, 0.6, 0.9) : 0.18;
        double grain = sub == SubPopulation.CTC_TEXTURED_CK ? 1.8 : 3.0;
        List<Blob> blobs = new ArrayList<>();
        double fitc = stains.level(r, Stains.FITC, 30);
        blobs.add(round(r, 0, 0, rc, ecc, wobble, 1.0, channels(0, fitc, ck, bleed * ck), 0.9, 0.25, -0.1,
                texture, grain, true));
        blobs.add(round(r, off * Math.cos(phi), off * Math.sin(phi), rn, 0.15, 0.06, 0.9,
                channels(dapi, 0, 0, 0), 1, 0, 0.15, 0.3, 2.0, false));
        if (sub == SubPopulation.CTC_EXTRA_DAPI) {
            int spots = 1 + r.nextInt(3);
            for (int i = 0; i < spots; i++) {
                double dist = rc * Rand.uniform(r, 1.1, 1.8);
                double a = r.nextDouble() * 2 * Math.PI;
                blobs.add(round(r, dist * Math.cos(a), dist * Math.sin(a), Rand.uniform(r, 1.0, 2.5), 0.2, 0.05,
                        0.8, channels(dapi * Rand.uniform(r, 0.4, 1.0), 0, 0, 0), 1, 0, 0.4, 0, 2, false));
            }
        }
        return new Part(sub, d, blobs);
    }

    Part apoptotic(SplittableRandom r, SubPopulation sub) {
        StainConfig s = stains.config();
        double d = Math.max(4.5, Rand.logNormal(r, ctcDiameterUm, 0.2));
        double rc = px(d) / 2;
        double ck = stains.level(r, Stains.CK, s.ckCtc()) * Rand.uniform(r, 0.3, 0.9);
        double dapi = stains.level(r, Stains.DAPI, s.dapiCtc());
        List<Blob> blobs = new ArrayList<>();
        blobs.add(round(r, 0, 0, rc, 0.3, 0.2, 1.0, channels(0, stains.level(r, Stains.FITC, 30), ck,
                s.ckBleedIntoCd45() * ck), 0.9, 0.1, 0, Rand.uniform(r, 1.0, 1.5), 2.2, true));
        if (sub == SubPopulation.APOPTOTIC_FRAGMENTED) {
            int fragments = 3 + r.nextInt(5);
            for (int i = 0; i < fragments; i++) {
                double dist = rc * 0.55 * Math.sqrt(r.nextDouble());
                double a = r.nextDouble() * 2 * Math.PI;
                blobs.add(round(r, dist * Math.cos(a), dist * Math.sin(a), rc * Rand.uniform(r, 0.12, 0.25), 0.2,
                        0.1, 0.8, channels(dapi * Rand.uniform(r, 0.7, 1.3), 0, 0, 0), 1, 0, 0.3, 0.1, 2, false));
            }
        } else {
            blobs.add(round(r, 0, 0, rc * Rand.uniform(r, 0.25, 0.38), 0.1, 0.04, 0.8,
                    channels(dapi * 1.4, 0, 0, 0), 1, 0, 0.3, 0.1, 2, false));
            int blebs = 2 + r.nextInt(4);
            for (int i = 0; i < blebs; i++) {
                double dist = rc * Rand.uniform(r, 0.9, 1.4);
                double a = r.nextDouble() * 2 * Math.PI;
                blobs.add(round(r, dist * Math.cos(a), dist * Math.sin(a), Rand.uniform(r, 1.0, 2.5), 0.2, 0.1,
                        0.8, channels(0, 0, ck * Rand.uniform(r, 0.5, 1.2), 0), 1, 0, 0.4, 0, 2, false));
            }
        }
        return new Part(sub, d, blobs);
    }

    /** A cell seen out of the focal plane: wide soft edges, lower peak. */
    Part outOfFocus(SplittableRandom r) {
        Part cell = Rand.chance(r, 0.7) ? wbc(r, SubPopulation.WBC_ROUND) : ctc(r, SubPopulation.CTC_TYPICAL);
        double soft = Rand.uniform(r, 2.5, 5);
        double gain = Rand.uniform(r, 0.25, 0.5);
        return new Part(SubPopulation.ARTEFACT_OUT_OF_FOCUS, cell.diameterUm(),
                cell.blobs().stream().map(b -> b.blurred(soft, gain)).toList());
    }

    private void addLobes(SplittableRandom r, List<Blob> blobs, double ox, double oy, double rn, double dapi) {
        int lobes = 2 + r.nextInt(3);
        double step = Rand.uniform(r, 1.0, 1.6);
        double start = r.nextDouble() * 2 * Math.PI;
        for (int i = 0; i < lobes; i++) {
            double a = start + (i - (lobes - 1) / 2.0) * step;
            double dist = rn * Rand.uniform(r, 0.4, 0.55);
            blobs.add(round(r, ox + dist * Math.cos(a), oy + dist * Math.sin(a), rn * Rand.uniform(r, 0.42, 0.58),
                    0.25, 0.05, 0.8, channels(dapi * Rand.uniform(r, 0.85, 1.15), 0, 0, 0), 1, 0, 0.25, 0.2, 2,
                    false));
        }
    }

    /** A CK+ particle (tdEV or debris) lying on a nucleus: what makes a look-alike event. */
    private Blob ckParticle(SplittableRandom r, double ox, double oy, double rn) {
        StainConfig s = stains.config();
        double ck = stains.level(r, Stains.CK, s.ckTdev()) * Rand.uniform(r, 0.6, 1.8);
        return round(r, ox + Rand.uniform(r, -0.8, 0.8) * rn, oy + Rand.uniform(r, -0.8, 0.8) * rn,
                Rand.uniform(r, 1.2, 3.5), 0.3, 0.2, 0.8, channels(0, 0.1 * ck, ck, s.ckBleedIntoCd45() * ck), 1, 0,
                0.5, 0.3, 1.5, false);
    }
}
