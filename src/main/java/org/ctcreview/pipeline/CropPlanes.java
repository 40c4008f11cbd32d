package org.ctcreview.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.ctcreview.model.BadInputException;
import org.ctcreview.store.CropRow;

/**
 * A stored crop as the planes an encoder takes: one row-major plane per requested channel, in the requested
 * order, picked by name from the crop's {@code channels} (in its scaling JSON; crops without it are
 * DAPI, CK, CD45[, MASK] as the import writes them). Values stay in the stored unit (8-bit samples or
 * floats): the encoder's min-max normalisation makes the unit irrelevant.
 */
public final class CropPlanes {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> IMPORT_ORDER = List.of("DAPI", "CK", "CD45", "MASK");

    private CropPlanes() {
    }

    /** The planes of {@code channels} from the crop of cell {@code cellId} (named in errors; 0 if none). */
    public static float[][] of(CropRow crop, List<String> channels, long cellId) {
        List<String> have = channelsOf(crop);
        float[] values = crop.toFloats();
        int plane = crop.width() * crop.height();
        float[][] out = new float[channels.size()][];
        for (int k = 0; k < channels.size(); k++) {
            int c = have.indexOf(channels.get(k));
            if (c < 0 || c >= crop.channels()) {
                throw new BadInputException(null, "cell " + cellId + ": its crop holds channels " + have
                        .subList(0, Math.min(have.size(), crop.channels())) + ", the encoder needs " + channels,
                        "use an encoder trained on the channels the crops have (model.json input.channels)");
            }
            out[k] = new float[plane];
            System.arraycopy(values, c * plane, out[k], 0, plane);
        }
        return out;
    }

    private static List<String> channelsOf(CropRow crop) {
        if (crop.scalingJson() != null) {
            try {
                JsonNode ch = JSON.readTree(crop.scalingJson()).path("channels");
                if (ch.isArray() && ch.size() > 0) {
                    List<String> out = new ArrayList<>();
                    ch.forEach(n -> out.add(n.asText()));
                    return out;
                }
            } catch (IOException e) {
                // not our JSON: fall back to the import's channel order
            }
        }
        return IMPORT_ORDER;
    }
}
