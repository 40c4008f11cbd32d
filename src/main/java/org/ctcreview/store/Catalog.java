package org.ctcreview.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ctcreview.model.CellSearchEvent;

/** Read access to what was imported: cartridges, their frames, events and cells. */
public final class Catalog {
    private final Db db;

    Catalog(Db db) {
        this.db = db;
    }

    /** All cartridges, in import order. */
    public List<CartridgeInfo> cartridges() {
        return queryCartridges("", null);
    }

    public Optional<CartridgeInfo> cartridge(long cartridgeId) {
        return queryCartridges(" WHERE c.id = ?", cartridgeId).stream().findFirst();
    }

    /** The frames of a cartridge by frame number. */
    public List<Stored<FrameRow>> frames(long cartridgeId) {
        try {
            PreparedStatement ps = db.prepare("SELECT id, frame_number, grid_row, grid_col, is_edge, file_name,"
                    + " file_sha256, file_bytes, rescale_json, stats_json FROM frames WHERE cartridge_id = ?"
                    + " ORDER BY frame_number");
            ps.setLong(1, cartridgeId);
            List<Stored<FrameRow>> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long bytes = rs.getLong(8);
                    Long fileBytes = rs.wasNull() ? null : bytes;
                    out.add(new Stored<>(rs.getLong(1), new FrameRow(cartridgeId, rs.getInt(2), rs.getInt(3),
                            rs.getInt(4), rs.getInt(5) == 1, rs.getString(6), rs.getString(7), fileBytes,
                            rs.getString(9), rs.getString(10))));
                }
            }
            return out;
        } catch (SQLException e) {
            throw db.fail("reading the frames of cartridge " + cartridgeId, e);
        }
    }

    /** The CellSearch events of a cartridge by rid. */
    public List<CellSearchEvent> events(long cartridgeId) {
        try {
            PreparedStatement ps = db.prepare("SELECT rid, frame_number, x0, y0, x1, y1, assigned, num_selected"
                    + " FROM cellsearch_events WHERE cartridge_id = ? ORDER BY rid, id");
            ps.setLong(1, cartridgeId);
            List<CellSearchEvent> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int a = rs.getInt(7);
                    Boolean assigned = rs.wasNull() ? null : a == 1;
                    int n = rs.getInt(8);
                    Integer numSelected = rs.wasNull() ? null : n;
                    out.add(new CellSearchEvent(rs.getLong(1), rs.getInt(2), rs.getDouble(3), rs.getDouble(4),
                            rs.getDouble(5), rs.getDouble(6), assigned, numSelected));
                }
            }
            return out;
        } catch (SQLException e) {
            throw db.fail("reading the events of cartridge " + cartridgeId, e);
        }
    }

    /** The cells of a cartridge by id. */
    public List<Stored<CellRow>> cells(long cartridgeId) {
        try {
            PreparedStatement ps = db.prepare("SELECT id, frame_id, polygon, bbox_x, bbox_y, bbox_w, bbox_h,"
                    + " frame_x, frame_y, cartridge_x, cartridge_y, area, source FROM cells WHERE cartridge_id = ?"
                    + " ORDER BY id");
            ps.setLong(1, cartridgeId);
            List<Stored<CellRow>> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long frame = rs.getLong(2);
                    Long frameId = rs.wasNull() ? null : frame;
                    byte[] poly = rs.getBytes(3);
                    out.add(new Stored<>(rs.getLong(1), new CellRow(cartridgeId, frameId,
                            poly == null ? null : FloatBlobs.toFloats(poly), rs.getInt(4), rs.getInt(5), rs.getInt(6),
                            rs.getInt(7), rs.getDouble(8), rs.getDouble(9), rs.getDouble(10), rs.getDouble(11),
                            rs.getDouble(12), rs.getString(13))));
                }
            }
            return out;
        } catch (SQLException e) {
            throw db.fail("reading the cells of cartridge " + cartridgeId, e);
        }
    }

    private List<CartridgeInfo> queryCartridges(String where, Long id) {
        try {
            PreparedStatement ps = db.prepare("SELECT c.id, p.code, c.imported_at, c.patient_id, c.source_folder,"
                    + " c.kind, c.grid_rows, c.grid_cols, c.frame_width, c.frame_height, c.channels_json,"
                    + " c.xml_warnings_json FROM cartridges c JOIN patients p ON p.id = c.patient_id" + where
                    + " ORDER BY c.id");
            if (id != null) {
                ps.setLong(1, id);
            }
            List<CartridgeInfo> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    CartridgeRow row = new CartridgeRow(rs.getLong(4), rs.getString(5),
                            CartridgeKind.fromCode(rs.getString(6)), integer(rs, 7), integer(rs, 8), integer(rs, 9),
                            integer(rs, 10), Json.strings(rs.getString(11)), Json.strings(rs.getString(12)));
                    out.add(new CartridgeInfo(rs.getLong(1), rs.getString(2), rs.getString(3), row));
                }
            }
            return out;
        } catch (SQLException e) {
            throw db.fail("reading the cartridges", e);
        }
    }

    private static Integer integer(ResultSet rs, int column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }
}
