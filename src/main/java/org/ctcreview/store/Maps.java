package org.ctcreview.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Latent maps (maps, map_points, clusters): a map of the cells of one model version's vectors, with its
 * parameters and seed, each cell's position, cluster and fit flag, and each cluster's size and outline.
 * A map is written in one transaction and never changed afterwards; a new map gets a new id.
 */
public final class Maps {
    private final Db db;

    Maps(Db db) {
        this.db = db;
    }

    /**
     * Stores a map in one transaction and returns its id. Every point's cluster needs a cluster row whose
     * size is its number of points (the background, -1, included when it has points).
     *
     * @throws IllegalArgumentException for an unknown model version or cell, repeated cells or clusters,
     *                                  sizes that do not match, non-finite positions or invalid JSON
     */
    public long save(long modelVersionId, String paramsJson, long seed, List<MapPointRow> points,
                     List<MapClusterRow> clusters) {
        db.requireWritable("store a map");
        check(paramsJson, points, clusters);
        Connection conn = db.conn();
        try {
            if (db.queryLong("SELECT count(*) FROM model_versions WHERE id = ?", modelVersionId) == 0) {
                throw new IllegalArgumentException("cannot store a map of model version " + modelVersionId
                        + ": no such model version in this project");
            }
            conn.setAutoCommit(false);
            try {
                long mapId = insert(modelVersionId, paramsJson, seed, points, clusters);
                conn.commit();
                return mapId;
            } catch (SQLException | RuntimeException e) {
                conn.rollback();
                throw e;
            } finally {
                conn.setAutoCommit(true);
            }
        } catch (SQLException e) {
            RuntimeException missing = missingCell(points);
            throw missing != null ? missing : db.fail("storing a map of " + points.size() + " cells", e);
        }
    }

    private long insert(long modelVersionId, String paramsJson, long seed, List<MapPointRow> points,
                        List<MapClusterRow> clusters) throws SQLException {
        PreparedStatement map = db.prepare("INSERT INTO maps (model_version_id, params_json, seed, created_at)"
                + " VALUES (?, ?, ?, ?)");
        map.setLong(1, modelVersionId);
        map.setString(2, paramsJson);
        map.setLong(3, seed);
        map.setString(4, Timestamps.now());
        map.executeUpdate();
        long mapId = db.lastInsertId();
        PreparedStatement pt = db.prepare("INSERT INTO map_points (map_id, cell_id, x, y, cluster, fitted)"
                + " VALUES (?, ?, ?, ?, ?, ?)");
        for (MapPointRow p : points) {
            pt.setLong(1, mapId);
            pt.setLong(2, p.cellId());
            pt.setDouble(3, p.x());
            pt.setDouble(4, p.y());
            pt.setInt(5, p.cluster());
            pt.setInt(6, p.fitted() ? 1 : 0);
            pt.addBatch();
        }
        pt.executeBatch();
        PreparedStatement cl = db.prepare("INSERT INTO clusters (map_id, cluster, outline_json, size)"
                + " VALUES (?, ?, ?, ?)");
        for (MapClusterRow c : clusters) {
            cl.setLong(1, mapId);
            cl.setInt(2, c.cluster());
            cl.setString(3, Json.pairs(c.outline()));
            cl.setInt(4, c.size());
            cl.addBatch();
        }
        cl.executeBatch();
        return mapId;
    }

    private static void check(String paramsJson, List<MapPointRow> points, List<MapClusterRow> clusters) {
        Json.requireValid(paramsJson, "the map parameters");
        if (points.isEmpty()) {
            throw new IllegalArgumentException("a map needs at least one cell");
        }
        Map<Integer, Integer> sizes = new HashMap<>();
        for (MapClusterRow c : clusters) {
            if (sizes.put(c.cluster(), c.size()) != null) {
                throw new IllegalArgumentException("cluster " + c.cluster() + " is listed twice");
            }
        }
        Map<Integer, Integer> counts = new HashMap<>();
        Set<Long> cells = new HashSet<>();
        for (MapPointRow p : points) {
            if (!Float.isFinite(p.x()) || !Float.isFinite(p.y())) {
                throw new IllegalArgumentException("cell " + p.cellId() + " has no finite map position");
            }
            if (!cells.add(p.cellId())) {
                throw new IllegalArgumentException("cell " + p.cellId() + " appears twice in the map");
            }
            if (!sizes.containsKey(p.cluster())) {
                throw new IllegalArgumentException("cell " + p.cellId() + " is in cluster " + p.cluster()
                        + ", which the map does not list");
            }
            counts.merge(p.cluster(), 1, Integer::sum);
        }
        for (Map.Entry<Integer, Integer> c : sizes.entrySet()) {
            int count = counts.getOrDefault(c.getKey(), 0);
            if (count != c.getValue()) {
                throw new IllegalArgumentException("cluster " + c.getKey() + " has size " + c.getValue()
                        + " but " + count + " cells");
            }
        }
    }

    /** After a failed insert: an error naming the first cell that is not in the project, or null. */
    private RuntimeException missingCell(List<MapPointRow> points) {
        try {
            for (MapPointRow p : points) {
                if (db.queryLong("SELECT count(*) FROM cells WHERE id = ?", p.cellId()) == 0) {
                    return new IllegalArgumentException("cannot store the map: cell " + p.cellId()
                            + " is not in this project");
                }
            }
            return null;
        } catch (SQLException e) {
            return null;
        }
    }

    public Optional<MapInfo> get(long mapId) {
        List<MapInfo> found = infos("WHERE id = ?", mapId);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** The newest map of a model version (the highest id), if any. */
    public Optional<MapInfo> latest(long modelVersionId) {
        List<MapInfo> found = infos("WHERE model_version_id = ? ORDER BY id DESC LIMIT 1", modelVersionId);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** Every map of a model version, oldest first. */
    public List<MapInfo> list(long modelVersionId) {
        return infos("WHERE model_version_id = ? ORDER BY id", modelVersionId);
    }

    private List<MapInfo> infos(String where, long arg) {
        try {
            PreparedStatement ps = db.prepare("SELECT id, model_version_id, params_json, seed, created_at FROM maps "
                    + where);
            ps.setLong(1, arg);
            List<MapInfo> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new MapInfo(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4), rs.getString(5)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw db.fail("reading maps", e);
        }
    }

    /** The points of a map in the order they were stored. */
    public List<MapPointRow> points(long mapId) {
        try {
            PreparedStatement ps = db.prepare("SELECT cell_id, x, y, cluster, fitted FROM map_points WHERE map_id = ?"
                    + " ORDER BY rowid");
            ps.setLong(1, mapId);
            List<MapPointRow> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new MapPointRow(rs.getLong(1), (float) rs.getDouble(2), (float) rs.getDouble(3),
                            rs.getInt(4), rs.getInt(5) == 1));
                }
            }
            return out;
        } catch (SQLException e) {
            throw db.fail("reading the points of map " + mapId, e);
        }
    }

    /** The clusters of a map by id (the background, -1, first). */
    public List<MapClusterRow> clusters(long mapId) {
        try {
            PreparedStatement ps = db.prepare("SELECT cluster, size, outline_json FROM clusters WHERE map_id = ?"
                    + " ORDER BY cluster");
            ps.setLong(1, mapId);
            List<MapClusterRow> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new MapClusterRow(rs.getInt(1), rs.getInt(2), Json.pairs(rs.getString(3))));
                }
            }
            return out;
        } catch (SQLException e) {
            throw db.fail("reading the clusters of map " + mapId, e);
        }
    }
}
