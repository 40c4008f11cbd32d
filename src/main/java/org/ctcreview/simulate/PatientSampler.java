package org.ctcreview.simulate;

import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Draws a patient from the cohort distributions: heavy-tailed leukocyte counts (lognormal), a
 * zero-inflated Pareto CTC count, tdEVs and look-alikes that scale with the tumour load, and per-patient
 * staining and background levels.
 */
final class PatientSampler {
    private PatientSampler() {
    }

    static PatientProfile sample(SimulationConfig cfg, int index) {
        SplittableRandom r = Seeds.random(cfg.seed(), Seeds.PATIENT, index);
        CancerType type = pickType(cfg, r);
        CountConfig c = cfg.counts();
        double scale = cfg.cartridgeScale();

        double wbc = Math.min(c.wbcMax(), Math.max(c.wbcMin(), Rand.logNormal(r, c.wbcMedian(), c.wbcSigma())));
        double ctc = Rand.chance(r, c.ctcZeroFraction()) ? 0
                : Math.min(c.ctcMax(), Math.floor(Rand.pareto(r, c.ctcParetoAlpha())));
        double tdev = ctc * Rand.logNormal(r, c.tdevPerCtcMedian(), c.tdevPerCtcSigma())
                + Rand.logNormal(r, c.tdevBaselineMedian(), 1.0);
        double bare = wbc * c.bareNucleusFraction() * Rand.logNormal(r, 1, 0.5);
        double cd45Ev = wbc * c.cd45EvFraction() * Rand.logNormal(r, 1, 0.5);
        double apoptotic = ctc * c.apoptoticPerCtc() * Rand.logNormal(r, 1, 0.3)
                + Rand.logNormal(r, c.apoptoticBaselineMedian(), 0.8);
        double lookalike = ctc * Rand.logNormal(r, c.lookalikePerCtcMedian(), c.lookalikePerCtcSigma())
                + Rand.logNormal(r, c.lookalikeBaselineMedian(), 0.6);

        Map<SubPopulation, Integer> units = new EnumMap<>(SubPopulation.class);
        splitWbc(r, c, Rand.stochasticRound(r, wbc * scale), units);
        splitCtc(r, cfg.subpopulations(), Rand.stochasticRound(r, ctc * scale), units);
        add(units, SubPopulation.TDEV_DOT, Rand.stochasticRound(r, tdev * scale));
        add(units, SubPopulation.BARE_NUCLEUS, Rand.stochasticRound(r, bare * scale));
        add(units, SubPopulation.CD45_EV_DOT, Rand.stochasticRound(r, cd45Ev * scale));
        int apo = Rand.stochasticRound(r, apoptotic * scale);
        for (int i = 0; i < apo; i++) {
            add(units, Rand.chance(r, cfg.subpopulations().apoptoticFragmented())
                    ? SubPopulation.APOPTOTIC_FRAGMENTED : SubPopulation.APOPTOTIC_CONDENSED, 1);
        }
        splitLookalikes(r, cfg.subpopulations(), Rand.stochasticRound(r, lookalike * scale), units);

        int frames = cfg.framesPerCartridge();
        int[][] perFrame = new int[frames][SubPopulation.values().length];
        for (Map.Entry<SubPopulation, Integer> e : units.entrySet()) {
            int ordinal = e.getKey().ordinal();
            for (int i = 0; i < e.getValue(); i++) {
                perFrame[r.nextInt(frames)][ordinal]++;
            }
        }
        NoiseConfig n = cfg.noise();
        double[] base = n.backgrounds();
        double[] gains = new double[4];
        double[] background = new double[4];
        double shared = r.nextGaussian();
        for (int ch = 0; ch < 4; ch++) {
            gains[ch] = Math.exp(cfg.stain().patientGainSigma() * (0.6 * shared + 0.8 * r.nextGaussian()));
            background[ch] = base[ch] * Math.exp(n.backgroundPatientSigma() * r.nextGaussian());
        }
        double noiseScale = Rand.logNormal(r, 1, 0.15);
        double glare = Rand.uniform(r, 0.3, 1.0);
        return new PatientProfile(index, cfg.patientCode(index), type, Map.copyOf(units), perFrame, gains,
                background, noiseScale, glare);
    }

