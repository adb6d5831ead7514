package org.capacityacademy.generate;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.capacityacademy.courseformat.gift.GiftQuestion.GiftAnswer;
import org.capacityacademy.courseformat.gift.GiftQuestion;
import org.capacityacademy.courseformat.gift.QuestionType;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The courses as the platform imported them from {@code courses/}: their lessons, quizzes and
 * questions, read from the catalogue's tables. When more courses are needed than were imported
 * (300,000 enrolments of 100,000 learners need at least three), copies of the imported ones are
 * added, table by table, with the code {@code <code>-s2}, {@code -s3}... and the title numbered.
 */
final class Catalogue {

    record Question(long id, String code, GiftQuestion content) {
    }

    record Quiz(String code, Long moduleId, Map<String, String> titles, List<Question> bank, int draw, int passMark,
                int attempts, int timeLimit, boolean shuffle, String feedback) {
    }

    record Lesson(long id, String code, long moduleId, int minutes, boolean optional, Map<String, String> titles) {
    }

    /** A module: its lessons in order, then its quiz (null when its bank is empty). */
    record Module(long id, String code, List<Lesson> lessons, Quiz quiz) {
    }

    record Course(long id, String code, int version, String defaultLanguage, List<String> languages,
                  Map<String, String> titles, List<Module> modules, Quiz finalQuiz, boolean lessonsRequired,
                  boolean finalRequired) {

        int minutes() {
            return modules.stream().flatMap(m -> m.lessons().stream()).mapToInt(Lesson::minutes).sum();
        }

        String languageFor(String language) {
            return languages.contains(language) ? language : defaultLanguage;
        }
    }

    /** The catalogue's tables, parents first, with the columns holding catalogue ids. */
    private static final List<String> TABLES = List.of("course", "course_text", "course_module", "course_module_text",
            "lesson", "lesson_text", "report_section", "report_section_text", "question", "question_text");
    private static final List<String> ID_COLUMNS = List.of("ID", "COURSE_ID", "MODULE_ID", "LESSON_ID", "SECTION_ID",
            "QUESTION_ID");

    private Catalogue() {
    }

    /** Copies the imported courses until there are {@code wanted}; returns how many were added. */
    static int copyUntil(Connection db, int wanted) throws SQLException {
        List<Long> originals = ids(db, "SELECT id FROM course WHERE code NOT LIKE '%-s_' AND code NOT LIKE '%-s__' ORDER BY id");
        if (originals.isEmpty()) {
            throw new IllegalStateException("No course in the database: start the platform once on it, so that it "
                    + "imports courses/ (see deploy/README.md), then run the generator again.");
        }
        int existing = ids(db, "SELECT id FROM course ORDER BY id").size();
        int added = 0;
        for (int copy = existing; copy < wanted; copy++) {
            long source = originals.get(copy % originals.size());
            int number = copy / originals.size() + 1;
            copy(db, source, number, maxCatalogueId(db) + 1000);
            added++;
        }
        restartSequence(db, "catalog_seq", maxCatalogueId(db));
        return added;
    }

