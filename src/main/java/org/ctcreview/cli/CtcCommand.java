package org.ctcreview.cli;

import picocli.CommandLine.Command;

@Command(name = "ctc", mixinStandardHelpOptions = true, version = "ctc-workstation 0.1.0",
        description = {"CTC Review Workstation: CellSearch cartridge import, synthetic cohorts, project store.",
                "Exit codes: 0 ok, 1 bad input (the message names the file and the fix), 2 usage, 3 project locked, "
                        + "130 interrupted (nothing changed), 70 internal error."},
        subcommands = {SimulateCommand.class, ImportCommand.class, InfoCommand.class, DoctorCommand.class,
                PipelineCommand.class, BenchCommand.class, SegmentEvalCommand.class, EmbedCommand.class,
                ExperimentCommand.class, ScoreCommand.class, MapCommand.class})
final class CtcCommand implements Runnable {
    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "name a command, e.g. ctc info --help");
    }
}
