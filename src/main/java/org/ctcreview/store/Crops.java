package org.ctcreview.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** Read access to the stored cell crops. */
public final class Crops {
    private final Db db;

    Crops(Db db) {
        this.db = db;
    }

    public Optional<CropRow> get(long cellId) {
        try {
            PreparedStatement ps = db.prepare("SELECT width, height, channels, dtype, data, scaling_json"
                    + " FROM crops WHERE cell_id = ?");
            ps.setLong(1, cellId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new CropRow(rs.getInt(1), rs.getInt(2), rs.getInt(3),
                        CropDtype.fromCode(rs.getString(4)), rs.getBytes(5), rs.getString(6)));
            }
        } catch (SQLException e) {
            throw db.fail("reading the crop of cell " + cellId, e);
        }
    }
}
