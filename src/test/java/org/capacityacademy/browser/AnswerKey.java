package org.capacityacademy.browser;

import org.capacityacademy.TestCourses;
import org.capacityacademy.courseformat.ContentException;
import org.capacityacademy.courseformat.gift.GiftParser;
import org.capacityacademy.courseformat.gift.GiftQuestion.GiftAnswer;
import org.capacityacademy.courseformat.gift.GiftQuestion;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The right answers of the course's English question banks, read from the course files as an
 * outsider who knows the material would: a browser test finds each question on the page by its
 * text and answers it the way a person does.
 */
final class AnswerKey {

    private final Map<String, GiftQuestion> byText = new HashMap<>();

    AnswerKey() {
        Path modules = TestCourses.coursesDir().resolve("gge-2013/modules");
        try (Stream<Path> banks = Files.walk(modules)) {
            for (Path bank : banks.filter(p -> p.getFileName().toString().equals("quiz.en.gift")).toList()) {
                for (GiftQuestion question : GiftParser.parse(bank.toString(), Files.readString(bank))) {
                    byText.put(normal(question.text()), question);
                }
            }
        } catch (IOException | ContentException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String normal(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    /** Answers every question of the attempt page rightly; returns how many there were. */
    int answerEveryQuestion(Browser browser) {
        List<WebElement> questions = browser.elements("fieldset.question");
        for (WebElement question : questions) {
            String text = normal(question.findElement(By.cssSelector("legend span[lang]")).getText());
            GiftQuestion key = byText.get(text);
            if (key == null) {
                throw new IllegalStateException("no question in the banks reads: " + text);
            }
            answer(browser, question, key);
        }
        return questions.size();
    }

    private static void answer(Browser browser, WebElement question, GiftQuestion key) {
        String position = question.getAttribute("data-position");
        switch (question.getAttribute("data-type")) {
            case "single-choice", "multiple-choice" -> {
                for (WebElement option : question.findElements(By.cssSelector(".option"))) {
                    String label = normal(option.findElement(By.tagName("label")).getText());
                    boolean right = key.answers().stream().anyMatch(a -> a.weight() > 0 && normal(a.text()).equals(label));
                    if (right) {
                        browser.press(option.findElement(By.tagName("input")));
                    }
                }
            }
            case "true-false" -> browser.press(question.findElement(By.id("q" + position + "-" + key.answers().get(0).text())));
            case "matching" -> {
                List<WebElement> pairs = question.findElements(By.cssSelector(".pair"));
                for (WebElement pair : pairs) {
                    String left = normal(pair.findElement(By.tagName("label")).getText());
                    GiftAnswer match = key.answers().stream().filter(a -> normal(a.text()).equals(left)).findFirst().orElseThrow();
                    Select select = new Select(pair.findElement(By.tagName("select")));
                    select.getOptions().stream().filter(o -> normal(o.getText()).equals(normal(match.match()))).findFirst()
                            .orElseThrow(() -> new IllegalStateException("no option reads " + match.match())).click();
                }
            }
            default -> browser.type(question.findElement(By.cssSelector("input.short-answer")), key.answers().get(0).text());
        }
    }
}
