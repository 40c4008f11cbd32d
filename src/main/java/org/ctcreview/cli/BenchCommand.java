package org.ctcreview.cli;

import picocli.CommandLine.Command;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks that print measured numbers and the hardware (results go to docs/benchmarks.md).",
        subcommands = {BenchReadCommand.class, BenchSimulateCommand.class, BenchSegmentCommand.class,
                BenchEmbedCommand.class, BenchLearnCommand.class})
final class BenchCommand implements Runnable {
    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "name a benchmark: read, simulate, segment, embed, learn");
    }
}
