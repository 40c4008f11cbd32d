package org.ctcreview.simulate;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.ctcreview.model.BadInputException;
import org.ctcreview.model.GridLayout;

/**
 * Every parameter of the synthetic cohort. Defaults are in {@code simulate/default-config.json};
 * each field is documented in {@code simulate/CONFIG.md}. A JSON file may give only some fields:
 * the rest keep their defaults.
 *
 * @param seed master seed; the same seed gives byte-identical output
 * @param patients number of patients (cartridges)
 * @param framesPerCartridge frames per cartridge; 140/144/170/175/180/210 use the CellSearch grids
 * @param frameWidth frame width in pixels
 * @param frameHeight frame height in pixels
 * @param threads frames rendered in parallel; 0 = all processors
 * @param compressFrames deflate the frame TIFFs (small sample data) instead of storing them raw
 * @param writeMasks write 16-bit instance label masks into the truth folder
 * @param patientPrefix patient codes are prefix + 3 digits, e.g. P001
 * @param cancerTypes relative weights of the cancer types (breast, prostate, colorectal, bladder)
 * @param counts object counts per cartridge
 * @param subpopulations sub-population mix
 * @param stain staining intensities
 * @param noise background and noise
 * @param gallery CellSearch events and the simulated operator
 */
public record SimulationConfig(long seed, int patients, int framesPerCartridge, int frameWidth, int frameHeight,
                               int threads, boolean compressFrames, boolean writeMasks, String patientPrefix,
                               Map<String, Double> cancerTypes, CountConfig counts,
                               SubPopulationConfig subpopulations, StainConfig stain, NoiseConfig noise,
                               GalleryConfig gallery) {

    /** Per-cartridge counts in the config refer to this many frames. */
    public static final int REFERENCE_FRAMES = 175;

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public SimulationConfig {
        cancerTypes = Collections.unmodifiableMap(new TreeMap<>(cancerTypes));
        if (patients < 1 || framesPerCartridge < 1 || frameWidth < 64 || frameHeight < 64 || threads < 0) {
            throw new IllegalArgumentException("patients, frames and threads must be positive, frames at least 64x64");
        }
        for (String type : cancerTypes.keySet()) {
            CancerType.parse(type);
        }
    }

    public static SimulationConfig defaults() {
        Map<String, Double> types = new LinkedHashMap<>();
        types.put("breast", 0.4);
        types.put("prostate", 0.35);
        types.put("colorectal", 0.15);
        types.put("bladder", 0.1);
        return new SimulationConfig(20250101L, 10, REFERENCE_FRAMES, GridLayout.CAMERA_WIDTH,
                GridLayout.CAMERA_HEIGHT, 0, false, true, "P", types, CountConfig.defaults(),
                SubPopulationConfig.defaults(), StainConfig.defaults(), NoiseConfig.defaults(),
                GalleryConfig.defaults());
    }

    public SimulationConfig withSeed(long newSeed) {
        return new SimulationConfig(newSeed, patients, framesPerCartridge, frameWidth, frameHeight, threads,
                compressFrames, writeMasks, patientPrefix, cancerTypes, counts, subpopulations, stain, noise, gallery);
    }

    public SimulationConfig withCohort(int newPatients, int newFrames) {
        return new SimulationConfig(seed, newPatients, newFrames, frameWidth, frameHeight, threads,
                compressFrames, writeMasks, patientPrefix, cancerTypes, counts, subpopulations, stain, noise, gallery);
    }

    public SimulationConfig withOutput(int newThreads, boolean newCompress, boolean newMasks) {
        return new SimulationConfig(seed, patients, framesPerCartridge, frameWidth, frameHeight, newThreads,
                newCompress, newMasks, patientPrefix, cancerTypes, counts, subpopulations, stain, noise, gallery);
    }

    public SimulationConfig withCounts(CountConfig newCounts) {
        return new SimulationConfig(seed, patients, framesPerCartridge, frameWidth, frameHeight, threads,
                compressFrames, writeMasks, patientPrefix, cancerTypes, newCounts, subpopulations, stain, noise,
                gallery);
    }

    /** The frame grid: a CellSearch layout for known counts, else the most square grid with rows <= cols. */
    public GridLayout layout() {
        if (frameWidth == GridLayout.CAMERA_WIDTH && frameHeight == GridLayout.CAMERA_HEIGHT) {
            var known = GridLayout.forFrameCount(framesPerCartridge);
            if (known.isPresent()) {
                return known.get();
            }
        }
        int rows = 1;
        for (int r = 1; r * r <= framesPerCartridge; r++) {
            if (framesPerCartridge % r == 0) {
                rows = r;
            }
        }
        return new GridLayout(rows, framesPerCartridge / rows, frameWidth, frameHeight);
    }

    /** Factor that scales per-cartridge counts to this cartridge size (and frame area). */
    public double cartridgeScale() {
        double area = (double) frameWidth * frameHeight / (GridLayout.CAMERA_WIDTH * (double) GridLayout.CAMERA_HEIGHT);
        return framesPerCartridge * area / REFERENCE_FRAMES;
    }

    public String patientCode(int index) {
        return String.format(java.util.Locale.ROOT, "%s%03d", patientPrefix, index + 1);
    }

    /** Reads a config; fields the file leaves out keep their defaults. */
    public static SimulationConfig read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return fromJson(JSON.readTree(in));
        } catch (IOException | IllegalArgumentException e) {
            throw new BadInputException(file, "not a valid simulation config (" + e.getMessage() + ")",
                    "start from src/main/resources/simulate/default-config.json; fields are listed in CONFIG.md", e);
        }
    }

    /** Parses JSON text; fields it leaves out keep their defaults. */
    public static SimulationConfig parse(String json) {
        try {
            return fromJson(JSON.readTree(json));
        } catch (IOException e) {
            throw new IllegalArgumentException("not a valid simulation config: " + e.getMessage(), e);
        }
    }

    private static SimulationConfig fromJson(JsonNode given) throws IOException {
        ObjectNode merged = JSON.valueToTree(defaults());
        if (given != null && given.isObject()) {
            merge(merged, given);
        }
        return JSON.treeToValue(merged, SimulationConfig.class);
    }

    private static void merge(ObjectNode base, JsonNode update) {
        Iterator<Map.Entry<String, JsonNode>> it = update.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode old = base.get(e.getKey());
            if (old instanceof ObjectNode oldObject && e.getValue().isObject() && !"cancerTypes".equals(e.getKey())) {
                merge(oldObject, e.getValue());
            } else {
                base.set(e.getKey(), e.getValue());
            }
        }
    }

    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void write(Path file) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Files.writeString(file, toJson() + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
