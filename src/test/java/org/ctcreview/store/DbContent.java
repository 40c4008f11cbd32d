package org.ctcreview.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads a project database with plain JDBC, independent of the store's own code. */
final class DbContent {
    private DbContent() {
    }

    static Connection connect(Path dir) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(Project.DATABASE));
    }

    /** Every row of every table (including sqlite_sequence), as text, table by table in rowid order. */
    static Map<String, List<String>> dump(Path dir) throws SQLException {
        Map<String, List<String>> out = new LinkedHashMap<>();
        try (Connection c = connect(dir); Statement st = c.createStatement()) {
            for (String table : tables(c)) {
                List<String> rows = new ArrayList<>();
                try (ResultSet rs = st.executeQuery("SELECT * FROM " + table + " ORDER BY rowid")) {
                    ResultSetMetaData md = rs.getMetaData();
                    while (rs.next()) {
                        StringBuilder sb = new StringBuilder();
                        for (int i = 1; i <= md.getColumnCount(); i++) {
                            Object v = rs.getObject(i);
                            sb.append(v instanceof byte[] b ? Arrays.hashCode(b) + "#" + b.length : v).append('|');
                        }
                        rows.add(sb.toString());
                    }
                }
                out.put(table, rows);
            }
        }
        return out;
    }

    static List<String> tables(Connection c) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    static long count(Path dir, String sql) throws SQLException {
        try (Connection c = connect(dir); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
