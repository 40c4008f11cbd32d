package org.ctcreview.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintStream;
import org.ctcreview.task.CancelFlag;

/** Where commands print and how they learn of Ctrl-C. Only the CLI writes to standard output. */
final class CliContext {
    private static final ObjectMapper JSON = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    final PrintStream out;
    final PrintStream err;
    final CancelFlag cancel;

    CliContext(PrintStream out, PrintStream err, CancelFlag cancel) {
        this.out = out;
        this.err = err;
        this.cancel = cancel;
    }

    ConsoleProgress progress(boolean quiet) {
        return new ConsoleProgress(err, cancel, quiet);
    }

    /** Prints one JSON object on one line (the last line of standard output for --json). */
    void printJson(Object value) {
        try {
            out.println(JSON.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render JSON: " + e.getMessage(), e);
        }
    }
}
