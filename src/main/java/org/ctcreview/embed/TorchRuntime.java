package org.ctcreview.embed;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;

/**
 * The PyTorch engine behind DJL, run fully offline from the native library packaged on the classpath.
 * {@link #configureOffline()} must run before the first engine use (the CLI and app do it at start).
 */
public final class TorchRuntime {
    /** libtorch version of the {@code pytorch-native-cpu} artifact in the build. */
    public static final String PYTORCH_VERSION = "2.7.1";

    private TorchRuntime() {
    }

    /** Sets DJL's offline switches as system properties unless the user set them already. */
    public static void configureOffline() {
        setIfAbsent("ai.djl.offline", "true");
        setIfAbsent("PYTORCH_VERSION", PYTORCH_VERSION);
        setIfAbsent("PYTORCH_FLAVOR", "cpu");
        setIfAbsent("ai.djl.pytorch.graph_optimizer", "false");
        if (System.getenv("DJL_CACHE_DIR") == null) {
            setIfAbsent("DJL_CACHE_DIR", System.getProperty("user.home") + "/.cache/ctc-workstation/djl");
        }
    }

    /** What the engine reported in a self-test. */
    public record Check(String engine, String version, String device, float result, double seconds) {
    }

    /** Starts the engine and runs one tiny tensor operation; throws with a clear message if it cannot. */
    public static Check selfTest() {
        configureOffline();
        long t0 = System.nanoTime();
        try {
            Engine engine = Engine.getEngine("PyTorch");
            try (NDManager m = engine.newBaseManager()) {
                NDArray a = m.create(new float[] {1, 2, 3});
                float sum = a.mul(2).sum().getFloat();
                return new Check(engine.getEngineName(), engine.getVersion(), m.getDevice().toString(), sum,
                        (System.nanoTime() - t0) / 1e9);
            }
        } catch (RuntimeException | UnsatisfiedLinkError e) {
            throw new IllegalStateException("the PyTorch engine could not start offline (" + e.getMessage()
                    + "). Fix: build with 'mvn package' so target/lib holds pytorch-native-cpu-" + PYTORCH_VERSION
                    + "-linux-x86_64.jar, and make sure the DJL cache folder is writable", e);
        }
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null && System.getenv(key) == null) {
            System.setProperty(key, value);
        }
    }
}
