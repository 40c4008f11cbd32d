package org.ctcreview.store;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Times as the database stores them: ISO-8601 UTC with milliseconds. */
final class Timestamps {
    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private Timestamps() {
    }

    static String now() {
        return format(Instant.now());
    }

    static String format(Instant instant) {
        return FORMAT.format(instant);
    }
}
