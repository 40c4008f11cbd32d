package org.ctcreview.embed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ctcreview.model.BadInputException;

/**
 * What {@code model.json} says about a cell encoder: the crop size and channels it takes, how crops are
 * normalised, and the length of the embedding it returns. {@code cardJson} is the whole card (stored as the
 * model version's parameters), {@code declaredSha256} the hash the export recorded for model.pt (or null),
 * {@code resize} whether crops of another size are resized bilinearly to {@code size} ({@code input.resize}
 * "bilinear ...", as cards of converted 224 px models say) instead of being refused.
 */
public record EncoderCard(Path file, String name, int size, List<String> channels, String normalization,
                          float rangeLow, float rangeHigh, int embeddingDim, String cardJson, String trainingJson,
                          String declaredSha256, boolean resize) {
    /** The only normalisation we implement: min-max per crop and channel over the whole plane. */
    public static final String MINMAX_PER_CROP_CHANNEL = "minmax_per_crop_channel";
    private static final String FIX = "use the model.json written by the encoder export (training/README.md), "
            + "next to its model.pt";

    public EncoderCard {
        channels = List.copyOf(channels);
    }

    public static EncoderCard read(Path modelDir) {
        Path file = modelDir.resolve("model.json");
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(file, "the encoder card is missing",
                    "use an encoder folder with model.pt and model.json (e.g. models/encoder-...)");
        }
        JsonNode j;
        try {
            j = new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new BadInputException(file, "the encoder card is not valid JSON (" + e.getMessage() + ")", FIX, e);
        }
        if (j == null || !j.isObject()) {
            throw new BadInputException(file, "the encoder card is not a JSON object", FIX);
        }
        String kind = j.path("kind").asText("");
        if (!"encoder".equals(kind)) {
            throw new BadInputException(file, "the card's kind is '" + kind + "', not 'encoder'",
                    "point --encoder at an encoder folder (models/encoder-*), not a segmentation model");
        }
        JsonNode in = j.path("input");
        int size = positive(file, in.path("size"), "input.size");
        List<String> channels = channels(file, in.path("channels"));
        String norm = in.path("normalization").asText("");
        if (!MINMAX_PER_CROP_CHANNEL.equals(norm)) {
            throw new BadInputException(file, "unknown input.normalization '" + norm + "' (this program knows '"
                    + MINMAX_PER_CROP_CHANNEL + "')", "export the encoder with min-max normalisation per crop and channel");
        }
        float[] range = range(file, in.path("range"));
        int dim = positive(file, j.path("output").path("embedding_dim"), "output.embedding_dim");
        String layout = in.path("layout").asText("NCHW float32");
        if (!"NCHW float32".equals(layout)) {
            throw new BadInputException(file, "input.layout is '" + layout + "', this program feeds 'NCHW float32'", FIX);
        }
        String name = j.path("name").asText(modelDir.toAbsolutePath().normalize().getFileName().toString());
        String sha = j.path("file").path("model.pt").asText(null);
        boolean resize = in.path("resize").asText("none").startsWith("bilinear");
        return new EncoderCard(file, name, size, channels, norm, range[0], range[1], dim, j.toString(),
                j.has("training") ? j.get("training").toString() : "{}", sha, resize);
    }

    private static int positive(Path file, JsonNode n, String field) {
        if (!n.canConvertToInt() || !n.isIntegralNumber() || n.asInt() < 1) {
            throw new BadInputException(file, field + " is " + (n.isMissingNode() ? "missing" : "'" + n + "'")
                    + "; it must be a positive whole number", FIX);
        }
        return n.asInt();
    }

    private static List<String> channels(Path file, JsonNode n) {
        List<String> out = new ArrayList<>();
        if (n.isArray()) {
            n.forEach(c -> out.add(c.asText("")));
        }
        if (out.isEmpty() || out.stream().anyMatch(String::isBlank)) {
            throw new BadInputException(file, "input.channels must list the channel names in input order, e.g. "
                    + "[\"DAPI\",\"CK\",\"CD45\"], not " + (n.isMissingNode() ? "nothing" : n.toString()), FIX);
        }
        return out;
    }

    private static float[] range(Path file, JsonNode n) {
        if (n.isMissingNode()) {
            return new float[] {-1f, 1f};
        }
        if (!n.isArray() || n.size() != 2 || !n.get(0).isNumber() || !n.get(1).isNumber()
                || n.get(0).asDouble() >= n.get(1).asDouble()) {
            throw new BadInputException(file, "input.range must be [low, high] with low < high, not " + n, FIX);
        }
        return new float[] {(float) n.get(0).asDouble(), (float) n.get(1).asDouble()};
    }
}
