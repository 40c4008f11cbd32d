package org.ctcreview.simulate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.ctcreview.io.CellTracksFormat;
import org.ctcreview.io.CellTracksWriter;
import org.ctcreview.task.CancelledException;
import org.ctcreview.task.ProgressListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Generates a synthetic cohort. Layout of {@code outDir}:
 * <pre>
 * cohort.json                      the config used
 * P001/                            cartridge folder the pipeline imports: frame_NNN.tif + events.xml only
 * truth/P001/objects.csv           ground truth per object
 * truth/P001/patient.json          the patient's drawn parameters
 * truth/P001/masks/frame_NNN.tif   16-bit instance label masks
 * </pre>
 * Output is byte-identical for the same config, whatever the number of threads.
 */
public final class CohortGenerator {
    public static final String COHORT_JSON = "cohort.json";
    public static final String TRUTH_DIR = "truth";
    private static final Logger LOG = LoggerFactory.getLogger(CohortGenerator.class);

    private CohortGenerator() {
    }

    public static CohortSummary generate(SimulationConfig config, Path outDir, ProgressListener progress) {
        long start = System.nanoTime();
        ProgressListener listener = progress == null ? ProgressListener.none() : progress;
        config.write(outDir.resolve(COHORT_JSON));
        int threads = config.threads() > 0 ? config.threads() : Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "simulate-frame");
            t.setDaemon(true);
            return t;
        });
        List<PatientSummary> patients = new ArrayList<>();
        try {
            for (int p = 0; p < config.patients(); p++) {
                patients.add(patient(config, outDir, p, pool, listener));
            }
        } finally {
            pool.shutdownNow();
        }
        int files = 1;
        long bytes = size(outDir.resolve(COHORT_JSON));
        for (PatientSummary s : patients) {
            files += count(outDir.resolve(s.code())) + count(outDir.resolve(TRUTH_DIR).resolve(s.code()));
            bytes += size(outDir.resolve(s.code())) + size(outDir.resolve(TRUTH_DIR).resolve(s.code()));
        }
        CohortSummary summary = summarise(outDir, patients, files, bytes, (System.nanoTime() - start) / 1e9);
        LOG.info("simulated {} patients into {}: {} CTCs, {} events, PPV {}, operator agreement {}, {} files, {} s",
                patients.size(), outDir, summary.ctcs(), summary.events(), String.format("%.3f", summary.ppv()),
                String.format("%.3f", summary.operatorAgreement()), files, String.format("%.1f", summary.seconds()));
        return summary;
    }

    private static PatientSummary patient(SimulationConfig cfg, Path outDir, int index, ExecutorService pool,
                                          ProgressListener progress) {
        PatientProfile profile = PatientSampler.sample(cfg, index);
        Path cartridgeDir = outDir.resolve(profile.code());
        Path truthDir = outDir.resolve(TRUTH_DIR).resolve(profile.code());
        CellTracksWriter writer = CellTracksWriter.create(cartridgeDir, cfg.layout(),
                CellTracksFormat.STANDARD_CHANNELS, // every second patient carries the 32768 tag offset, as some exports do
                new CellTracksWriter.Options(cfg.compressFrames(), index % 2 == 1));
        CartridgeSimulation sim = new CartridgeSimulation(cfg, profile, writer, truthDir);
        int frames = cfg.framesPerCartridge();
        List<Future<List<TruthObject>>> futures = new ArrayList<>(frames);
        for (int f = 1; f <= frames; f++) {
            int frame = f;
            futures.add(pool.submit(() -> sim.frame(frame)));
        }
        List<TruthObject> objects = new ArrayList<>();
        long total = (long) cfg.patients() * frames;
        for (int f = 0; f < frames; f++) {
            if (progress.isCancelled()) {
                futures.forEach(fu -> fu.cancel(true));
                throw new CancelledException();
            }
            objects.addAll(await(futures.get(f)));
            progress.update((long) index * frames + f + 1, total,
                    "patient " + profile.code() + ": frame " + (f + 1) + " of " + frames);
        }
        GallerySimulator.Gallery gallery = GallerySimulator.simulate(objects, cfg.gallery(), sim.layout(),
                Seeds.random(cfg.seed(), Seeds.EVENTS, index));
        writer.writeEventsXml(gallery.events());
        TruthWriter.writeObjects(truthDir.resolve(TruthWriter.OBJECTS_CSV), gallery.objects());
        PatientFiles.writeProfile(truthDir.resolve(PatientFiles.PATIENT_JSON), profile);
        PatientSummary summary = PatientFiles.summarise(profile, frames, gallery);
        LOG.info("patient {} ({}): {} objects, {} CTCs, {} events, PPV {}", profile.code(), profile.cancerType(),
                objects.size(), summary.ctcs(), summary.events(), String.format("%.2f", summary.ppv()));
        return summary;
    }

    private static List<TruthObject> await(Future<List<TruthObject>> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException("frame rendering failed: " + cause, cause);
        }
    }

    private static CohortSummary summarise(Path outDir, List<PatientSummary> patients, int files, long bytes,
                                           double seconds) {
        int ctcs = 0;
        int events = 0;
        int ctcEvents = 0;
        int assigned = 0;
        double agreeing = 0;
        for (PatientSummary s : patients) {
            ctcs += s.ctcs();
            events += s.events();
            ctcEvents += s.ctcEvents();
            assigned += s.assigned();
            agreeing += s.operatorAgreement() * s.events();
        }
        double ppv = events == 0 ? 0 : ctcEvents / (double) events;
        double agreement = events == 0 ? 1 : agreeing / events;
        return new CohortSummary(outDir, patients, ctcs, events, ctcEvents, assigned, ppv, agreement, files, bytes,
                seconds);
    }

    private static int count(Path dir) {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return (int) s.filter(Files::isRegularFile).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long size(Path path) {
        try {
            if (Files.isRegularFile(path)) {
                return Files.size(path);
            }
            if (!Files.isDirectory(path)) {
                return 0;
            }
            try (Stream<Path> s = Files.walk(path)) {
                return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
