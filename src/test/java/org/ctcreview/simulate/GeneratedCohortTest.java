package org.ctcreview.simulate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.ctcreview.io.CellTracksCartridge;
import org.ctcreview.io.CellTracksReader;
import org.ctcreview.io.ReaderOptions;
import org.ctcreview.task.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Properties of generated cohorts: determinism, truth kept apart, counts, intensities, the gallery. */
class GeneratedCohortTest {
    @TempDir
    Path tmp;

    /** Small frames keep tests fast; per-cartridge counts scale with frame area and count. */
    private static SimulationConfig small(long seed, int patients, int frames) {
        SimulationConfig d = SimulationConfig.defaults();
        return new SimulationConfig(seed, patients, frames, 346, 260, 2, false, true, "P", d.cancerTypes(),
                d.counts(), d.subpopulations(), d.stain(), d.noise(), d.gallery());
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).map(dir::relativize).sorted().toList();
        }
    }

    @Test
    void sameSeedGivesIdenticalBytesWhateverTheThreadCountAndAnotherSeedDiffers() throws IOException {
        SimulationConfig cfg = small(42, 2, 6);
        CohortGenerator.generate(cfg, tmp.resolve("a"), ProgressListener.none());
        CohortGenerator.generate(cfg.withOutput(1, false, true), tmp.resolve("b"), ProgressListener.none());
        CohortGenerator.generate(cfg.withSeed(43), tmp.resolve("c"), ProgressListener.none());
        List<Path> a = files(tmp.resolve("a"));
        assertEquals(a, files(tmp.resolve("b")));
        for (Path f : a) {
            if (!f.toString().equals(CohortGenerator.COHORT_JSON)) {
                assertArrayEquals(Files.readAllBytes(tmp.resolve("a").resolve(f)),
                        Files.readAllBytes(tmp.resolve("b").resolve(f)), f.toString());
            }
        }
        assertFalse(java.util.Arrays.equals(Files.readAllBytes(tmp.resolve("a/P001/frame_001.tif")),
                Files.readAllBytes(tmp.resolve("c/P001/frame_001.tif"))));
    }

    @Test
    void groundTruthIsKeptOutsideTheCartridgeFolderAndMatchesTheMasks() throws IOException {
        CohortGenerator.generate(small(7, 1, 6), tmp, ProgressListener.none());
        Path cart = tmp.resolve("P001");
        for (Path f : files(cart)) {
            String n = f.toString();
            assertTrue(n.matches("frame_\\d{3}\\.tif") || n.equals("events.xml"), "only scanner output in the cartridge: " + n);
        }
        CellTracksCartridge c = CellTracksReader.open(cart, ReaderOptions.defaults());
        assertEquals(6, c.frames().size());
        Path truth = tmp.resolve("truth/P001");
        List<String> lines = Files.readAllLines(truth.resolve("objects.csv"));
        List<String> header = List.of(lines.get(0).split(","));
        int frameCol = header.indexOf("frame");
        int maskCol = header.indexOf("mask_id");
        Set<Integer> csvIds = new HashSet<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            if (Integer.parseInt(f[frameCol]) == 3 && Integer.parseInt(f[maskCol]) > 0) {
                csvIds.add(Integer.parseInt(f[maskCol]));
            }
        }
        ij.ImagePlus mask = ij.IJ.openImage(truth.resolve("masks/frame_003.tif").toString());
        Set<Integer> maskIds = new HashSet<>();
        for (int i = 0; i < mask.getProcessor().getPixelCount(); i++) {
            int v = (int) mask.getProcessor().getf(i);
            if (v > 0) {
                maskIds.add(v);
            }
        }
        assertFalse(maskIds.isEmpty());
        assertEquals(csvIds, maskIds, "every mask id is an object of the table and back");
    }

    @Test
    void countsAreHeavyTailedAcrossPatients() {
        SimulationConfig cfg = SimulationConfig.defaults();
        List<Integer> wbc = new ArrayList<>();
        List<Integer> ctc = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            PatientProfile p = PatientSampler.sample(cfg, i);
            int w = 0;
            int c = 0;
            for (SubPopulation s : SubPopulation.values()) {
                if (s.objectClass() == ObjectClass.WBC) {
                    w += p.unitsOf(s);
                }
                if (s.isCtc()) {
                    c += p.unitsOf(s);
                }
            }
            wbc.add(w);
            ctc.add(c);
        }
        wbc.sort(null);
        ctc.sort(null);
        assertTrue(wbc.get(0) >= 1000 && wbc.get(299) <= 200_000, "WBC range " + wbc.get(0) + ".." + wbc.get(299));
        assertTrue(wbc.get(285) > 3 * wbc.get(150), "WBC tail: p95 " + wbc.get(285) + " vs median " + wbc.get(150));
        long zero = ctc.stream().filter(v -> v == 0).count();
        assertTrue(zero > 30 && zero < 200, zero + " of 300 patients without CTC");
        assertTrue(ctc.get(150) < 20, "median CTCs " + ctc.get(150));
        assertTrue(ctc.get(299) >= 200, "largest CTC count " + ctc.get(299));
    }

    @Test
    void stainingFollowsTheClasses() {
        SimulationConfig cfg = SimulationConfig.defaults().withCohort(1, 175);
        int patient = 0;
        while (PatientSampler.sample(cfg, patient).unitsOf(SubPopulation.CTC_TYPICAL) < 20) {
            patient++;
        }
        CartridgeSimulation sim = new CartridgeSimulation(cfg, PatientSampler.sample(cfg, patient), null, null);
        double[] ckCtc = new double[2];
        double[] ckWbc = new double[2];
        double[] cd45Ctc = new double[2];
        double[] cd45Wbc = new double[2];
        for (int frame = 30; frame < 60; frame++) {
            CartridgeSimulation.Rendered r = sim.render(frame);
            short[] mask = r.image().mask();
            java.util.Map<Integer, SubPopulation> sub = new java.util.HashMap<>();
            r.scene().objects().forEach(o -> sub.put(o.maskId(), o.sub()));
            for (int i = 0; i < mask.length; i++) {
                SubPopulation s = sub.get(mask[i] & 0xffff);
                if (s == SubPopulation.CTC_TYPICAL) {
                    add(ckCtc, r.image().planes()[2][i]);
                    add(cd45Ctc, r.image().planes()[3][i]);
                } else if (s == SubPopulation.WBC_ROUND) {
                    add(ckWbc, r.image().planes()[2][i]);
                    add(cd45Wbc, r.image().planes()[3][i]);
                }
            }
        }
        assertTrue(ckCtc[1] > 0 && ckWbc[1] > 0, "both classes drawn");
        assertTrue(mean(ckCtc) > 3 * mean(ckWbc), "CK: CTC " + mean(ckCtc) + " vs WBC " + mean(ckWbc));
        assertTrue(mean(cd45Wbc) > 1.5 * mean(cd45Ctc), "CD45: WBC " + mean(cd45Wbc) + " vs CTC " + mean(cd45Ctc));
    }

    @Test
    void galleryPpvAndOperatorAgreementLookLikeCellSearch() {
        SimulationConfig cfg = SimulationConfig.defaults();
        org.ctcreview.model.GridLayout layout = cfg.layout();
        int events = 0;
        int ctcEvents = 0;
        int agree = 0;
        List<Double> ppvs = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            PatientProfile p = PatientSampler.sample(cfg, i);
            List<TruthObject> objects = new ArrayList<>();
            long id = 0;
            for (SubPopulation s : SubPopulation.values()) {
                for (int k = 0; k < p.unitsOf(s); k++) {
                    id++;
                    objects.add(new TruthObject(id, s, 1, 0, 0, 10, 10, 10, 10, 5, 5, 15, 15, 50, 10, 0, null));
                }
            }
            GallerySimulator.Gallery g = GallerySimulator.simulate(objects, cfg.gallery(), layout,
                    new java.util.SplittableRandom(i));
            int patientCtcEvents = 0;
            for (TruthObject o : g.objects()) {
                if (o.eventRid() > 0) {
                    boolean ctc = o.sub().isCtc();
                    patientCtcEvents += ctc ? 1 : 0;
                    agree += ctc == o.operatorCtc() ? 1 : 0;
                }
            }
            events += g.events().size();
            ctcEvents += patientCtcEvents;
            if (g.events().size() >= 20) {
                ppvs.add(patientCtcEvents / (double) g.events().size());
            }
        }
        double ppv = ctcEvents / (double) events;
        double agreement = agree / (double) events;
        assertTrue(events > 1000, "events " + events);
        assertTrue(ppv >= 0.08 && ppv <= 0.45, "pooled gallery PPV " + ppv);
        assertTrue(agreement >= 0.85 && agreement <= 0.96, "operator agreement " + agreement);
        ppvs.sort(null);
        assertTrue(ppvs.get(ppvs.size() - 1) - ppvs.get(0) > 0.1, "PPV varies between patients: " + ppvs);
    }

    private static void add(double[] acc, float v) {
        acc[0] += v;
        acc[1]++;
    }

    private static double mean(double[] acc) {
        return acc[0] / acc[1];
    }
}
