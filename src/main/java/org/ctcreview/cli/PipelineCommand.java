package org.ctcreview.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "pipeline", mixinStandardHelpOptions = true,
        description = {"Run the headless pipeline on cartridge folders and print the project summary: "
                + "import (frames, CellSearch events, cells with crops and embeddings) then info. Used by the README's first command on sample-data."})
final class PipelineCommand extends BaseCommand {
    @Option(names = "--project", required = true, description = "project folder (created if missing)")
    Path project;

    @Option(names = "--fresh", description = "delete the project folder first (only if it is a ctc project)")
    boolean fresh;

    @Parameters(arity = "1..*", paramLabel = "CARTRIDGE_DIR")
    List<Path> folders;

    @Option(names = "--encoder", description = "cell encoder folder (default: the newest models/encoder-*)")
    Path encoder;

    @Option(names = "--no-embed", description = "do not embed the new cells")
    boolean noEmbed;

    @Override
    int run(ConsoleProgress progress) {
        if (fresh) {
            ProjectFolders.deleteProject(project);
        }
        List<String> args = new ArrayList<>(List.of("import", "--project", project.toString()));
        if (quiet) {
            args.add("--quiet");
        }
        if (encoder != null) {
            args.addAll(List.of("--encoder", encoder.toString()));
        }
        if (noEmbed) {
            args.add("--no-embed");
        }
        folders.forEach(f -> args.add(f.toString()));
        int code = Main.run(ctx.out, ctx.err, ctx.cancel, args.toArray(String[]::new));
        if (code != ExitCodes.OK) {
            return code;
        }
        List<String> info = new ArrayList<>(List.of("info", "--project", project.toString()));
        if (json) {
            info.add("--json");
        }
        return Main.run(ctx.out, ctx.err, ctx.cancel, info.toArray(String[]::new));
    }
}
