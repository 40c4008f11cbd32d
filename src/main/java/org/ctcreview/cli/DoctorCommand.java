package org.ctcreview.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.ctcreview.embed.TorchRuntime;
import picocli.CommandLine.Command;

@Command(name = "doctor", mixinStandardHelpOptions = true,
        description = "Check this machine: Java, cores, memory, and that the PyTorch engine starts offline.")
final class DoctorCommand extends BaseCommand {

    @Override
    int run(ConsoleProgress progress) {
        Map<String, Object> m = new LinkedHashMap<>(Hardware.describe());
        TorchRuntime.Check check = TorchRuntime.selfTest();
        m.put("engine", check.engine());
        m.put("engine_version", check.version());
        m.put("device", check.device());
        m.put("engine_start_s", check.seconds());
        m.put("engine_ok", check.result() == 12f);
        m.forEach((k, v) -> ctx.out.println(k + ": " + v));
        if (json) {
            ctx.printJson(m);
        }
        return check.result() == 12f ? ExitCodes.OK : ExitCodes.INTERNAL;
    }
}
