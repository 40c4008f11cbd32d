package org.ctcreview.store;

/** One entry of the append-only label history; {@code sessionId} may be null. */
public record LabelRow(long id, long cellId, String label, String author, Long sessionId, String createdAt,
                       String source) {
}
