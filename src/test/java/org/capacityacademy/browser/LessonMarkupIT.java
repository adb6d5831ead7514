package org.capacityacademy.browser;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A lesson's text is rendered once and then repeated ({@code a:cachedMarkup}): each reader still
 * gets it in the language of their page, around the lesson's own language.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LessonMarkupIT {

    private static final String LESSON = "/catalog/lesson.xhtml?course=gge-2013&lesson=norms-international-law";

    @ArquillianResource
    URL base;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private String lessonText(String acceptLanguage) throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base.toString()).resolve(LESSON))
                .header("Accept-Language", acceptLanguage).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        String body = page.body();
        int start = body.indexOf("<div lang=");
        int end = body.indexOf("<nav class=\"pager\"");
        assertTrue(start > 0 && end > start, "the page has the lesson's text");
        return body.substring(start, end);
    }

    @Test
    void eachPageLanguageGetsItsOwnHeadingsAroundTheSameLesson() throws Exception {
        String english = lessonText("en");
        assertTrue(english.contains("Learning objectives"), english);
        assertTrue(english.contains("id=\"para-"), "the quoted paragraphs");
        assertEquals(english, lessonText("en"), "the same text for the next reader");

        String arabic = lessonText("ar");
        assertTrue(arabic.contains("أهداف التعلم"), "Arabic headings, not the English ones kept before");
        assertFalse(arabic.contains("Learning objectives"));
        assertTrue(arabic.contains("dir=\"rtl\""), "the headings are laid out right to left");

        String chinese = lessonText("zh");
        assertTrue(chinese.contains("学习目标"));
        assertTrue(chinese.startsWith("<div lang=\"zh\""), "the course is offered in Chinese: the lesson itself in Chinese");
        assertTrue(english.startsWith("<div lang=\"en\""));
        assertEquals(english, lessonText("en"), "English again after the others");
    }
}
