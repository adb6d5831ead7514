package org.capacityacademy.browser;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.capacityacademy.TestAccounts;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A learner's lesson activity shows on their activity page, in English and right to left in
 * Arabic, and reaches authorised xAPI clients as statements, a page at a time.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LearnerActivityIT {

    @ArquillianResource
    URL base;

    @Test
    void learnerSeesWhatTheyOpenedAndCompletedAndSoDoAuthorisedClients() throws Exception {
        Instant start = Instant.now().minusSeconds(1);
        String email = TestAccounts.uniqueEmail("activity");
        String name = "Awa Ndiaye " + UUID.randomUUID().toString().substring(0, 6);
        try (Browser browser = Browser.open(base, "en")) {
            Journeys.register(browser, email, name);
            Journeys.signInSuccessfully(browser, email, TestAccounts.PASSWORD);
            browser.click("my-learning-link").click("activity-link");
            assertTrue(browser.text("#no-activity").startsWith("Nothing is recorded yet"));

            browser.go("/catalog/course.xhtml?code=gge-2013").click("enrol:submit");
            browser.click("continue");
            browser.click("complete:submit");
            browser.click("my-learning-link").click("activity-link");
            List<String> lines = browser.texts("#activity .sentence");
            assertEquals(4, lines.size(), lines::toString);
            assertEquals("You completed the lesson “The report at a glance”", lines.get(0));
            assertEquals(java.util.Set.of("You opened the lesson “The report at a glance”",
                    "You opened the course “The 2013 UN GGE report: ICT and international security”"),
                    java.util.Set.copyOf(lines.subList(1, 3)), "opened in the same moment: the order between them is not fixed");
            assertEquals("You enrolled in the course “The 2013 UN GGE report: ICT and international security”", lines.get(3));
            assertTrue(browser.attribute("#activity li time", "datetime").startsWith("20"));

            browser.go("/language?to=ar&return=" + XapiStatementsIT.encode("/learning/activity.xhtml"));
            assertEquals("rtl", browser.attribute("html", "dir"));
            assertTrue(browser.text("#activity .sentence").startsWith("أكملت الدرس"), browser.text("#activity .sentence"));
            assertEquals("ar", browser.attribute("#activity bdi", "lang"), "the title in the page's language, which the course is offered in");
        }

        String agent = agentNamed(name, start);
        List<String> verbs = new ArrayList<>();
        String next = "/xapi/statements?limit=1&agent=" + XapiStatementsIT.encode(agent);
        while (!next.isEmpty()) {
            JsonObject page = XapiStatementsIT.json(XapiStatementsIT.read(base, next));
            JsonArray statements = page.getJsonArray("statements");
            assertTrue(statements.size() <= 1);
            statements.forEach(s -> verbs.add(s.asJsonObject().getJsonObject("verb").getString("id")));
            next = page.getString("more");
            assertTrue(verbs.size() < 10, "the more links end");
        }
        assertEquals(List.of("http://adlnet.gov/expapi/verbs/completed", "http://adlnet.gov/expapi/verbs/launched",
                "http://adlnet.gov/expapi/verbs/launched", "http://adlnet.gov/expapi/verbs/registered"), verbs,
                "the course launched as the study session began, then the lesson");

        JsonObject completed = XapiStatementsIT.json(XapiStatementsIT.read(base, "/xapi/statements?verb="
                + XapiStatementsIT.encode("http://adlnet.gov/expapi/verbs/completed") + "&agent=" + XapiStatementsIT.encode(agent)));
        assertEquals(1, completed.getJsonArray("statements").size());
        JsonObject lessonCompleted = completed.getJsonArray("statements").getJsonObject(0);
        String id = lessonCompleted.getJsonObject("object").getString("id");
        assertTrue(id.endsWith("/xapi/activities/course/gge-2013/lesson/orientation-at-a-glance"), id);
        JsonObject single = XapiStatementsIT.json(XapiStatementsIT.read(base, "/xapi/statements?statementId="
                + lessonCompleted.getString("id")));
        assertEquals(lessonCompleted, single);
        JsonObject ids = XapiStatementsIT.json(XapiStatementsIT.read(base, "/xapi/statements?format=ids&statementId="
                + lessonCompleted.getString("id")));
        assertTrue(!ids.getJsonObject("actor").containsKey("name") && !ids.getJsonObject("object").containsKey("definition"));
    }

    /** The agent of the person with this name, found among the enrolments since the test began. */
    private String agentNamed(String name, Instant since) throws Exception {
        JsonObject page = XapiStatementsIT.json(XapiStatementsIT.read(base, "/xapi/statements?verb="
                + XapiStatementsIT.encode("http://adlnet.gov/expapi/verbs/registered") + "&since=" + since));
        return page.getJsonArray("statements").stream().map(s -> s.asJsonObject().getJsonObject("actor"))
                .filter(actor -> name.equals(actor.getString("name", null))).findFirst()
                .map(actor -> "{\"account\":" + actor.getJsonObject("account") + "}").orElseThrow();
    }
}
