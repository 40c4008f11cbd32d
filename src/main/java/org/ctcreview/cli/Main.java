package org.ctcreview.cli;

import java.io.PrintStream;
import org.ctcreview.embed.TorchRuntime;
import org.ctcreview.model.BadInputException;
import org.ctcreview.store.ProjectLockedException;
import org.ctcreview.task.CancelFlag;
import org.ctcreview.task.CancelledException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/** The {@code ctc} command line. */
public final class Main {
    private static final Logger LOG = LoggerFactory.getLogger(Main.class);

    private Main() {
    }

    public static void main(String[] args) {
        TorchRuntime.configureOffline();
        Interrupts interrupts = Interrupts.install();
        int code;
        try {
            code = run(System.out, System.err, interrupts.flag(), args);
        } finally {
            interrupts.finished();
        }
        System.exit(code);
    }

    /** Runs one command line; returns the exit code. */
    public static int run(PrintStream out, PrintStream err, CancelFlag cancel, String... args) {
        CliContext ctx = new CliContext(out, err, cancel);
        CommandLine cl = new CommandLine(new CtcCommand(), new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                K k = CommandLine.defaultFactory().create(cls);
                if (k instanceof BaseCommand b) {
                    b.ctx = ctx;
                }
                return k;
            }
        });
        cl.setOut(new java.io.PrintWriter(out, true));
        cl.setErr(new java.io.PrintWriter(err, true));
        cl.setExecutionExceptionHandler((ex, line, parse) -> handle(ex, err));
        return cl.execute(args);
    }

    private static int handle(Exception ex, PrintStream err) {
        if (ex instanceof ProjectLockedException locked) {
            err.println("error: " + locked.getMessage());
            return ExitCodes.LOCKED;
        }
        if (ex instanceof BadInputException bad) {
            err.println("error: " + bad.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        if (ex instanceof CancelledException) {
            err.println("interrupted: " + ex.getMessage());
            return ExitCodes.CANCELLED;
        }
        if (ex instanceof IllegalArgumentException) {
            err.println("error: " + ex.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        LOG.error("internal error", ex);
        err.println("internal error: " + ex + " (details in the log; please report it)");
        return ExitCodes.INTERNAL;
    }
}
