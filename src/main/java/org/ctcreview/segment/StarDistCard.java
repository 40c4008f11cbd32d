package org.ctcreview.segment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ctcreview.model.BadInputException;

/**
 * What {@code model.json} says about a StarDist model: normalisation percentiles, output grid, number of
 * rays, the size input must be divisible by, and the tuned thresholds.
 */
public record StarDistCard(String name, double percentileLow, double percentileHigh, int grid, int rays,
                           int divisibleBy, double probThreshold, double nmsThreshold, String trainingJson) {

    public static StarDistCard read(Path modelDir) {
        Path file = modelDir.resolve("model.json");
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(file, "the model card is missing",
                    "use a model folder with model.pt and model.json (e.g. models/stardist-...)");
        }
        try {
            JsonNode j = new ObjectMapper().readTree(file.toFile());
            int channels = j.path("input").path("channels").asInt(1);
            if (channels != 1) {
                throw new BadInputException(file, "the model expects " + channels + " input channels; our StarDist "
                        + "runs on one channel at a time", "use a single-channel StarDist export (see training/README.md)");
            }
            JsonNode norm = j.path("input").path("normalisation");
            JsonNode th = j.path("thresholds");
            return new StarDistCard(j.path("name").asText(modelDir.getFileName().toString()),
                    norm.path("low").asDouble(1), norm.path("high").asDouble(99.8), j.path("grid").asInt(2),
                    j.path("rays").asInt(32), j.path("input").path("divisible_by").asInt(16),
                    th.path("prob").asDouble(0.5), th.path("nms").asDouble(0.4),
                    j.has("training") ? j.get("training").toString() : "{}");
        } catch (IOException e) {
            throw new BadInputException(file, "the model card is not valid JSON (" + e.getMessage() + ")",
                    "restore model.json from the training export", e);
        }
    }
}
