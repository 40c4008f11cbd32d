package org.ctcreview.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TorchRuntimeTest {

    @Test
    void pytorchEngineStartsOfflineFromTheBundledNativeLibrary() {
        TorchRuntime.Check check = TorchRuntime.selfTest();
        assertEquals("PyTorch", check.engine());
        assertTrue(check.version().startsWith(TorchRuntime.PYTORCH_VERSION), check.version());
        assertEquals(12f, check.result(), 1e-6);
        assertEquals("true", System.getProperty("ai.djl.offline"));
    }
}
