package org.capacityacademy.generate;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The plain (non-unique) indexes of the xAPI statements, dropped while the generator writes and
 * created again at the end. The statements are most of the data (3.5 million rows of about 1 KB
 * at full size) and had eight such indexes, each on a column the generator writes in no useful
 * order (activity ids, stored times over three years): every row meant eight random B-tree
 * inserts, and again eight updates when its chunk committed. Building an index over the finished
 * table sorts it once. Each dropped index's definition is kept in the run's progress before it is
 * dropped (and read from the database's metadata, so it follows the migrations), so a run stopped
 * in between creates it again when continued. Keys, unique constraints and the indexes behind
 * foreign keys stay.
 */
final class DeferredIndexes {

    static final String TABLE = "xapi_statement";
    private static final String PREFIX = "index:";

    private DeferredIndexes() {
    }

    /** Drops the table's plain indexes, first keeping their definitions in the progress (committed). */
    static void drop(Connection db, Progress progress) throws SQLException {
        if (progress.texts(PREFIX).isEmpty() && progress.chunksDone() == 0) {
            for (Map.Entry<String, String> index : definitions(db).entrySet()) {
                progress.setText(db, PREFIX + index.getKey(), index.getValue());
            }
            db.commit();
        }
        for (String name : progress.texts(PREFIX).keySet()) {
            try (Statement statement = db.createStatement()) {
                statement.execute("DROP INDEX IF EXISTS " + name.substring(PREFIX.length()));
                db.commit();
            } catch (SQLException e) {
                // an index a constraint needs (H2 may use one for a foreign key) stays, and is not created again
                db.rollback();
                progress.setText(db, name, null);
                db.commit();
            }
        }
    }

    /** Creates the dropped indexes again (those that exist are left as they are). */
    static void create(Connection db, Progress progress) throws SQLException {
        for (Map.Entry<String, String> index : progress.texts(PREFIX).entrySet()) {
            long start = System.nanoTime();
            try (Statement statement = db.createStatement()) {
                statement.execute(index.getValue());
            }
            db.commit();
            System.out.printf("  index %s created in %d s%n", index.getKey().substring(PREFIX.length()),
                    (System.nanoTime() - start) / 1_000_000_000L);
        }
    }

    /** {@code CREATE INDEX IF NOT EXISTS name ON table (columns)} of each plain index, from the JDBC metadata. */
    private static Map<String, String> definitions(Connection db) throws SQLException {
        Map<String, java.util.TreeMap<Short, String>> columns = new LinkedHashMap<>();
        String table = null;
        for (String name : new String[] {TABLE, TABLE.toUpperCase(Locale.ROOT)}) {
            try (ResultSet rows = db.getMetaData().getIndexInfo(null, null, name, false, false)) {
                while (rows.next()) {
                    String index = rows.getString("INDEX_NAME");
                    if (rows.getBoolean("NON_UNIQUE") && index != null && rows.getString("COLUMN_NAME") != null) {
                        table = name;
                        columns.computeIfAbsent(index.toLowerCase(Locale.ROOT), i -> new java.util.TreeMap<>())
                                .put(rows.getShort("ORDINAL_POSITION"), rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT)
                                        + ("D".equals(rows.getString("ASC_OR_DESC")) ? " DESC" : ""));
                    }
                }
            }
            if (table != null) {
                break;
            }
        }
        Map<String, String> definitions = new LinkedHashMap<>();
        columns.forEach((index, list) -> definitions.put(index,
                "CREATE INDEX IF NOT EXISTS " + index + " ON " + TABLE + " (" + String.join(", ", list.values()) + ")"));
        return definitions;
    }
}
