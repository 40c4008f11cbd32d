package org.ctcreview.store;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Objects;
import org.ctcreview.model.CellSearchEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One import as one SQLite transaction on its own connection. Nothing is visible to others until
 * {@link #commit()}; {@link #close()} without commit rolls everything back, so the project is exactly as
 * before. Use it in try-with-resources:
 * <pre>{@code
 * try (ImportTransaction tx = project.beginImport()) {
 *     long patient = tx.addPatient("P001");
 *     ...
 *     tx.commit();
 * }
 * }</pre>
 */
public final class ImportTransaction implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ImportTransaction.class);
    private static final int EVENT_BATCH = 500;

    private final Db db;
    private final Runnable onClose;
    private boolean committed;
    private boolean closed;

    private ImportTransaction(Db db, Runnable onClose) {
        this.db = db;
        this.onClose = onClose;
    }

    /** Starts a transaction on a new connection to {@code file}; {@code onClose} runs when it is closed. */
    static ImportTransaction begin(Path file, Runnable onClose) {
        Db db = SqliteConnections.open(file, false, true);
        try {
            db.conn().setAutoCommit(false);
            return new ImportTransaction(db, onClose);
        } catch (SQLException e) {
            db.close();
            throw db.fail("starting an import", e);
        }
    }

    /** The id of the model version with this kind, name and file hash, recorded (in this transaction) if new. */
    public long addModelVersion(ModelVersionRow m) {
        check();
        try {
            long id = db.queryLong("SELECT id FROM model_versions WHERE kind = ? AND name = ? AND file_sha256 IS ?",
                    m.kind(), m.name(), m.fileSha256());
            return id != 0 ? id : new ModelVersions(db).add(m);
        } catch (SQLException e) {
            throw db.fail("recording model version " + m.name(), e);
        }
    }

    /** The id of the patient with this code, added if new. */
    public long addPatient(String code) {
        check();
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("a patient code must not be blank");
        }
        try {
            long id = db.queryLong("SELECT id FROM patients WHERE code = ?", code);
            if (id != 0) {
                return id;
            }
            PreparedStatement ps = db.prepare("INSERT INTO patients (code, created_at) VALUES (?, ?)");
            ps.setString(1, code);
            ps.setString(2, Timestamps.now());
            ps.executeUpdate();
            return db.lastInsertId();
        } catch (SQLException e) {
            throw db.fail("adding patient " + code, e);
        }
    }

    public long addCartridge(CartridgeRow c) {
        check();
        try {
            PreparedStatement ps = db.prepare("INSERT INTO cartridges (patient_id, source_folder, kind, grid_rows,"
                    + " grid_cols, frame_width, frame_height, channels_json, xml_warnings_json, imported_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            ps.setLong(1, c.patientId());
            ps.setString(2, c.sourceFolder());
            ps.setString(3, c.kind().code());
            setInt(ps, 4, c.gridRows());
            setInt(ps, 5, c.gridCols());
            setInt(ps, 6, c.frameWidth());
            setInt(ps, 7, c.frameHeight());
            ps.setString(8, Json.strings(c.channels()));
            ps.setString(9, Json.strings(c.xmlWarnings()));
            ps.setString(10, Timestamps.now());
            ps.executeUpdate();
            return db.lastInsertId();
        } catch (SQLException e) {
            throw db.fail("adding cartridge " + c.sourceFolder(), e);
        }
    }

    public long addFrame(FrameRow f) {
        check();
        try {
            PreparedStatement ps = db.prepare("INSERT INTO frames (cartridge_id, frame_number, grid_row, grid_col,"
                    + " is_edge, file_name, file_sha256, file_bytes, rescale_json, stats_json)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            ps.setLong(1, f.cartridgeId());
            ps.setInt(2, f.frameNumber());
            ps.setInt(3, f.gridRow());
            ps.setInt(4, f.gridCol());
            ps.setInt(5, f.edge() ? 1 : 0);
            ps.setString(6, f.fileName());
            ps.setString(7, f.fileSha256());
            if (f.fileBytes() == null) {
                ps.setNull(8, Types.INTEGER);
            } else {
                ps.setLong(8, f.fileBytes());
            }
            ps.setString(9, f.rescaleJson());
            ps.setString(10, f.statsJson());
            ps.executeUpdate();
            return db.lastInsertId();
        } catch (SQLException e) {
            throw db.fail("adding frame " + f.frameNumber() + " (" + f.fileName() + ")", e);
        }
    }

    /** Adds the CellSearch gallery events of a cartridge in batches. */
    public void addEvents(long cartridgeId, List<CellSearchEvent> events) {
        check();
        try {
            PreparedStatement ps = db.prepare("INSERT INTO cellsearch_events (cartridge_id, rid, frame_number,"
                    + " x0, y0, x1, y1, assigned, num_selected) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
            int pending = 0;
            for (CellSearchEvent e : events) {
                ps.setLong(1, cartridgeId);
                ps.setLong(2, e.rid());
                ps.setInt(3, e.frameNumber());
                ps.setDouble(4, e.x0());
                ps.setDouble(5, e.y0());
                ps.setDouble(6, e.x1());
                ps.setDouble(7, e.y1());
                setInt(ps, 8, e.assigned() == null ? null : e.assigned() ? 1 : 0);
                setInt(ps, 9, e.numSelected());
                ps.addBatch();
                if (++pending == EVENT_BATCH) {
                    ps.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                ps.executeBatch();
            }
        } catch (SQLException e) {
            throw db.fail("adding " + events.size() + " events of cartridge " + cartridgeId, e);
        }
    }

    public long addCell(CellRow c) {
        check();
        try {
            PreparedStatement ps = db.prepare("INSERT INTO cells (cartridge_id, frame_id, polygon, bbox_x, bbox_y,"
                    + " bbox_w, bbox_h, frame_x, frame_y, cartridge_x, cartridge_y, area, source)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            ps.setLong(1, c.cartridgeId());
            if (c.frameId() == null) {
                ps.setNull(2, Types.INTEGER);
            } else {
                ps.setLong(2, c.frameId());
            }
            ps.setBytes(3, c.polygon() == null ? null : FloatBlobs.toBytes(c.polygon()));
            ps.setInt(4, c.bboxX());
            ps.setInt(5, c.bboxY());
            ps.setInt(6, c.bboxWidth());
            ps.setInt(7, c.bboxHeight());
            ps.setDouble(8, c.frameX());
            ps.setDouble(9, c.frameY());
            ps.setDouble(10, c.cartridgeX());
            ps.setDouble(11, c.cartridgeY());
            ps.setDouble(12, c.area());
            ps.setString(13, c.source());
            ps.executeUpdate();
            return db.lastInsertId();
        } catch (SQLException e) {
            throw db.fail("adding a cell of cartridge " + c.cartridgeId(), e);
        }
    }

    public void addCrop(long cellId, CropRow crop) {
        check();
        Objects.requireNonNull(crop, "crop");
        try {
            PreparedStatement ps = db.prepare("INSERT INTO crops (cell_id, width, height, channels, dtype, data,"
                    + " scaling_json) VALUES (?, ?, ?, ?, ?, ?, ?)");
            ps.setLong(1, cellId);
            ps.setInt(2, crop.width());
            ps.setInt(3, crop.height());
            ps.setInt(4, crop.channels());
            ps.setString(5, crop.dtype().code());
            ps.setBytes(6, crop.data());
            ps.setString(7, crop.scalingJson());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw db.fail("adding the crop of cell " + cellId, e);
        }
    }

    /** Stores (or replaces) the embeddings of these cells, made by one model version, in this transaction. */
    public void addEmbeddings(long modelVersionId, long[] cellIds, float[][] vectors) {
        check();
        try {
            Embeddings.insert(db, modelVersionId, cellIds, vectors);
        } catch (SQLException e) {
            throw db.fail("adding " + cellIds.length + " embeddings of model version " + modelVersionId, e);
        }
    }

    /** Makes everything added visible and durable; the transaction cannot be used afterwards. */
    public void commit() {
        check();
        try {
            db.conn().commit();
            committed = true;
            LOG.info("{}: import committed", db.file());
        } catch (SQLException e) {
            throw db.fail("committing the import", e);
        }
    }

    /** Rolls back unless committed, and closes the connection. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (!committed) {
                db.conn().rollback();
                LOG.info("{}: import rolled back, nothing was changed", db.file());
            }
        } catch (SQLException e) {
            LOG.warn("{}: rolling back the import failed ({}); SQLite discards it when the connection closes",
                    db.file(), e.getMessage());
        } finally {
            db.close();
            onClose.run();
        }
    }

    private void check() {
        if (closed || committed) {
            throw new IllegalStateException("this import is already " + (committed ? "committed" : "closed"));
        }
    }

    private static void setInt(PreparedStatement ps, int index, Integer value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setInt(index, value);
        }
    }
}
