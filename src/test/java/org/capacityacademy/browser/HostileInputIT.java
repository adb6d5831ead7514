package org.capacityacademy.browser;

import org.capacityacademy.TestAccounts;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a hostile or broken request meets: a clear answer in the person's language, never a 500
 * or the server-error page, and nothing stored. Answers that are not a JSON object with a string,
 * addresses the forms used to accept and the account refused, text that is not UTF-8 or that
 * would print reversed, a form too large for the server, a form posted to a page the person may
 * not see, and an author's form tampered to name someone else's course.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HostileInputIT {

    private static final String QUIZ = "/learning/quiz.xhtml?course=gge-2013&quiz=introduction";
    private static final String LESSON = "modules/01-law/01-the-charter.md";

    @ArquillianResource
    URL base;

    @Test
    void answersThatAreNotAJsonObjectWithAStringAreRefusedInTheLearnersLanguage() {
        String email = TestAccounts.uniqueEmail("hostile-answers");
        try (Browser learner = Browser.open(base, "fr")) {
            Journeys.register(learner, email, "Awa Ndiaye");
            Journeys.signInSuccessfully(learner, email, TestAccounts.PASSWORD);
            learner.go("/catalog/course.xhtml?code=gge-2013").click("enrol:submit");
            learner.go(QUIZ).click("start:submit");
            String attempt = learner.path().substring(learner.path().indexOf("id=") + 3);
            String answers = "/api/attempts/" + attempt + "/answers/" + learner.attribute("fieldset.question", "data-position");
            String refused = "400 {\"message\":\"Cette réponse n’a pas pu être lue. Rechargez la page et répondez de nouveau.\","
                    + "\"refused\":\"malformed\"}";
            for (String body : List.of("{\"answer\": ", "[\"0\"]", "{\"answer\": {\"text\": \"0\"}}", "{\"answer\": 0}", "\"0\"",
                    "{}", "{\"answer\": \"0\"} {\"answer\": \"1\"}")) {
                assertEquals(refused, sorted(learner.request("PUT", answers, "application/json", body)), body);
            }
            assertEquals(refused, sorted(learner.request("PUT", answers, "application/json",
                    List.of(0x7B, 0x22, 0x61, 0x6E, 0x73, 0x77, 0x65, 0x72, 0x22, 0x3A, 0x22, 0xC3, 0x28, 0x22, 0x7D))),
                    "bytes that are not UTF-8");

            String answer = switch (learner.attribute("fieldset.question", "data-type")) {
                case "true-false" -> "true";
                case "short-answer" -> "Genève";
                // one match for each of the first question's left-hand items
                case "matching" -> String.join(",", java.util.Collections.nCopies(
                        learner.elements("#question-" + learner.attribute("fieldset.question", "data-position") + " select").size(), "0"));
                default -> "0";
            };
            List<Integer> withByteOrderMark = new java.util.ArrayList<>(List.of(0xEF, 0xBB, 0xBF));
            for (byte b : ("{\"answer\": \"" + answer + "\"}").getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
                withByteOrderMark.add(b & 0xFF);
            }
            String saved = learner.request("PUT", answers, "application/json", withByteOrderMark);
            assertTrue(saved.startsWith("200 ") && saved.contains("Enregistrée sur le serveur à"),
                    "a byte order mark before the object is allowed (RFC 8259): " + saved);

            // the device's queue (learning offline): refused with a reason in the learner's language, nothing stored
            for (String body : List.of("{", "[\"0\"]", "\"0\"", "{\"kind\": 3}")) {
                String reply = learner.request("PUT", "/api/offline/items/" + java.util.UUID.randomUUID(), "application/json", body);
                assertTrue(reply.startsWith("400 ") || reply.startsWith("409 "), body + ": " + reply);
                assertTrue(reply.contains("\"message\":\"") && !reply.contains("Exception"), body + ": " + reply);
            }
            String notAnId = learner.request("PUT", "/api/offline/items/..%2F..%2Fetc", "application/json", "{}");
            assertTrue(notAnId.startsWith("400 ") || notAnId.startsWith("404 "), notAnId);
        }
    }

    /** A JSON object's members in the order of their names, so that the comparison does not depend on how the server orders them. */
    private static String sorted(String answer) {
        int space = answer.indexOf(' ');
        String body = answer.substring(space + 1);
        if (!body.startsWith("{") || !body.contains("\"refused\"")) {
            return answer;
        }
        jakarta.json.JsonObject object = jakarta.json.Json.createReader(new java.io.StringReader(body)).readObject();
        StringBuilder json = new StringBuilder("{");
        object.keySet().stream().sorted().filter(key -> !object.isNull(key)).forEach(key -> json.append(json.length() > 1 ? "," : "")
                .append('"').append(key).append("\":\"").append(object.getString(key)).append('"'));
        return answer.substring(0, space) + " " + json.append('}');
    }

    @Test
    void addressesTheAccountWouldRefuseAreRefusedByTheFormInTheVisitorsLanguage() {
        try (Browser visitor = Browser.open(base, "es")) {
            for (String address : List.of("a\uD83D\uDE00b@example.org", "admin@example.org'--", "\"<img src=x>\"@example.org",
                    "<img src=x onerror=alert(1)>@example.org")) {
                visitor.go("/account/register.xhtml")
                        .force("register:email", address)
                        .fill("register:password", TestAccounts.PASSWORD)
                        .fill("register:confirmation", TestAccounts.PASSWORD)
                        .fill("register:fullName", "Persona Prueba")
                        .choose("register:country", "BO")
                        .fill("register:organisation", "AGETIC")
                        .choose("register:organisationType", "GOVERNMENT")
                        .click("register:submit");
                assertEquals("/account/register.xhtml", visitor.path(), address);
                assertEquals(List.of("Correo electrónico: introduzca una dirección como nombre@example.org."),
                        visitor.texts(".field-error"), address);
            }
        }
    }

    @Test
    void textNotSentAsUtf8AndNamesThatWouldPrintReversedAreRefused() {
        String email = TestAccounts.uniqueEmail("hostile-text");
        try (Browser visitor = Browser.open(base, "en")) {
            visitor.go("/account/register.xhtml");
            // a browser told to send the form in Latin-1 sends é as the byte E9, which is not UTF-8
            visitor.script("document.getElementById('register').acceptCharset = 'ISO-8859-1';");
            visitor.fill("register:email", email)
                    .fill("register:password", TestAccounts.PASSWORD)
                    .fill("register:confirmation", TestAccounts.PASSWORD)
                    .fill("register:fullName", "Zoé Ndiaye")
                    .choose("register:country", "SN")
                    .fill("register:organisation", "CERT Sénégal")
                    .choose("register:organisationType", "CERT")
                    .click("register:submit");
            assertEquals(List.of("Full name: a character could not be read (\uFFFD); the text was damaged on its way. Type it again.",
                    "Organisation: a character could not be read (\uFFFD); the text was damaged on its way. Type it again."),
                    visitor.texts(".field-error"));
        }
        try (Browser visitor = Browser.open(base, "ar")) {
            visitor.go("/account/register.xhtml")
                    .fill("register:email", email)
                    .fill("register:password", TestAccounts.PASSWORD)
                    .fill("register:confirmation", TestAccounts.PASSWORD)
                    .force("register:fullName", "Ali \u202Eecnarf")
                    .choose("register:country", "SN")
                    .force("register:organisation", "CERT \u2067Sénégal\u2069")
                    .choose("register:organisationType", "CERT")
                    .click("register:submit");
            String refused = ": يُرجى حذف الأحرف غير المرئية التي تغيّر اتجاه النص (من U+202A إلى U+202E، ومن U+2066 إلى U+2069).";
            assertEquals(List.of("الاسم الكامل" + refused, "جهة العمل" + refused), visitor.texts(".field-error"));
            Journeys.signIn(visitor, email, TestAccounts.PASSWORD);
            assertTrue(visitor.path().startsWith("/sign-in.xhtml"), "neither attempt created the account");
        }
    }

    @Test
    void aLessonTooLargeForTheServerIsToldItsLimitWhetherPreviewedOrSaved() {
        String email = TestAccounts.uniqueEmail("hostile-author");
        String course = "hostile-" + UUID.randomUUID().toString().substring(0, 8);
        String editor = "/author/lesson.xhtml?course=" + course + "&path=" + LESSON;
        Journeys.seedInstructors(base, email, "Large Text Author");
        try (Browser author = Browser.open(base, "en")) {
            Journeys.signInSuccessfully(author, email, TestAccounts.PASSWORD);
            assertEquals(204, author.postStatus("/api/test/courses/" + course));
            for (String button : List.of("edit:languages:0:refresh", "edit:save")) {
                author.go(editor);
                author.script("document.getElementById(arguments[0]).value = 'x'.repeat(arguments[1]);",
                        "edit:languages:0:markdown", 2_200_000);
                author.click(button);
                assertEquals("Too much sent at once", author.text("h1"), button);
                assertEquals("A form may send at most 2 MB; this one was larger, and nothing in it was saved. "
                        + "Go back, shorten what you typed, and send it again.", author.text("#refusal"), button);
            }
            // the live preview posts as the author types: it goes to the same page
            author.go(editor);
            author.script("const area = document.getElementById(arguments[0]); area.value = 'x'.repeat(arguments[1]);"
                    + "area.dispatchEvent(new Event('input', {bubbles: true}));", "edit:languages:0:markdown", 2_200_000);
            author.waitUntilAll("h1", "Too much sent at once", Duration.ofSeconds(30));
            author.go(editor);
            assertEquals("Edit the lesson: The Charter applies", author.text("h1"), "nothing of it was saved");
            assertFalse(author.value("edit:languages:0:markdown").startsWith("xxxx"));
        }
    }

    @Test
    void aLearnerPostingToAnAdministratorsPageIsRefusedWith403() {
        String email = TestAccounts.uniqueEmail("hostile-learner");
        try (Browser learner = Browser.open(base, "ru")) {
            Journeys.register(learner, email, "Иван Петров");
            Journeys.signInSuccessfully(learner, email, TestAccounts.PASSWORD);
            for (String page : List.of("/admin/users.xhtml", "/admin/user.xhtml?id=1", "/author/courses.xhtml")) {
                String answer = learner.request("POST", page, "application/x-www-form-urlencoded",
                        "users=users&users%3Asubmit=x&jakarta.faces.ViewState=1%3A2");
                assertTrue(answer.startsWith("403 ") && answer.contains("<h1>"), page + ": " + answer.substring(0, Math.min(200, answer.length())));
                assertTrue(answer.contains("lang=\"ru\""), "the forbidden page, in the learner's language");
            }
        }
    }

    @Test
    void anAuthorsFormTamperedToNameAnotherAuthorsCourseIsRefusedWith403() {
        String email = TestAccounts.uniqueEmail("hostile-tamper");
        String course = "tamper-" + UUID.randomUUID().toString().substring(0, 8);
        Journeys.seedInstructors(base, email, "Tampering Author");
        try (Browser author = Browser.open(base, "en")) {
            Journeys.signInSuccessfully(author, email, TestAccounts.PASSWORD);
            assertEquals(204, author.postStatus("/api/test/courses/" + course));
            author.go("/author/lesson.xhtml?course=" + course + "&path=" + LESSON);
            author.fill("edit:languages:0:title", "Changed by someone else");
            // the view parameter is read again from a postback: name the shipped course there
            author.script("for (const [name, value] of [['course', 'gge-2013'], ['path', 'modules/01-orientation/01-the-report-at-a-glance.md']]) {"
                    + " const input = document.createElement('input'); input.type = 'hidden'; input.name = name; input.value = value;"
                    + " document.getElementById('edit').appendChild(input); }");
            author.click("edit:save");
            assertEquals("Not allowed", author.text("h1"));
            author.go("/author/lesson.xhtml?course=" + course + "&path=" + LESSON);
            assertEquals("Edit the lesson: The Charter applies", author.text("h1"), "and nothing was saved");
        }
    }
}