    private static CancerType pickType(SimulationConfig cfg, SplittableRandom r) {
        double total = cfg.cancerTypes().values().stream().mapToDouble(Double::doubleValue).sum();
        double u = r.nextDouble() * total;
        CancerType last = CancerType.BREAST;
        for (Map.Entry<String, Double> e : cfg.cancerTypes().entrySet()) {
            last = CancerType.parse(e.getKey());
            u -= e.getValue();
            if (u < 0) {
                return last;
            }
        }
        return last;
    }

    private static void splitWbc(SplittableRandom r, CountConfig c, int n, Map<SubPopulation, Integer> units) {
        for (int i = 0; i < n; i++) {
            double u = r.nextDouble();
            SubPopulation s = u < c.dimCd45WbcFraction() ? SubPopulation.WBC_DIM_CD45
                    : u < c.dimCd45WbcFraction() + c.lobedWbcFraction() ? SubPopulation.WBC_LOBED
                    : SubPopulation.WBC_ROUND;
            add(units, s, 1);
        }
    }

    /** Splits CTC cells into units; a doublet unit holds two cells, a cluster unit about four and a half. */
    private static void splitCtc(SplittableRandom r, SubPopulationConfig s, int cells, Map<SubPopulation, Integer> units) {
        SubPopulation[] subs = {SubPopulation.CTC_IRREGULAR, SubPopulation.CTC_TEXTURED_CK, SubPopulation.CTC_DIM_CK,
            SubPopulation.CTC_DIM_DAPI, SubPopulation.CTC_DOUBLET, SubPopulation.CTC_CLUSTER,
            SubPopulation.CTC_SHINE_THROUGH, SubPopulation.CTC_EXTRA_DAPI, SubPopulation.CTC_SMALL};
        double[] rates = {s.ctcIrregular(), s.ctcTexturedCk(), s.ctcDimCk(), s.ctcDimDapi(), s.ctcDoublet(),
            s.ctcCluster(), s.ctcShineThrough(), s.ctcExtraDapi(), s.ctcSmall()};
        int left = cells;
        while (left > 0) {
            SubPopulation pick = SubPopulation.CTC_TYPICAL;
            double u = r.nextDouble();
            for (int i = 0; i < rates.length; i++) {
                u -= rates[i];
                if (u < 0) {
                    pick = subs[i];
                    break;
                }
            }
            int size = pick == SubPopulation.CTC_DOUBLET ? 2 : pick == SubPopulation.CTC_CLUSTER ? 4 : 1;
            if (size > left) {
                pick = SubPopulation.CTC_TYPICAL;
                size = 1;
            }
            add(units, pick, 1);
            left -= size;
        }
    }

    private static void splitLookalikes(SplittableRandom r, SubPopulationConfig s, int n,
                                        Map<SubPopulation, Integer> units) {
        double[] w = {s.lookalikeWbcCkDebris(), s.lookalikeBareNucleusCkDebris(), s.lookalikePointLike(),
            s.lookalikeCkDebris()};
        SubPopulation[] subs = {SubPopulation.WBC_CK_DEBRIS, SubPopulation.BARE_NUCLEUS_CK_DEBRIS,
            SubPopulation.ARTEFACT_POINT_LIKE, SubPopulation.ARTEFACT_CK_DEBRIS};
        double total = w[0] + w[1] + w[2] + w[3];
        for (int i = 0; i < n; i++) {
            double u = r.nextDouble() * total;
            int k = 0;
            while (k < 3 && u >= w[k]) {
                u -= w[k];
                k++;
            }
            add(units, subs[k], 1);
        }
    }

    private static void add(Map<SubPopulation, Integer> units, SubPopulation s, int n) {
        if (n > 0) {
            units.merge(s, n, Integer::sum);
        }
    }
}
