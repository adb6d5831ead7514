package org.capacityacademy.generate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How far a generator run got, kept in the database it writes (table {@code generator_run}, the
 * generator's own, not the platform's) and committed with each chunk of learners: the chunks done,
 * the next ids, the rows and events written so far, and the settings of the run, so that a run
 * stopped at any moment (even by SIGKILL) is continued by the next one with the same settings, and
 * a run with other settings is refused instead of mixing two data sets.
 */
final class Progress {

    private static final String SETTINGS = "settings";
    private static final String CHUNKS = "chunks";
    private static final String FINISHED = "finished";

    private final String settings;
    private final Map<String, Long> amounts = new LinkedHashMap<>();
    private final Map<String, String> texts = new LinkedHashMap<>();

    private Progress(String settings) {
        this.settings = settings;
    }

    /** The progress of the run with these settings: nothing yet, or where the last run stopped. */
    static Progress of(Connection db, DataGenerator.Settings run) throws SQLException {
        String settings = "learners=" + run.learners() + " enrolments=" + run.enrolments() + " events=" + run.events()
                + " seed=" + run.seed() + " records=" + run.records() + " publicUrl=" + run.publicUrl() + " until=" + run.until()
                + (run.chunk() == 250 ? "" : " chunk=" + run.chunk()); // runs begun before the setting existed used 250
        try (Statement statement = db.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS generator_run (name VARCHAR(40) NOT NULL PRIMARY KEY, "
                    + "amount BIGINT NOT NULL, text VARCHAR(1000))");
        }
        db.commit();
        Progress progress = new Progress(settings);
        String earlier = null;
        try (Statement statement = db.createStatement();
             ResultSet rows = statement.executeQuery("SELECT name, amount, text FROM generator_run")) {
            while (rows.next()) {
                if (SETTINGS.equals(rows.getString(1))) {
                    earlier = rows.getString(3);
                } else if (rows.getString(3) != null) {
                    progress.texts.put(rows.getString(1), rows.getString(3));
                } else {
                    progress.amounts.put(rows.getString(1), rows.getLong(2));
                }
            }
        }
        if (earlier != null && !earlier.equals(settings)) {
            throw new IllegalStateException("This database holds a generator run with other settings (" + earlier
                    + "); run the generator on a fresh database, or with the same settings to continue that run.");
        }
        return progress;
    }

    int chunksDone() {
        return (int) get(CHUNKS);
    }

    boolean finished() {
        return get(FINISHED) == 1;
    }

    boolean has(String name) {
        return amounts.containsKey(name);
    }

    long get(String name) {
        return amounts.getOrDefault(name, 0L);
    }

    void set(String name, long amount) {
        amounts.put(name, amount);
    }

    /** The texts kept under names starting with {@code prefix}, by name. */
    Map<String, String> texts(String prefix) {
        Map<String, String> found = new LinkedHashMap<>();
        texts.forEach((name, text) -> {
            if (name.startsWith(prefix)) {
                found.put(name, text);
            }
        });
        return found;
    }

    /** Keeps a text (committed by the caller), or forgets it when null. */
    void setText(Connection db, String name, String text) throws SQLException {
        if (text == null) {
            texts.remove(name);
            try (PreparedStatement delete = db.prepareStatement("DELETE FROM generator_run WHERE name = ?")) {
                delete.setString(1, name);
                delete.executeUpdate();
            }
        } else {
            texts.put(name, text);
            save(db);
        }
    }

    /** Records the chunks done and the amounts set, in the caller's transaction (the chunk's). */
    void chunkDone(Connection db, int chunks) throws SQLException {
        set(CHUNKS, chunks);
        save(db);
    }

    /** Records that the run is complete (data and reporting tables), in the caller's transaction. */
    void finish(Connection db) throws SQLException {
        set(FINISHED, 1);
        save(db);
    }

    private void save(Connection db) throws SQLException {
        try (PreparedStatement update = db.prepareStatement("UPDATE generator_run SET amount = ?, text = ? WHERE name = ?");
             PreparedStatement insert = db.prepareStatement("INSERT INTO generator_run (amount, text, name) VALUES (?, ?, ?)")) {
            Map<String, Long> all = new LinkedHashMap<>(amounts);
            all.put(SETTINGS, 0L);
            texts.keySet().forEach(name -> all.put(name, 0L));
            for (Map.Entry<String, Long> entry : all.entrySet()) {
                String text = SETTINGS.equals(entry.getKey()) ? settings : texts.get(entry.getKey());
                update.setLong(1, entry.getValue());
                update.setString(2, text);
                update.setString(3, entry.getKey());
                if (update.executeUpdate() == 0) {
                    insert.setLong(1, entry.getValue());
                    insert.setString(2, text);
                    insert.setString(3, entry.getKey());
                    insert.executeUpdate();
                }
            }
        }
    }
}
