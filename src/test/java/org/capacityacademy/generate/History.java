package org.capacityacademy.generate;

import org.capacityacademy.assessment.control.Grader;
import org.capacityacademy.assessment.control.ResponseFormat;
import org.capacityacademy.courseformat.gift.GiftQuestion.GiftAnswer;
import org.capacityacademy.courseformat.gift.GiftQuestion;
import org.capacityacademy.courseformat.gift.QuestionType;
import org.capacityacademy.credential.control.VerificationCode;
import org.capacityacademy.generate.Catalogue.Course;
import org.capacityacademy.generate.Catalogue.Lesson;
import org.capacityacademy.generate.Catalogue.Module;
import org.capacityacademy.generate.Catalogue.Question;
import org.capacityacademy.generate.Catalogue.Quiz;
import org.capacityacademy.generate.People.Person;
import org.capacityacademy.tracking.boundary.LearningEvent.Activity;
import org.capacityacademy.tracking.boundary.LearningEvent.ActivityType;
import org.capacityacademy.tracking.boundary.LearningEvent.Result;
import org.capacityacademy.tracking.boundary.LearningEvent.Verb;
import org.capacityacademy.tracking.boundary.LearningEvent;
import org.capacityacademy.tracking.control.StatementJson;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The learners and everything they did, as the platform itself would have stored it: each
 * learner's enrolments, then per enrolment the lessons completed in order, each module's quiz
 * after its lessons, the final assessment (retried while attempts remain), the completion and its
 * record, and an xAPI statement for each of these events. The event budget is shared out as
 * enrolments go, so that few learners finish and many stop early, and the total is met.
 */
final class History implements AutoCloseable {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final Duration SPAN = Duration.ofDays(3 * 365);

    private final Connection db;
    private final DataGenerator.Settings settings;
    private final List<Course> courses;
    private final People people;
    private Random random;
    private final String passwordHash;
    private final StatementJson xapi;
    private final Instant since;
    private final Set<String> codes = new HashSet<>();
    private final Progress progress;

    private final Rows accounts;
    private final Rows roles;
    private final Rows enrolments;
    private final Rows completions;
    private final Rows attempts;
    private final Rows answers;
    private final Rows records;
    private final Rows statements;
    private final List<Rows> parentsFirst;

    private long nextAccount;
    private long nextEnrolment;
    private long nextAttempt;
    private long nextStatement;
    private long nextRecord;
    private long events;
    private volatile long commitNanos;
    /** Sends each chunk and commits it on a thread of its own, while the next chunk is generated. */
    private final ExecutorService writer = Executors.newSingleThreadExecutor();
    private Future<?> writing;

