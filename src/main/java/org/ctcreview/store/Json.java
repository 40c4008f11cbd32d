package org.ctcreview.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;

/** The few JSON conversions the store does itself (lists of strings, outlines, validity). */
final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };
    private static final TypeReference<float[][]> PAIRS = new TypeReference<>() { };

    private Json() {
    }

    static String strings(List<String> values) {
        try {
            return MAPPER.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write JSON: " + e.getOriginalMessage(), e);
        }
    }

    static List<String> strings(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try {
            return List.copyOf(MAPPER.readValue(json, STRINGS));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON is not a list of strings: " + json, e);
        }
    }

    /** x0, y0, x1, y1, ... as {@code [[x0, y0], [x1, y1], ...]}; null stays null. */
    static String pairs(float[] xy) {
        if (xy == null) {
            return null;
        }
        float[][] pairs = new float[xy.length / 2][];
        for (int i = 0; i < pairs.length; i++) {
            pairs[i] = new float[] {xy[2 * i], xy[2 * i + 1]};
        }
        try {
            return MAPPER.writeValueAsString(pairs);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write JSON: " + e.getOriginalMessage(), e);
        }
    }

    static float[] pairs(String json) {
        if (json == null) {
            return null;
        }
        try {
            float[][] pairs = MAPPER.readValue(json, PAIRS);
            float[] xy = new float[2 * pairs.length];
            for (int i = 0; i < pairs.length; i++) {
                xy[2 * i] = pairs[i][0];
                xy[2 * i + 1] = pairs[i][1];
            }
            return xy;
        } catch (JsonProcessingException | RuntimeException e) {
            throw new IllegalStateException("stored JSON is not a list of [x, y] pairs: " + json, e);
        }
    }

    /** Throws IllegalArgumentException naming {@code what} unless {@code json} is valid JSON. */
    static void requireValid(String json, String what) {
        if (json == null || json.isBlank()) {
            throw new IllegalArgumentException(what + " is empty; use {} for none");
        }
        try {
            MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(what + " is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }
}
