package org.capacityacademy.tracking;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.transaction.UserTransaction;
import org.capacityacademy.TestAccounts;
import org.capacityacademy.account.boundary.AccountService;
import org.capacityacademy.catalog.boundary.Catalog;
import org.capacityacademy.catalog.boundary.CatalogViews.CourseOutline;
import org.capacityacademy.catalog.boundary.CatalogViews.LessonLink;
import org.capacityacademy.learning.boundary.Learning;
import org.capacityacademy.tracking.boundary.LearningEvent;
import org.capacityacademy.tracking.boundary.LearningEvent.Activity;
import org.capacityacademy.tracking.boundary.LearningEvent.ActivityType;
import org.capacityacademy.tracking.boundary.LearningEvent.Result;
import org.capacityacademy.tracking.boundary.LearningEvent.Verb;
import org.capacityacademy.tracking.boundary.Statements;
import org.capacityacademy.tracking.boundary.Statements.StatementPage;
import org.capacityacademy.tracking.control.Cursor;
import org.capacityacademy.tracking.control.StatementQuery;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Learning events kept as statements in the learner's transaction, and read back by the xAPI filters, a page at a time. */
@ExtendWith(ArquillianExtension.class)
class TrackingIT {

    static final String HOME = "http://localhost:8080";
    static final String ACTIVITIES = HOME + "/xapi/activities/";

    @Inject
    AccountService accounts;

    @Inject
    Catalog catalog;

    @Inject
    Learning learning;

    @Inject
    Statements statements;

    @Inject
    Event<LearningEvent> events;

    @Inject
    UserTransaction transaction;

