package org.ctcreview.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ctcreview.model.BadInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulationConfigTest {
    @TempDir
    Path tmp;

    @Test
    void bundledDefaultConfigEqualsTheDefaultsInCode() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/simulate/default-config.json")) {
            String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(SimulationConfig.defaults(), SimulationConfig.parse(json));
        }
    }

    @Test
    void everyFieldIsDocumented() throws IOException {
        String doc;
        try (InputStream in = getClass().getResourceAsStream("/simulate/CONFIG.md")) {
            doc = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (var c : new Class<?>[] {SimulationConfig.class, CountConfig.class, SubPopulationConfig.class,
                StainConfig.class, NoiseConfig.class, GalleryConfig.class}) {
            for (var rc : c.getRecordComponents()) {
                assertTrue(doc.contains("`" + rc.getName() + "`"), c.getSimpleName() + "." + rc.getName() + " in CONFIG.md");
            }
        }
    }

    @Test
    void partialConfigKeepsDefaultsAndWritesBackTheSame() {
        SimulationConfig c = SimulationConfig.parse("{\"seed\": 5, \"counts\": {\"wbcMedian\": 1234}}");
        assertEquals(5, c.seed());
        assertEquals(1234, c.counts().wbcMedian(), 1e-9);
        assertEquals(SimulationConfig.defaults().counts().ctcMax(), c.counts().ctcMax());
        c.write(tmp.resolve("c.json"));
        assertEquals(c, SimulationConfig.read(tmp.resolve("c.json")));
    }

    @Test
    void aBrokenConfigFileIsAClearError() throws IOException {
        Path f = Files.writeString(tmp.resolve("bad.json"), "{\"counts\": {\"wbcMedain\": 3}}");
        BadInputException e = assertThrows(BadInputException.class, () -> SimulationConfig.read(f));
        assertTrue(e.getMessage().contains("bad.json") && e.getMessage().contains("wbcMedain"), e.getMessage());
    }
}
