package org.capacityacademy.generate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * A day of new activity on a generated database, for timing the reports' refresh: learners who
 * have not finished a course each complete the next one to three lessons of it on that day, and
 * about a third of them then start the module's quiz (the attempt left open), written as the
 * platform's entities would write them (the enrolment's progress, version and change time moved
 * on; the change time is the clock's, as on the server). No xAPI statements: the reports do not
 * read them. One transaction; seeded by the run's seed and the day.
 */
final class OneMoreDay {

    private OneMoreDay() {
    }

    /** @return the lessons completed and the attempts started */
    static Map<String, Long> write(Connection db, long seed, LocalDate day, int learners) throws SQLException {
        Random random = new Random(seed * 31 + day.toEpochDay());
        Map<Long, Catalogue.Course> courses = new HashMap<>();
        for (Catalogue.Course course : Catalogue.read(db)) {
            courses.put(course.id(), course);
        }
        // open enrolments, one per learner, chosen at random
        List<long[]> open = new ArrayList<>();
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(
                "SELECT id, account_id, course_id FROM enrolment WHERE active = TRUE AND completed_at IS NULL ORDER BY id")) {
            while (rows.next()) {
                open.add(new long[] {rows.getLong(1), rows.getLong(2), rows.getLong(3)});
            }
        }
        java.util.Collections.shuffle(open, random);
        Set<Long> accounts = new HashSet<>();
        List<long[]> chosen = new ArrayList<>();
        for (long[] enrolment : open) {
            if (chosen.size() < learners && courses.containsKey(enrolment[2]) && accounts.add(enrolment[1])) {
                chosen.add(enrolment);
            }
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        long lessons = 0;
        long attempts = 0;
        long nextAttempt = DataGenerator.single(db, "SELECT COALESCE(MAX(id), 0) FROM quiz_attempt") + 1000;
        try (PreparedStatement done = db.prepareStatement("SELECT lesson_id FROM lesson_completion WHERE enrolment_id = ?");
             PreparedStatement lesson = db.prepareStatement(
                     "INSERT INTO lesson_completion (enrolment_id, lesson_id, completed_at) VALUES (?, ?, ?)");
             PreparedStatement progress = db.prepareStatement("UPDATE enrolment SET last_lesson_id = ?, last_activity_at = ?,"
                     + " version = version + 1, changed_at = ? WHERE id = ?");
             PreparedStatement number = db.prepareStatement("SELECT COALESCE(MAX(attempt_number), 0) + 1 FROM quiz_attempt"
                     + " WHERE account_id = ? AND course_id = ? AND quiz_code = ?");
             PreparedStatement attempt = db.prepareStatement("INSERT INTO quiz_attempt (id, public_id, account_id, course_id,"
                     + " quiz_code, module_id, attempt_number, state, language, started_at, deadline, quiz_draw, pass_mark, attempts,"
                     + " time_limit, shuffle, feedback, version, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)")) {
            for (long[] enrolment : chosen) {
                Catalogue.Course course = courses.get(enrolment[2]);
                Set<Long> completed = new HashSet<>();
                done.setLong(1, enrolment[0]);
                try (ResultSet rows = done.executeQuery()) {
                    while (rows.next()) {
                        completed.add(rows.getLong(1));
                    }
                }
                Instant t = day.atStartOfDay(ZoneOffset.UTC).toInstant().plusSeconds(6 * 3600 + random.nextInt(12 * 3600));
                int wanted = 1 + random.nextInt(3);
                Catalogue.Lesson last = null;
                Catalogue.Module module = null;
                for (Catalogue.Module m : course.modules()) {
                    for (Catalogue.Lesson l : m.lessons()) {
                        if (wanted > 0 && !completed.contains(l.id())) {
                            t = t.plusSeconds(60L * Math.max(1, l.minutes()));
                            lesson.setLong(1, enrolment[0]);
                            lesson.setLong(2, l.id());
                            lesson.setObject(3, t.atOffset(ZoneOffset.UTC));
                            lesson.addBatch();
                            lessons++;
                            wanted--;
                            last = l;
                            module = m;
                        }
                    }
                }
                if (last == null) {
                    continue;
                }
                progress.setLong(1, last.id());
                progress.setObject(2, t.atOffset(ZoneOffset.UTC));
                progress.setObject(3, now);
                progress.setLong(4, enrolment[0]);
                progress.addBatch();
                Catalogue.Quiz quiz = module.quiz();
                if (quiz != null && random.nextInt(3) == 0) {
                    number.setLong(1, enrolment[1]);
                    number.setLong(2, course.id());
                    number.setString(3, quiz.code());
                    int next;
                    try (ResultSet rows = number.executeQuery()) {
                        rows.next();
                        next = rows.getInt(1);
                    }
                    int i = 0;
                    attempt.setLong(++i, nextAttempt++);
                    attempt.setString(++i, new UUID(random.nextLong(), random.nextLong()).toString());
                    attempt.setLong(++i, enrolment[1]);
                    attempt.setLong(++i, course.id());
                    attempt.setString(++i, quiz.code());
                    attempt.setObject(++i, quiz.moduleId());
                    attempt.setInt(++i, next);
                    attempt.setString(++i, course.defaultLanguage());
                    Instant started = t.plusSeconds(120);
                    attempt.setObject(++i, started.atOffset(ZoneOffset.UTC));
                    attempt.setObject(++i, quiz.timeLimit() > 0 ? started.plusSeconds(60L * quiz.timeLimit()).atOffset(ZoneOffset.UTC) : null);
                    attempt.setInt(++i, quiz.draw());
                    attempt.setInt(++i, quiz.passMark());
                    attempt.setInt(++i, quiz.attempts());
                    attempt.setInt(++i, quiz.timeLimit());
                    attempt.setBoolean(++i, quiz.shuffle());
                    attempt.setString(++i, quiz.feedback());
                    attempt.setObject(++i, now);
                    attempt.addBatch();
                    attempts++;
                }
            }
            lesson.executeBatch();
            progress.executeBatch();
            attempt.executeBatch();
        }
        Catalogue.restartSequence(db, "attempt_seq", DataGenerator.single(db, "SELECT COALESCE(MAX(id), 0) FROM quiz_attempt"));
        db.commit();
        return Map.of("learners", (long) chosen.size(), "lesson_completion", lessons, "quiz_attempt", attempts);
    }
}
