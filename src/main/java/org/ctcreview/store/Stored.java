package org.ctcreview.store;

/** A row read back from the database together with its id. */
public record Stored<T>(long id, T row) {
}
