package org.capacityacademy.browser;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.capacityacademy.browser.XapiStatementsIT.encode;
import static org.capacityacademy.browser.XapiStatementsIT.json;
import static org.capacityacademy.browser.XapiStatementsIT.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Saving answers as the attempt page does, through the quick path ({@code AnswerSaving}, group
 * commits) and whatever it leaves to the REST resource: many learners at once each get every
 * answer confirmed and have exactly one "answered" statement per confirmed answer; what is not
 * theirs, malformed, out of range or too late is refused with the resource's status and reason,
 * in the learner's language.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AnswerSavingIT {

    static final int LEARNERS = 12;
    static final int ANSWERS = 15;
    static final String ANSWERED = "http://adlnet.gov/expapi/verbs/answered";

    @ArquillianResource
    URL base;

    @Test
    void learnersAnsweringAtOnceHaveEveryConfirmedAnswerKeptWithOneStatementEach() throws Exception {
        List<HttpLearner> learners = new ArrayList<>();
        List<String> attempts = new ArrayList<>();
        for (int i = 0; i < LEARNERS; i++) {
            HttpLearner learner = new HttpLearner(base, "Group Commit " + i);
            attempts.add(learner.startQuiz("gge-2013", "introduction"));
            learners.add(learner);
        }
        ExecutorService threads = Executors.newFixedThreadPool(LEARNERS);
        try {
            List<Future<Integer>> saving = new ArrayList<>();
            for (HttpLearner learner : learners) {
                saving.add(threads.submit(() -> {
                    int confirmed = 0;
                    for (int turn = 0; turn < ANSWERS; turn++) {
                        confirmed += learner.answer(turn) ? 1 : 0;
                    }
                    return confirmed;
                }));
            }
            for (int i = 0; i < LEARNERS; i++) {
                assertEquals(ANSWERS, saving.get(i).get(), "every answer of learner " + i + " confirmed");
                assertEquals(ANSWERS, answeredStatements(attempts.get(i)), "one statement per confirmed answer, learner " + i);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void whatTheQuickPathDoesNotConfirmIsRefusedWithItsReasonInTheLearnersLanguage() throws Exception {
        HttpLearner learner = new HttpLearner(base, "Refused Answers");
        String attempt = learner.startQuiz("gge-2013", "introduction");
        Map.Entry<Integer, String> question = learner.questions().entrySet().iterator().next();
        int position = question.getKey();
        String right = question.getValue().equals("true-false") ? "true" : "0";

        HttpResponse<String> saved = learner.putAnswer(attempt, position, "{\"answer\":\"" + right + "\"}");
        assertEquals(200, saved.statusCode(), saved.body());
        assertTrue(body(saved).getString("message").startsWith("Saved on the server at"), saved.body());

        learner.useLanguage("fr");
        HttpResponse<String> inFrench = learner.putAnswer(attempt, position, "{\"answer\":\"" + right + "\"}");
        assertEquals(200, inFrench.statusCode(), inFrench.body());
        assertTrue(body(inFrench).getString("message").startsWith("Enregistrée sur le serveur"), inFrench.body());
        learner.useLanguage("en");

        assertRefused(learner.putAnswer(attempt, position, "{\"answer\":"), 400, "malformed");
        assertRefused(learner.putAnswer(attempt, position, "{\"answer\":\"" + (question.getValue().equals("true-false")
                ? "maybe" : "42") + "\"}"), 400, "no_such_option");
        assertRefused(learner.putAnswer(attempt, 999, "{\"answer\":\"0\"}"), 400, "no_such_question");

        HttpLearner stranger = new HttpLearner(base, "Someone Else");
        String own = stranger.startQuiz("gge-2013", "introduction");
        assertRefused(stranger.putAnswer(attempt, position, "{\"answer\":\"" + right + "\"}"), 404, "no_attempt");
        assertEquals(2, answeredStatements(attempt), "the stranger's answer was not kept in the learner's attempt");
        assertEquals(0, answeredStatements(own));

        learner.submit();
        assertRefused(learner.putAnswer(attempt, position, "{\"answer\":\"" + right + "\"}"), 409, "closed");
        assertEquals(2, answeredStatements(attempt), "nothing kept after the attempt was submitted");
    }

    private static void assertRefused(HttpResponse<String> response, int status, String reason) {
        assertEquals(status, response.statusCode(), response.body());
        JsonObject refused = body(response);
        assertEquals(reason, refused.getString("refused"), response.body());
        assertTrue(!refused.getString("message").isBlank(), response.body());
    }

    private static JsonObject body(HttpResponse<String> response) {
        return jakarta.json.Json.createReader(new StringReader(response.body())).readObject();
    }

    /** The "answered" statements of an attempt (its registration), every page of them. */
    private int answeredStatements(String attempt) throws Exception {
        int count = 0;
        String path = "/xapi/statements?limit=100&verb=" + encode(ANSWERED) + "&registration=" + attempt;
        while (path != null) {
            HttpResponse<String> page = read(base, path);
            assertEquals(200, page.statusCode(), page.body());
            JsonObject result = json(page);
            for (JsonValue ignored : result.getJsonArray("statements")) {
                count++;
            }
            path = result.getString("more", "").isEmpty() ? null : result.getString("more");
        }
        return count;
    }
}