    private static void copy(Connection db, long course, int number, long offset) throws SQLException {
        for (String table : TABLES) {
            List<String> columns = columns(db, table);
            List<String> values = new ArrayList<>();
            for (String column : columns) {
                if (ID_COLUMNS.contains(column)) {
                    values.add(column + " + " + offset);
                } else if (table.equals("course") && column.equals("CODE")) {
                    values.add("CONCAT(code, '-s" + number + "')");
                } else if (table.equals("course_text") && column.equals("TITLE")) {
                    values.add("CONCAT(title, ' (" + number + ")')");
                } else {
                    values.add(column);
                }
            }
            String where = switch (table) {
                case "course" -> "id = ?";
                case "course_text", "course_module", "lesson", "report_section", "question" -> "course_id = ?";
                case "course_module_text" -> "module_id IN (SELECT id FROM course_module WHERE course_id = ?)";
                case "lesson_text" -> "lesson_id IN (SELECT id FROM lesson WHERE course_id = ?)";
                case "report_section_text" -> "section_id IN (SELECT id FROM report_section WHERE course_id = ?)";
                default -> "question_id IN (SELECT id FROM question WHERE course_id = ?)";
            };
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO " + table + " (" + String.join(", ", columns)
                    + ") SELECT " + String.join(", ", values) + " FROM " + table + " WHERE " + where)) {
                insert.setLong(1, course);
                insert.executeUpdate();
            }
        }
    }

    private static List<String> columns(Connection db, String table) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
            ResultSetMetaData meta = rows.getMetaData();
            List<String> columns = new ArrayList<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                columns.add(meta.getColumnName(i).toUpperCase(java.util.Locale.ROOT));
            }
            return columns;
        }
    }

    private static long maxCatalogueId(Connection db) throws SQLException {
        long max = 0;
        for (String table : List.of("course", "course_module", "lesson", "report_section", "question")) {
            max = Math.max(max, DataGenerator.single(db, "SELECT COALESCE(MAX(id), 0) FROM " + table));
        }
        return max;
    }

    /** Moves a sequence past the ids written here, so the platform's next ids never collide with them. */
    static void restartSequence(Connection db, String sequence, long maxId) throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.execute("ALTER SEQUENCE " + sequence + " RESTART WITH " + (maxId + 100));
        }
    }

    /** Every course with its lessons and quizzes, in the order learners meet them. */
    static List<Course> read(Connection db) throws SQLException {
        List<Course> courses = new ArrayList<>();
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(
                "SELECT id, code, content_version, default_language, languages, final_code, final_draw, final_pass_mark, "
                        + "final_attempts, final_time_limit, final_shuffle, final_feedback, completion_lessons, completion_final "
                        + "FROM course ORDER BY id")) {
            while (rows.next()) {
                long id = rows.getLong(1);
                String defaultLanguage = rows.getString(4);
                List<Module> modules = modules(db, id, defaultLanguage);
                List<Question> all = modules.stream().filter(m -> m.quiz() != null).flatMap(m -> m.quiz().bank().stream()).toList();
                Quiz finalQuiz = new Quiz(rows.getString(6), null, texts(db, "SELECT language, final_title FROM course_text WHERE course_id = ?", id),
                        all, rows.getInt(7), rows.getInt(8), rows.getInt(9), rows.getInt(10), rows.getBoolean(11), rows.getString(12));
                courses.add(new Course(id, rows.getString(2), rows.getInt(3), defaultLanguage,
                        List.of(rows.getString(5).split(",")), texts(db, "SELECT language, title FROM course_text WHERE course_id = ?", id),
                        modules, finalQuiz, rows.getBoolean(13), rows.getBoolean(14)));
            }
        }
        return courses;
    }

    private static List<Module> modules(Connection db, long course, String language) throws SQLException {
        List<Module> modules = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement("SELECT id, code, pass_mark, attempts, shuffle, quiz_draw, time_limit, "
                + "feedback FROM course_module WHERE course_id = ? AND retired = FALSE ORDER BY position")) {
            query.setLong(1, course);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    long id = rows.getLong(1);
                    List<Question> bank = questions(db, id, language);
                    Quiz quiz = bank.isEmpty() ? null : new Quiz(rows.getString(2), id,
                            texts(db, "SELECT language, quiz_title FROM course_module_text WHERE module_id = ?", id), bank,
                            rows.getInt(6), rows.getInt(3), rows.getInt(4), rows.getInt(7), rows.getBoolean(5), rows.getString(8));
                    modules.add(new Module(id, rows.getString(2), lessons(db, id), quiz));
                }
            }
        }
        return modules;
    }

    private static List<Lesson> lessons(Connection db, long module) throws SQLException {
        List<Lesson> lessons = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement("SELECT id, code, minutes, optional FROM lesson "
                + "WHERE module_id = ? AND retired = FALSE ORDER BY position")) {
            query.setLong(1, module);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    lessons.add(new Lesson(rows.getLong(1), rows.getString(2), module, rows.getInt(3), rows.getBoolean(4),
                            texts(db, "SELECT language, title FROM lesson_text WHERE lesson_id = ?", rows.getLong(1))));
                }
            }
        }
        return lessons;
    }

    private static List<Question> questions(Connection db, long module, String language) throws SQLException {
        List<Question> questions = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement("SELECT q.id, q.code, t.content FROM question q JOIN question_text t "
                + "ON t.question_id = q.id AND t.language = ? WHERE q.module_id = ? AND q.retired = FALSE ORDER BY q.position")) {
            query.setString(1, language);
            query.setLong(2, module);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    questions.add(new Question(rows.getLong(1), rows.getString(2), gift(rows.getString(3))));
                }
            }
        }
        return questions;
    }

    /** A question's stored content (JSON-B of {@link GiftQuestion}), read with JSON-P. */
    static GiftQuestion gift(String json) {
        JsonObject object = Json.createReader(new StringReader(json)).readObject();
        List<GiftAnswer> answers = new ArrayList<>();
        for (JsonValue value : object.getJsonArray("answers")) {
            JsonObject answer = value.asJsonObject();
            answers.add(new GiftAnswer(answer.getString("text", ""), answer.getString("match", null),
                    answer.containsKey("weight") ? answer.getJsonNumber("weight").doubleValue() : 0, null, null));
        }
        return new GiftQuestion(object.getString("id", ""), QuestionType.valueOf(object.getString("type")),
                object.getString("text", ""), answers, null, List.of(), 0);
    }

    private static Map<String, String> texts(Connection db, String sql, long id) throws SQLException {
        Map<String, String> texts = new LinkedHashMap<>();
        try (PreparedStatement query = db.prepareStatement(sql)) {
            query.setLong(1, id);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    texts.put(rows.getString(1), rows.getString(2));
                }
            }
        }
        return texts;
    }

    private static List<Long> ids(Connection db, String sql) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        return ids;
    }
}
