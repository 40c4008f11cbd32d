package org.ctcreview.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.ctcreview.model.SegmentedObject;
import org.junit.jupiter.api.Test;

/** Java's candidate selection and star-convex NMS keep the same objects as training/stardist/postprocess.py. */
class StarDistPostprocessParityTest {
    @Test
    void theWholeSegmenterKeepsThePythonObjectsOnTheRawImage() throws IOException {
        JsonNode meta = ParityFixture.meta();
        int h = meta.path("height").asInt();
        int w = meta.path("width").asInt();
        Path model = ParityFixture.model();
        try (StarDistSegmenter s = StarDistSegmenter.load(model, StarDistSegmenter.TilingOptions.defaults())) {
            List<SegmentedObject> objects = s.segment(ParityFixture.floats("raw.f32"), w, h).objects();
            assertEquals(meta.path("postprocess").path("n_objects").asInt(), objects.size());
        }
    }

    @Test
    void sameObjectsAsThePythonReference() throws IOException {
        JsonNode meta = ParityFixture.meta();
        JsonNode post = meta.path("postprocess");
        int gh = meta.path("prob").path("shape").get(2).asInt();
        int gw = meta.path("prob").path("shape").get(3).asInt();
        int rays = meta.path("dist").path("shape").get(1).asInt();
        double probThreshold = post.path("thresholds").path("prob").asDouble();
        float[] prob = ParityFixture.floats("prob.f32");
        float[] dist = ParityFixture.floats("dist.f32");
        List<StarNms.Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < gh; i++) {
            for (int j = 0; j < gw; j++) {
                float p = prob[i * gw + j];
                if (p > probThreshold) {
                    float[] d = new float[rays];
                    for (int k = 0; k < rays; k++) {
                        d[k] = dist[k * gh * gw + i * gw + j];
                    }
                    candidates.add(new StarNms.Candidate(2 * j + 0.5, 2 * i + 0.5, p, d));
                }
            }
        }
        candidates.sort(Comparator.comparingDouble((StarNms.Candidate c) -> c.prob()).reversed());
        int h = meta.path("height").asInt();
        int w = meta.path("width").asInt();
        List<SegmentedObject> kept = StarNms.suppress(candidates, post.path("thresholds").path("nms").asDouble(), w, h);
        JsonNode expected = post.path("objects");
        assertEquals(expected.size(), kept.size(), "objects kept");
        for (int n = 0; n < kept.size(); n++) {
            JsonNode e = expected.get(n);
            assertEquals(e.path("score").asDouble(), kept.get(n).score(), 1e-5, "object " + n);
        }
    }
}
