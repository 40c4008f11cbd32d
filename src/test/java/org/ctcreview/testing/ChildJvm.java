package org.ctcreview.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts a main class of the test classpath in a separate JVM (crash, lock, signal and permission tests). */
public final class ChildJvm {
    private ChildJvm() {
    }

    /** The command line that runs {@code main} with {@code args} in a JVM of at most {@code maxHeap} (e.g. "256m"). */
    public static List<String> command(String maxHeap, Class<?> main, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx" + maxHeap);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(main.getName());
        cmd.addAll(List.of(args));
        return cmd;
    }

    /** Starts {@code main} in a 256 MB JVM, standard error merged into standard output. */
    public static Process start(Class<?> main, String... args) throws IOException {
        return new ProcessBuilder(command("256m", main, args)).redirectErrorStream(true).start();
    }
}
