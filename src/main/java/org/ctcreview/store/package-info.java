/**
 * The project store: a project folder holds {@code project.db} (SQLite, WAL mode), {@code models/} and
 * {@code project.lock}. {@link org.ctcreview.store.Project} opens it; small classes give focused read and
 * write access ({@link org.ctcreview.store.ImportTransaction}, {@link org.ctcreview.store.Labels},
 * {@link org.ctcreview.store.Sessions}, {@link org.ctcreview.store.Catalog}, ...). The schema lives in
 * plain SQL files under {@code db/migration} so that other tools can read a project without this program.
 * <p>Objects of this package are not thread-safe: use a project from one thread at a time.
 */
package org.ctcreview.store;
