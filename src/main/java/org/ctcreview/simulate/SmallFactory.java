package org.ctcreview.simulate;

import static org.ctcreview.simulate.Stains.channels;
import static org.ctcreview.simulate.Stains.px;
import static org.ctcreview.simulate.Stains.round;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Builds extracellular vesicles (tdEVs, CD45+ EVs), point-like signals, debris and smears. */
final class SmallFactory {
    private final Stains stains;

    SmallFactory(Stains stains) {
        this.stains = stains;
    }

    /** A 1-4 um dot positive in CK (tdEV) or CD45 (CD45+ EV) only. */
    Part vesicle(SplittableRandom r, SubPopulation sub) {
        StainConfig s = stains.config();
        double d = Math.min(4, Math.max(1, Rand.logNormal(r, 2.0, 0.35)));
        double radius = px(d) / 2;
        float[] ch;
        if (sub == SubPopulation.CD45_EV_DOT) {
            ch = channels(0, 0, 0, stains.level(r, Stains.CD45, s.cd45Ev()));
        } else {
            double ck = stains.level(r, Stains.CK, s.ckTdev());
            ch = channels(0, 0.03 * ck, ck, s.ckBleedIntoCd45() * ck);
        }
        Blob dot = round(r, 0, 0, radius, 0.2, 0.08, 0.7, ch, 1, 0, 0.6, 0, 2, true);
        return new Part(sub, d, List.of(dot));
    }

    /** A tiny DAPI+ CK+ point: too small for a cell, yet CellSearch shows it. */
    Part pointLike(SplittableRandom r) {
        StainConfig s = stains.config();
        double rd = Rand.uniform(r, 1.0, 2.0);
        double rk = Rand.uniform(r, 1.0, 2.2);
        double dapi = stains.level(r, Stains.DAPI, s.dapiWbc() * 0.8);
        double ck = stains.level(r, Stains.CK, s.ckTdev() * 1.2);
        List<Blob> blobs = List.of(
                round(r, 0, 0, Math.max(rd, rk), 0.2, 0.05, 0.7, channels(dapi, 0, 0, 0), 1, 0, 0.5, 0, 2, true),
                round(r, Rand.uniform(r, -1, 1), Rand.uniform(r, -1, 1), rk, 0.3, 0.1, 0.7,
                        channels(0, 0.05 * ck, ck, s.ckBleedIntoCd45() * ck), 1, 0, 0.5, 0, 2, false));
        return new Part(SubPopulation.ARTEFACT_POINT_LIKE, 2 * Math.max(rd, rk) * Stains.UM_PER_PX, blobs);
    }

    /** Irregular CK+ debris over a DAPI fragment (autofluorescent in FITC too). */
    Part ckDebris(SplittableRandom r) {
        StainConfig s = stains.config();
        double radius = Rand.uniform(r, 3, 7);
        double ck = stains.level(r, Stains.CK, s.ckCtc() * Rand.uniform(r, 0.5, 1.3));
        double dapi = stains.level(r, Stains.DAPI, s.dapiWbc() * Rand.uniform(r, 0.4, 1.0));
        List<Blob> blobs = List.of(
                round(r, 0, 0, radius, 0.4, 0.35, 0.8, channels(0, 0.15 * ck, ck, s.ckBleedIntoCd45() * ck), 1, 0,
                        0.2, 0.6, 2, true),
                round(r, Rand.uniform(r, -0.5, 0.5) * radius, Rand.uniform(r, -0.5, 0.5) * radius,
                        Rand.uniform(r, 1.5, 3.5), 0.4, 0.3, 0.8, channels(dapi, 0, 0, 0), 1, 0, 0.3, 0.3, 1.5, false));
        return new Part(SubPopulation.ARTEFACT_CK_DEBRIS, 2 * radius * Stains.UM_PER_PX, blobs);
    }

    /** Autofluorescent debris: irregular, bright in several channels including FITC. */
    Part debris(SplittableRandom r) {
        double radius = Math.min(16, Rand.logNormal(r, 6, 0.45));
        double base = Rand.logNormal(r, 500, 0.6);
        float[] ch = channels(base * Rand.uniform(r, 0.3, 1.0), base * Rand.uniform(r, 0.6, 1.3),
                base * Rand.uniform(r, 0.5, 1.2), base * Rand.uniform(r, 0.2, 0.8));
        List<Blob> blobs = new ArrayList<>();
        blobs.add(round(r, 0, 0, radius, 0.4, 0.35, 0.8, ch, 1, 0, 0.3, 0.5, 2.5, true));
        int extra = r.nextInt(3);
        for (int i = 0; i < extra; i++) {
            double a = r.nextDouble() * 2 * Math.PI;
            double dist = radius * Rand.uniform(r, 0.5, 1.0);
            blobs.add(round(r, dist * Math.cos(a), dist * Math.sin(a), radius * Rand.uniform(r, 0.3, 0.6), 0.4, 0.3,
                    0.8, ch, 1, 0, 0.3, 0.5, 2.5, false));
        }
        return new Part(SubPopulation.ARTEFACT_DEBRIS, 2 * radius * Stains.UM_PER_PX, blobs);
    }

    /** A long thin smear or streak in one or two channels. */
    Part smear(SplittableRandom r) {
        double length = Rand.uniform(r, 15, 120);
        double widthPx = Rand.uniform(r, 0.8, 2.5);
        double level = Rand.logNormal(r, 350, 0.5);
        float[] ch = new float[4];
        int first = r.nextInt(4);
        ch[first] = (float) level;
        if (Rand.chance(r, 0.5)) {
            ch[r.nextInt(4)] += (float) (level * Rand.uniform(r, 0.3, 0.8));
        }
        double angle = r.nextDouble() * Math.PI;
        Blob streak = new Blob(0, 0, length, widthPx, angle, Blob.NONE, Blob.NONE, 1.2, ch, 1, 0, 0.2, 0.6, 4,
                r.nextLong(), true);
        return new Part(SubPopulation.ARTEFACT_SMEAR, 2 * length * Stains.UM_PER_PX, List.of(streak));
    }
}
