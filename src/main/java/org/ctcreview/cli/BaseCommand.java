package org.ctcreview.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Option;

/** Options every command has, and access to the CLI context. */
abstract class BaseCommand implements Callable<Integer> {
    @Option(names = "--json", description = "print one JSON object as the last line of standard output")
    boolean json;

    @Option(names = {"-q", "--quiet"}, description = "no progress bar")
    boolean quiet;

    CliContext ctx;

    @Override
    public final Integer call() {
        ConsoleProgress progress = ctx.progress(quiet);
        try {
            return run(progress);
        } finally {
            progress.finish();
        }
    }

    abstract int run(ConsoleProgress progress);
}