    static StatementQuery query(String... pairs) {
        Map<String, List<String>> parameters = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            parameters.put(pairs[i], List.of(pairs[i + 1]));
        }
        return StatementQuery.parse(parameters, HOME);
    }

    static String agent(long accountId) {
        return "{\"account\":{\"homePage\":\"" + HOME + "\",\"name\":\"" + accountId + "\"}}";
    }

    static JsonObject json(String statement) {
        return Json.createReader(new StringReader(statement)).readObject();
    }

    @Test
    void learnerEnrollingOpeningAndCompletingALessonLeavesFourStatements() {
        String email = TestAccounts.uniqueEmail("tracked");
        long account = accounts.register(email, TestAccounts.PASSWORD, TestAccounts.profile("Lina Haddad")).getId();
        CourseOutline course = catalog.course("gge-2013", "en").orElseThrow();
        LessonLink lesson = course.modules().get(0).lessons().get(0);
        learning.enrol(email, course.card().id());
        learning.visit(email, course.card().id(), lesson.id());
        learning.complete(email, course.card().id(), lesson.id());
        learning.complete(email, course.card().id(), lesson.id());

        List<String> mine = statements.find(query("agent", agent(account))).statements();
        assertEquals(List.of("completed", "launched", "launched", "registered"), mine.stream()
                .map(s -> json(s).getJsonObject("verb").getJsonObject("display").getString("en-US")).toList(),
                "newest first; the course and the lesson launched; completing twice is one completion");
        JsonObject completed = json(mine.get(0));
        String lessonId = ACTIVITIES + "course/gge-2013/lesson/" + lesson.code();
        assertEquals(lessonId, completed.getJsonObject("object").getString("id"));
        assertEquals(lesson.title(), completed.getJsonObject("object").getJsonObject("definition").getJsonObject("name").getString("en"));
        assertTrue(completed.getJsonObject("object").getJsonObject("definition").getJsonObject("name").containsKey("zh"));
        assertEquals("Lina Haddad", completed.getJsonObject("actor").getString("name"));
        assertTrue(completed.getJsonObject("result").getBoolean("completion"));
        assertEquals(ACTIVITIES + "course/gge-2013", completed.getJsonObject("context").getJsonObject("contextActivities")
                .getJsonArray("parent").getJsonObject(0).getString("id"));

        String courseId = ACTIVITIES + "course/gge-2013";
        String me = agent(account);
        assertEquals(1, statements.find(query("agent", me, "verb", Verb.COMPLETED.iri())).statements().size());
        assertEquals(2, statements.find(query("agent", me, "activity", lessonId)).statements().size());
        assertEquals(2, statements.find(query("agent", me, "activity", courseId)).statements().size(),
                "registered, and launched when the study session began");
        assertEquals(4, statements.find(query("agent", me, "activity", courseId, "related_activities", "true")).statements().size());
        Instant oldest = Instant.parse(json(mine.get(mine.size() - 1)).getString("stored"));
        assertEquals(mine.stream().filter(s -> Instant.parse(json(s).getString("stored")).isAfter(oldest)).toList(),
                statements.find(query("agent", me, "since", oldest.toString())).statements(), "since is exclusive");
        assertEquals(mine.stream().filter(s -> !Instant.parse(json(s).getString("stored")).isAfter(oldest)).toList(),
                statements.find(query("agent", me, "until", oldest.toString())).statements(), "until is inclusive");
        assertEquals(4, statements.historyOf(email, 0, 10).size());
        assertEquals(statements.find(java.util.UUID.fromString(completed.getString("id"))).statement().orElseThrow(), mine.get(0));
    }

    @Test
    void pagesFollowOneAnotherWithoutGapsOrRepeatsInBothDirections() {
        String email = TestAccounts.uniqueEmail("pages");
        long account = accounts.register(email, TestAccounts.PASSWORD, TestAccounts.profile("Page Turner")).getId();
        Activity course = new Activity(ActivityType.COURSE, Activity.coursePath("gge-2013"), Map.of("en", "GGE"), null);
        for (int i = 0; i < 5; i++) {
            events.fire(new LearningEvent(account, Verb.LAUNCHED, course, null, null, Instant.now()));
        }
        List<String> all = statements.find(query("agent", agent(account))).statements();
        assertEquals(5, all.size());
        for (String ascending : new String[] {"false", "true"}) {
            List<String> paged = new ArrayList<>();
            Cursor cursor = null;
            do {
                StatementPage page = statements.find(cursor == null ? query("agent", agent(account), "limit", "2", "ascending", ascending)
                        : query("agent", agent(account), "limit", "2", "ascending", ascending, "cursor", cursor.encode()));
                assertTrue(page.statements().size() <= 2);
                paged.addAll(page.statements());
                cursor = page.next();
            } while (cursor != null);
            List<String> expected = new ArrayList<>(all);
            if (ascending.equals("true")) {
                java.util.Collections.reverse(expected);
            }
            assertEquals(expected, paged, "ascending=" + ascending);
        }
    }

    @Test
    void answerInAnAttemptIsFoundByItsRegistrationAndRollsBackWithTheAnswer() throws Exception {
        long account = accounts.register(TestAccounts.uniqueEmail("answer"), TestAccounts.PASSWORD,
                TestAccounts.profile("Wei Zhang")).getId();
        Activity course = new Activity(ActivityType.COURSE, Activity.coursePath("gge-2013"), Map.of("en", "GGE"), null);
        Activity question = new Activity(ActivityType.QUESTION, Activity.questionPath("gge-2013", "q-1"),
                Map.of("en", "Which?", "zh", "哪个？"), "choice");
        UUID attempt = UUID.randomUUID();
        Result right = new Result(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.ONE, true, true,
                Duration.ofSeconds(12), "b", attempt);

        transaction.begin();
        events.fire(new LearningEvent(account, Verb.ANSWERED, question, course, right, Instant.now()));
        transaction.rollback();
        assertTrue(statements.find(query("registration", attempt.toString())).statements().isEmpty(),
                "no statement without the change that caused it");

        transaction.begin();
        events.fire(new LearningEvent(account, Verb.ANSWERED, question, course, right, Instant.now()));
        transaction.commit();
        List<String> found = statements.find(query("registration", attempt.toString())).statements();
        assertEquals(1, found.size());
        JsonObject result = json(found.get(0)).getJsonObject("result");
        assertEquals("PT12S", result.getString("duration"));
        assertEquals(1, result.getJsonObject("score").getInt("scaled"));
        assertNull(statements.find(query("registration", UUID.randomUUID().toString())).next());
        assertNotNull(json(found.get(0)).getJsonObject("context").getString("registration"));
    }
}
