package org.ctcreview.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Counts what a project holds, read in one transaction so that the numbers agree with each other. */
final class Summaries {
    private static final String PER_CARTRIDGE = "SELECT c.id, p.code, c.kind,"
            + " (SELECT count(*) FROM frames f WHERE f.cartridge_id = c.id),"
            + " (SELECT count(*) FROM cellsearch_events e WHERE e.cartridge_id = c.id),"
            + " (SELECT count(*) FROM cellsearch_events e WHERE e.cartridge_id = c.id AND e.assigned = 1),"
            + " (SELECT count(*) FROM cells x WHERE x.cartridge_id = c.id)"
            + " FROM cartridges c JOIN patients p ON p.id = c.patient_id ORDER BY p.code, c.id";

    private Summaries() {
    }

    static ProjectSummary read(Db db) {
        try {
            boolean auto = db.conn().getAutoCommit();
            db.conn().setAutoCommit(false);
            try {
                return readNow(db);
            } finally {
                db.conn().rollback();
                db.conn().setAutoCommit(auto);
            }
        } catch (SQLException e) {
            throw db.fail("reading the project summary", e);
        }
    }

    private static ProjectSummary readNow(Db db) throws SQLException {
        return new ProjectSummary(
                (int) db.queryLong("SELECT max(version) FROM schema_migrations"),
                count(db, "patients"), count(db, "cartridges"), count(db, "frames"), count(db, "cells"),
                count(db, "crops"), count(db, "embeddings"), count(db, "labels"), currentLabels(db),
                count(db, "cellsearch_events"),
                db.queryLong("SELECT count(*) FROM cellsearch_events WHERE assigned = 1"),
                count(db, "sessions"), count(db, "model_versions"), perCartridge(db));
    }

    private static long count(Db db, String table) throws SQLException {
        return db.queryLong("SELECT count(*) FROM " + table);
    }

    private static Map<String, Long> currentLabels(Db db) throws SQLException {
        PreparedStatement ps = db.prepare("SELECT l.label, count(*) FROM labels l"
                + " JOIN (SELECT max(id) AS id FROM labels GROUP BY cell_id) latest ON latest.id = l.id"
                + " GROUP BY l.label");
        Map<String, Long> out = new TreeMap<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getLong(2));
            }
        }
        return out;
    }

    private static List<ProjectSummary.CartridgeSummary> perCartridge(Db db) throws SQLException {
        List<ProjectSummary.CartridgeSummary> out = new ArrayList<>();
        try (ResultSet rs = db.prepare(PER_CARTRIDGE).executeQuery()) {
            while (rs.next()) {
                out.add(new ProjectSummary.CartridgeSummary(rs.getLong(1), rs.getString(2),
                        CartridgeKind.fromCode(rs.getString(3)), rs.getLong(4), rs.getLong(5), rs.getLong(6),
                        rs.getLong(7)));
            }
        }
        return out;
    }
}
