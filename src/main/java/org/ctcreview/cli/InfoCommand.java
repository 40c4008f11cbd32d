package org.ctcreview.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ctcreview.store.Project;
import org.ctcreview.store.ProjectSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "info", mixinStandardHelpOptions = true,
        description = "Summarise a project: patients, cartridges, frames, cells, labels, CellSearch events.")
final class InfoCommand extends BaseCommand {
    @Option(names = "--project", required = true, description = "project folder")
    Path project;

    @Override
    int run(ConsoleProgress progress) {
        ProjectSummary s;
        try (Project p = Project.openReadOnly(project)) {
            s = p.summary();
        }
        ctx.out.printf("project %s (schema v%d)%n", project.toAbsolutePath(), s.schemaVersion());
        ctx.out.printf("  patients %d, cartridges %d, frames %d%n", s.patients(), s.cartridges(), s.frames());
        ctx.out.printf("  cells %d, crops %d, embeddings %d%n", s.cells(), s.crops(), s.embeddings());
        ctx.out.printf("  labels %d (current: %s), sessions %d, model versions %d%n", s.labels(), s.currentLabels(),
                s.sessions(), s.modelVersions());
        ctx.out.printf("  CellSearch events %d, assigned as CTC %d%n", s.events(), s.assignedEvents());
        for (ProjectSummary.CartridgeSummary c : s.cartridgeSummaries()) {
            ctx.out.printf("  - cartridge %d, patient %s (%s): %d frames, %d cells, %d events, %d assigned (%s)%n",
                    c.cartridgeId(), c.patientCode(), c.kind().code(), c.frames(), c.cells(), c.events(),
                    c.assignedEvents(), c.events() == 0 ? "no gallery"
                            : String.format(java.util.Locale.ROOT, "operator assigned %.0f %% of the CellSearch gallery",
                            100.0 * c.assignedEvents() / c.events()));
        }
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("project", project.toAbsolutePath().toString());
            m.put("summary", s);
            ctx.printJson(m);
        }
        return ExitCodes.OK;
    }
}