    History(Connection db, DataGenerator.Settings settings, List<Course> courses, People people, Progress progress,
            String passwordHash) throws SQLException {
        this.db = db;
        this.settings = settings;
        this.courses = courses;
        this.people = people;
        this.progress = progress;
        this.passwordHash = passwordHash;
        this.xapi = new StatementJson(settings.publicUrl());
        this.since = settings.until().minus(SPAN);
        if (progress.chunksDone() == 0 && !progress.has("nextAccount")) {
            // the first run: ids start 1,000 past those in use, and are kept for the runs that continue it
            progress.set("nextAccount", DataGenerator.single(db, "SELECT COALESCE(MAX(id), 0) FROM account") + 1000);
            progress.set("nextEnrolment", DataGenerator.single(db, "SELECT COALESCE(MAX(id), 0) FROM enrolment") + 1000);
            progress.set("nextAttempt", DataGenerator.single(db, "SELECT COALESCE(MAX(id), 0) FROM quiz_attempt") + 1000);
            progress.set("nextStatement", DataGenerator.single(db, "SELECT COALESCE(MAX(id), 0) FROM xapi_statement") + 1000);
            progress.set("nextRecord", DataGenerator.single(db, "SELECT COALESCE(MAX(id), 0) FROM completion_record") + 1000);
            progress.set("firstRecord", progress.get("nextRecord"));
        }
        nextAccount = progress.get("nextAccount");
        nextEnrolment = progress.get("nextEnrolment");
        nextAttempt = progress.get("nextAttempt");
        nextStatement = progress.get("nextStatement");
        nextRecord = progress.get("nextRecord");
        events = progress.get("events");
        // verification codes already given, so that a continued run draws the same new ones
        try (var statement = db.prepareStatement("SELECT code FROM completion_record WHERE id >= ?")) {
            statement.setLong(1, progress.get("firstRecord"));
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    codes.add(rows.getString(1));
                }
            }
        }
        accounts = new Rows(db, "account", "id", "email", "password_hash", "full_name", "country_code", "organisation",
                "organisation_type", "job_title", "preferred_language", "gender", "password_change_required", "active",
                "created_at", "version");
        roles = new Rows(db, "account_role", "account_id", "role");
        enrolments = new Rows(db, "enrolment", "id", "account_id", "course_id", "active", "enrolled_at", "unenrolled_at",
                "last_lesson_id", "last_activity_at", "version", "final_passed_at", "completed_at");
        completions = new Rows(db, "lesson_completion", "enrolment_id", "lesson_id", "completed_at");
        attempts = new Rows(db, "quiz_attempt", "id", "public_id", "account_id", "course_id", "quiz_code", "module_id",
                "attempt_number", "state", "language", "started_at", "deadline", "submitted_at", "submitted_by", "quiz_draw",
                "pass_mark", "attempts", "time_limit", "shuffle", "feedback", "score", "passed", "version");
        answers = new Rows(db, "attempt_question", "attempt_id", "position", "question_id", "option_order", "match_order",
                "response", "answered_at", "score");
        records = new Rows(db, "completion_record", "id", "public_id", "code", "account_id", "course_id", "issue_number",
                "language", "learner_name", "country_code", "region", "sub_region", "developing", "ldc", "lldc", "sids",
                "organisation", "organisation_type", "course_code", "course_version", "course_language", "course_title",
                "completed_at", "issued_at", "final_score", "learning_minutes", "version");
        statements = new Rows(db, "xapi_statement", "id", "statement_id", "account_id", "verb_id", "activity_id",
                "parent_activity_id", "registration", "occurred_at", "stored_at", "statement_json");
        parentsFirst = List.of(accounts, roles, enrolments, completions, attempts, answers, records, statements);
        for (Map.Entry<String, Rows> table : tables().entrySet()) {
            table.getValue().continueFrom(progress.get(table.getKey()));
        }
    }

    private Map<String, Rows> tables() {
        Map<String, Rows> tables = new LinkedHashMap<>();
        tables.put("account", accounts);
        tables.put("enrolment", enrolments);
        tables.put("lesson_completion", completions);
        tables.put("quiz_attempt", attempts);
        tables.put("attempt_question", answers);
        tables.put("completion_record", records);
        tables.put("xapi_statement", statements);
        return tables;
    }

    /**
     * Writes the learners chunk by chunk from where the last run stopped, each chunk (its learners and
     * everything they did, and how far the run got) in one transaction. Each chunk draws from a
     * random of its own, seeded from the seed and its number, so a run continued after a stop
     * writes what an uninterrupted one would have.
     */
    Map<String, Long> write() throws SQLException {
        int chunks = (settings.learners() + settings.chunk() - 1) / settings.chunk();
        long started = System.nanoTime();
        int first = progress.chunksDone();
        for (int chunk = first; chunk < chunks; chunk++) {
            if (settings.stopAfter() > 0 && chunk - first == settings.stopAfter()) {
                awaitWriting();
                return Map.of("stopped", (long) chunk);
            }
            random = new Random(settings.seed() * 1_000_003L + chunk);
            int end = Math.min(settings.learners(), (chunk + 1) * settings.chunk());
            for (int learner = chunk * settings.chunk(); learner < end; learner++) {
                long enrolmentsLeft = settings.enrolments() - enrolments.written();
                int learnersLeft = settings.learners() - learner;
                learner(learner, enrolmentCount(enrolmentsLeft, learnersLeft));
            }
            Map<String, Long> amounts = new LinkedHashMap<>();
            amounts.put("nextAccount", nextAccount);
            amounts.put("nextEnrolment", nextEnrolment);
            amounts.put("nextAttempt", nextAttempt);
            amounts.put("nextStatement", nextStatement);
            amounts.put("nextRecord", nextRecord);
            amounts.put("events", events);
            tables().forEach((table, rows) -> amounts.put(table, rows.written()));
            Map<Rows, List<Object[]>> batches = new LinkedHashMap<>();
            for (Rows rows : parentsFirst) {
                batches.put(rows, rows.take());
            }
            awaitWriting();
            int done = chunk + 1;
            String report = end % 10_000 < settings.chunk() || end == settings.learners()
                    ? String.format("  %,d learners, %,d enrolments, %,d events", end, enrolments.written(), events) : null;
            // the writer sends this chunk and commits it while the next one is generated
            writing = writer.submit(() -> {
                for (Map.Entry<Rows, List<Object[]>> batch : batches.entrySet()) {
                    batch.getKey().send(batch.getValue());
                }
                amounts.forEach(progress::set);
                progress.chunkDone(db, done);
                long committing = System.nanoTime();
                db.commit();
                commitNanos += System.nanoTime() - committing;
                if (report != null) {
                    System.out.printf("%s (%d s; sending %s, committing %d s)%n", report,
                            (System.nanoTime() - started) / 1_000_000_000L,
                            tables().entrySet().stream().map(t -> t.getKey() + " " + t.getValue().seconds() + " s")
                                    .collect(Collectors.joining(", ")), commitNanos / 1_000_000_000L);
                }
                return null;
            });
        }
        awaitWriting();
        Map<String, Long> written = new LinkedHashMap<>();
        tables().forEach((table, rows) -> written.put(table, rows.written()));
        written.put("events", events);
        written.put("courses", (long) courses.size());
        return written;
    }

    /** Around the mean still needed, more often one course than many; never more than there are courses. */
    private int enrolmentCount(long left, int learnersLeft) {
        int most = courses.size();
        if (learnersLeft == 1) {
            return (int) Math.min(most, left);
        }
        double mean = (double) left / learnersLeft;
        double p = Math.min(1, Math.max(0, (mean - 1) / Math.max(1, most - 1)));
        int count = 1;
        for (int i = 1; i < most; i++) {
            if (random.nextDouble() < p) {
                count++;
            }
        }
        long restMost = (long) (learnersLeft - 1) * most;
        return (int) Math.max(Math.max(1, left - restMost), Math.min(count, left - (learnersLeft - 1)));
    }

    private void learner(int number, int enrolmentCount) throws SQLException {
        long account = nextAccount++;
        Person person = people.person(random, account);
        double u = random.nextDouble();
        // more learners in later years: the programme grows
        Instant joined = since.plusSeconds((long) (SPAN.toSeconds() * Math.sqrt(u) * 0.97));
        accounts.add(account, person.email(), passwordHash, person.name(), person.country().code(), person.organisation(),
                person.type().name(), person.jobTitle(), person.language(), person.gender() == null ? null : person.gender().name(),
                false, true, joined, 0L);
        roles.add(account, "LEARNER");
        double ability = 0.45 + random.nextDouble() * 0.5;
        for (Course course : chooseCourses(enrolmentCount)) {
            Instant enrolled = joined.plus(Duration.ofMinutes(5 + (long) (random.nextDouble() * random.nextDouble() * 200 * 24 * 60)));
            if (enrolled.isAfter(settings.until())) {
                enrolled = settings.until().minus(Duration.ofHours(1 + random.nextInt(48)));
            }
            enrolment(account, person, course, enrolled, ability);
        }
    }

    private List<Course> chooseCourses(int count) {
        List<Course> left = new ArrayList<>(courses);
        List<Course> chosen = new ArrayList<>();
        while (chosen.size() < count) {
            double[] weights = left.stream().mapToDouble(c -> c.code().matches(".*-s\\d+") ? 1 : 3).toArray();
            chosen.add(left.remove(People.weighted(random, weights)));
        }
        return chosen;
    }

    /** One enrolment and what the learner did in it, within the share of the event budget it gets. */
    private void enrolment(long account, Person person, Course course, Instant enrolled, double ability) throws SQLException {
        long id = nextEnrolment++;
        long enrolmentsLeft = settings.enrolments() - enrolments.written();
        long budget = budget(course, enrolmentsLeft);
        String language = course.languageFor(person.language());
        Activity courseActivity = new Activity(ActivityType.COURSE, Activity.coursePath(course.code()), course.titles(), null);
        statement(account, person, language, Verb.REGISTERED, courseActivity, null, null, enrolled);

        Instant t = enrolled;
        Lesson lastLesson = null;
        Instant lastActivity = enrolled;
        int used = 0;
        boolean stopped = false;
        Set<Long> done = new HashSet<>();
        for (Module module : course.modules()) {
            for (Lesson lesson : module.lessons()) {
                t = next(t, lesson.minutes());
                if (used >= budget || t.isAfter(settings.until())) {
                    stopped = true;
                    break;
                }
                completions.add(id, lesson.id(), t);
                statement(account, person, language, Verb.COMPLETED, new Activity(ActivityType.LESSON,
                        Activity.lessonPath(course.code(), lesson.code()), lesson.titles(), null), courseActivity,
                        Result.completed(), t);
                done.add(lesson.id());
                used++;
                lastLesson = lesson;
                lastActivity = t;
            }
            if (stopped) {
                break;
            }
            if (module.quiz() != null && used < budget) {
                Taken taken = attempt(account, person, course, courseActivity, module.quiz(), 1, t, (int) (budget - used), ability);
                if (taken != null) {
                    used += taken.answered();
                    t = taken.end();
                    lastActivity = t;
                }
            }
        }
        Instant finalPassed = null;
        BigDecimal best = null;
        boolean lessonsDone = course.modules().stream().flatMap(m -> m.lessons().stream())
                .allMatch(l -> l.optional() || done.contains(l.id()));
        Quiz last = course.finalQuiz();
        if (course.finalRequired() && lessonsDone && !last.bank().isEmpty()) {
            int allowed = last.attempts() == 0 ? 3 : last.attempts();
            double skill = ability;
            for (int number = 1; number <= allowed && finalPassed == null; number++) {
                int draw = last.draw() == 0 ? last.bank().size() : Math.min(last.draw(), last.bank().size());
                if (budget - used < draw) {
                    break;
                }
                Taken taken = attempt(account, person, course, courseActivity, last, number, next(t, 30), draw, skill);
                if (taken == null) {
                    break;
                }
                used += taken.answered();
                t = taken.end();
                lastActivity = t;
                best = best == null || taken.score().compareTo(best) > 0 ? taken.score() : best;
                if (taken.passed()) {
                    finalPassed = t;
                }
                skill = Math.min(0.99, skill + 0.1);
                t = t.plus(Duration.ofDays(1 + random.nextInt(10)));
            }
        }
        events += used;
        Instant completed = null;
        if (lessonsDone && (!course.finalRequired() || finalPassed != null) && (course.lessonsRequired() || finalPassed != null)) {
            completed = finalPassed != null && finalPassed.isAfter(lastActivity) ? finalPassed : lastActivity;
            statement(account, person, language, Verb.COMPLETED, courseActivity, null, Result.completed(), completed);
            if (settings.records()) {
                record(account, person, course, language, completed, best);
            }
        }
        boolean left = completed == null && random.nextDouble() < 0.06;
        enrolments.add(id, account, course.id(), !left, enrolled, left ? lastActivity.plus(Duration.ofDays(1)) : null,
                lastLesson == null ? null : lastLesson.id(), lastActivity, 0L, finalPassed, completed);
    }

    /**
     * The events this enrolment may use: a whole course for some (as many as the mean still needed
     * allows), a few lessons or none for the others; recomputed as enrolments go, so the total is met.
     */
    private long budget(Course course, long enrolmentsLeft) {
        long full = course.modules().stream().mapToLong(m -> m.lessons().size() + (m.quiz() == null ? 0
                : (m.quiz().draw() == 0 ? m.quiz().bank().size() : Math.min(m.quiz().draw(), m.quiz().bank().size()))))
                .sum() + (long) Math.min(course.finalQuiz().draw() == 0 ? course.finalQuiz().bank().size() : course.finalQuiz().draw(),
                course.finalQuiz().bank().size()) * 2;
        double mean = (double) Math.max(0, settings.events() - events) / Math.max(1, enrolmentsLeft);
        if (enrolmentsLeft <= 1) {
            return (long) Math.max(0, settings.events() - events);
        }
        double finishing = Math.min(0.6, 0.5 * mean / full);
        if (random.nextDouble() < finishing) {
            return full;
        }
        double partialMean = Math.max(0, (mean - finishing * full) / (1 - finishing));
        return Math.min(full - 1, Math.round(random.nextDouble() * 2 * partialMean));
    }

    private record Taken(int answered, Instant end, BigDecimal score, boolean passed) {
    }

    /**
     * One attempt at a quiz: its questions drawn and shown as the platform does, the first
     * {@code allowance} of them answered (right with the learner's ability), submitted and graded
     * when all are answered, else left open. A timed quiz is only started when it can be finished.
     */
    private Taken attempt(long account, Person person, Course course, Activity courseActivity, Quiz quiz, int number,
                          Instant start, int allowance, double ability) throws SQLException {
        List<Question> drawn = draw(quiz);
        boolean complete = allowance >= drawn.size();
        if (drawn.isEmpty() || (!complete && quiz.timeLimit() > 0) || start.isAfter(settings.until())) {
            return null;
        }
        long id = nextAttempt++;
        UUID publicId = uuid();
        String language = course.languageFor(person.language());
        Activity quizActivity = new Activity(ActivityType.ASSESSMENT, Activity.quizPath(course.code(), quiz.code()),
                quiz.titles(), null);
        statement(account, person, language, Verb.ATTEMPTED, quizActivity, courseActivity,
                new Result(null, null, null, null, null, null, null, null, publicId), start);
        Instant t = start;
        BigDecimal total = BigDecimal.ZERO;
        int answered = 0;
        for (int position = 0; position < drawn.size(); position++) {
            Question question = drawn.get(position);
            GiftQuestion content = question.content();
            List<Integer> options = order(Grader.optionsShown(content.type(), content.answers().size()), quiz.shuffle());
            List<Integer> matches = content.type() == QuestionType.MATCHING ? order(content.answers().size(), true) : List.of();
            String response = null;
            BigDecimal score = null;
            Instant answeredAt = null;
            Instant when = t.plusSeconds(15 + random.nextInt(120));
            if (position < allowance && when.isAfter(settings.until())) {
                allowance = position; // the data ends here: the attempt stays open, as a learner would leave it
                complete = false;
            }
            if (position < allowance) {
                t = when;
                response = response(content, options, matches, random.nextDouble() < ability);
                score = Grader.score(content, options, matches, response);
                answeredAt = t;
                answered++;
                statement(account, person, language, Verb.ANSWERED, new Activity(ActivityType.QUESTION,
                                Activity.questionPath(course.code(), question.code()), Map.of(course.defaultLanguage(), content.text()),
                                interactionType(content.type())),
                        new Activity(ActivityType.COURSE, Activity.coursePath(course.code()), Map.of(), null),
                        new Result(score, null, null, null, score.compareTo(BigDecimal.ONE) == 0, null, null,
                                xapiResponse(content.type(), response, options, matches), publicId), t);
            }
            if (complete) {
                score = score == null ? BigDecimal.ZERO.setScale(4) : score;
                total = total.add(score);
            }
            answers.add(id, position, question.id(), join(options), join(matches), response, answeredAt, score);
        }
        Instant submitted = null;
        BigDecimal percent = null;
        Boolean passed = null;
        if (complete) {
            submitted = t.plusSeconds(5 + random.nextInt(60));
            percent = total.multiply(HUNDRED).divide(BigDecimal.valueOf(drawn.size()), 2, RoundingMode.HALF_UP);
            passed = percent.compareTo(BigDecimal.valueOf(quiz.passMark())) >= 0;
            statement(account, person, language, passed ? Verb.PASSED : Verb.FAILED, quizActivity, courseActivity,
                    new Result(percent.divide(HUNDRED, 4, RoundingMode.HALF_UP), percent, BigDecimal.ZERO, HUNDRED, passed, true,
                            Duration.between(start, submitted), null, publicId), submitted);
        }
        attempts.add(id, publicId.toString(), account, course.id(), quiz.code(), quiz.moduleId(), number,
                complete ? "SUBMITTED" : "OPEN", language, start,
                quiz.timeLimit() > 0 ? start.plus(Duration.ofMinutes(quiz.timeLimit())) : null, submitted,
                complete ? "LEARNER" : null, quiz.draw(), quiz.passMark(), quiz.attempts(), quiz.timeLimit(), quiz.shuffle(),
                quiz.feedback(), percent, passed, 0L);
        return new Taken(answered, submitted == null ? t : submitted, percent, Boolean.TRUE.equals(passed));
    }

    private List<Question> draw(Quiz quiz) {
        List<Integer> indexes = new ArrayList<>(IntStream.range(0, quiz.bank().size()).boxed().toList());
        Collections.shuffle(indexes, random);
        int count = quiz.draw() == 0 ? indexes.size() : Math.min(quiz.draw(), indexes.size());
        List<Integer> chosen = new ArrayList<>(indexes.subList(0, count));
        if (!quiz.shuffle()) {
            Collections.sort(chosen);
        }
        return chosen.stream().map(quiz.bank()::get).toList();
    }

    private List<Integer> order(int count, boolean shuffle) {
        List<Integer> order = new ArrayList<>(IntStream.range(0, count).boxed().toList());
        if (shuffle) {
            Collections.shuffle(order, random);
        }
        return order;
    }

    /** A response in the platform's format (places as shown), right or wrong. */
    private String response(GiftQuestion content, List<Integer> options, List<Integer> matches, boolean right) {
        List<GiftAnswer> all = content.answers();
        return switch (content.type()) {
            case SINGLE_CHOICE -> {
                List<Integer> wanted = IntStream.range(0, options.size())
                        .filter(shown -> (all.get(options.get(shown)).weight() >= 100) == right).boxed().toList();
                yield String.valueOf(wanted.isEmpty() ? random.nextInt(options.size()) : wanted.get(random.nextInt(wanted.size())));
            }
            case MULTIPLE_CHOICE -> {
                List<Integer> chosen = IntStream.range(0, options.size())
                        .filter(shown -> right ? all.get(options.get(shown)).weight() > 0 : random.nextBoolean()).boxed().toList();
                yield chosen.stream().map(String::valueOf).collect(Collectors.joining(","));
            }
            case TRUE_FALSE -> {
                boolean truth = Boolean.parseBoolean(all.get(0).text());
                yield String.valueOf(right == truth);
            }
            case MATCHING -> {
                List<String> pairs = new ArrayList<>();
                for (int shown = 0; shown < options.size(); shown++) {
                    int left = options.get(shown);
                    int choice = random.nextInt(matches.size());
                    if (right) {
                        for (int candidate = 0; candidate < matches.size(); candidate++) {
                            if (Grader.pairsRight(all, left, matches.get(candidate))) {
                                choice = candidate;
                                break;
                            }
                        }
                    }
                    pairs.add(String.valueOf(choice));
                }
                yield String.join(",", pairs);
            }
            case SHORT_ANSWER -> right ? all.stream().filter(a -> a.weight() > 0).findFirst().map(GiftAnswer::text).orElse("?")
                    : "je ne sais pas";
        };
    }

    private static String interactionType(QuestionType type) {
        return switch (type) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> "choice";
            case TRUE_FALSE -> "true-false";
            case MATCHING -> "matching";
            case SHORT_ANSWER -> "fill-in";
        };
    }

    /** As the platform sends it to xAPI: the bank's options, not their shown places. */
    private static String xapiResponse(QuestionType type, String response, List<Integer> options, List<Integer> matches) {
        return switch (type) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> ResponseFormat.choices(response).stream().map(i -> "option-" + options.get(i))
                    .collect(Collectors.joining("[,]"));
            case MATCHING -> {
                List<Integer> chosen = ResponseFormat.choices(response);
                List<String> pairs = new ArrayList<>();
                for (int i = 0; i < chosen.size(); i++) {
                    if (chosen.get(i) >= 0) {
                        pairs.add("source-" + options.get(i) + "[.]target-" + matches.get(chosen.get(i)));
                    }
                }
                yield String.join("[,]", pairs);
            }
            default -> response;
        };
    }

    private void record(long account, Person person, Course course, String courseLanguage, Instant completed,
                        BigDecimal score) throws SQLException {
        People.Country country = person.country();
        records.add(nextRecord++, uuid().toString(), code(), account, course.id(), 1, person.language(), person.name(),
                country.code(), country.region(), country.subRegion(), country.developing(), country.ldc(), country.lldc(),
                country.sids(), person.organisation(), person.type().name(), course.code(), course.version(), courseLanguage,
                course.titles().get(courseLanguage), completed, completed.plusSeconds(1), score, course.minutes(), 0L);
    }

    /** A unique verification code from the seeded random, its check character chosen to fit. */
    private String code() {
        String alphabet = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
        while (true) {
            StringBuilder payload = new StringBuilder();
            for (int i = 0; i < 9; i++) {
                payload.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            for (char check : alphabet.toCharArray()) {
                String code = payload.toString() + check;
                if (VerificationCode.isWellFormed(code) && codes.add(code)) {
                    return code;
                }
            }
        }
    }

    private void statement(long account, Person person, String language, Verb verb, Activity activity, Activity course,
                           Result result, Instant at) throws SQLException {
        Instant timestamp = at.truncatedTo(ChronoUnit.MILLIS);
        Instant stored = timestamp.plusMillis(20 + random.nextInt(400));
        UUID id = uuid();
        String json = xapi.statement(id, new LearningEvent(account, verb, activity, course, result, timestamp), person.name(),
                language).toString();
        statements.add(nextStatement++, id.toString(), account, verb.iri(), xapi.activityId(activity),
                course == null ? null : xapi.activityId(course),
                result == null || result.attempt() == null ? null : result.attempt().toString(), timestamp, stored, json);
    }

    /** The next moment of study: the lesson's time, and now and then a pause of days. */
    private Instant next(Instant t, int minutes) {
        Instant later = t.plus(Duration.ofMinutes(Math.max(1, (long) (minutes * (0.6 + random.nextDouble())))));
        return random.nextDouble() < 0.3 ? later.plus(Duration.ofHours(12 + random.nextInt(14 * 24))) : later;
    }

    /** A version 4 UUID from the seeded random, so that the same seed gives the same data. */
    private UUID uuid() {
        long most = (random.nextLong() & ~0xF000L) | 0x4000L;
        long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(most, least);
    }

    private static String join(List<Integer> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    /** Waits until the writer has committed the chunk it was given; its failure is this thread's. */
    private void awaitWriting() throws SQLException {
        if (writing == null) {
            return;
        }
        try {
            writing.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("Interrupted while the chunk was written", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof SQLException sql ? sql : new SQLException(e.getCause());
        } finally {
            writing = null;
        }
    }

    @Override
    public void close() throws SQLException {
        writer.shutdownNow();
        for (Rows rows : parentsFirst) {
            rows.close();
        }
    }
}
