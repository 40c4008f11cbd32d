package org.ctcreview.pipeline;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ctcreview.io.PageRescale;
import org.ctcreview.model.FrameImage;

/** Per-channel intensity statistics and rescale values of a frame, as stored with it. */
final class FrameStats {
    private FrameStats() {
    }

    static List<Map<String, Object>> stats(FrameImage image) {
        return image.channels().stream().map(ch -> {
            float[] p = image.planes()[image.channelIndex(ch)];
            double sum = 0;
            double sq = 0;
            float max = Float.NEGATIVE_INFINITY;
            float min = Float.POSITIVE_INFINITY;
            for (float v : p) {
                sum += v;
                sq += (double) v * v;
                max = Math.max(max, v);
                min = Math.min(min, v);
            }
            double mean = sum / p.length;
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("channel", ch);
            m.put("mean", round(mean));
            m.put("sd", round(Math.sqrt(Math.max(0, sq / p.length - mean * mean))));
            m.put("min", round(min));
            m.put("max", round(max));
            return m;
        }).toList();
    }

    static List<Map<String, Object>> rescale(List<PageRescale> pages) {
        return pages.stream().map(r -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("channel", r.channel());
            m.put("low", r.low());
            m.put("high", r.high());
            m.put("max8bit", r.maxValue());
            m.put("fromTags", r.fromTags());
            return m;
        }).toList();
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
