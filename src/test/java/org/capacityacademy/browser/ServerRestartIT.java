package org.capacityacademy.browser;

import org.capacityacademy.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The promise that no quiz answer is lost, tested the hard way: a platform of its own (the
 * built WAR on Payara Micro with a file database) is killed with the equivalent of
 * {@code kill -9} in the middle of an attempt and started again. An answer given while it is
 * down is kept on the page and saved once the learner has signed in again (in another tab);
 * every answer saved before is still there.
 */
class ServerRestartIT {

    private static final Path TARGET = Path.of(System.getProperty("project.build.directory", "target"));
    private static final Path BASEDIR = Path.of(System.getProperty("project.basedir", "."));

    private Process server;

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.destroyForcibly();
        }
    }

    @Test
    void learnerResumesAttemptWithEverySavedAnswerAfterTheServerIsKilled() throws Exception {
        Path data = TARGET.resolve("restart-it-data");
        deleteFolder(data);
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        URL base = URI.create("http://localhost:" + port + "/").toURL();
        server = start(port, data, "first");

        String email = TestAccounts.uniqueEmail("restart");
        String attemptPage;
        int questions;
        try (Browser browser = Browser.open(base, "en")) {
            Journeys.register(browser, email, "Tupou Fifita");
            Journeys.signInSuccessfully(browser, email, TestAccounts.PASSWORD);
            browser.go("/catalog/course.xhtml?code=gge-2013").click("enrol:submit");
            browser.go("/learning/quiz.xhtml?course=gge-2013&quiz=threats").click("start:submit");
            attemptPage = browser.path();
            questions = QuizJourneyIT.answerEveryQuestion(browser);
            browser.waitUntilCount(".save-status[data-state=saved]", questions);
            browser.waitUntilAll(".save-status", "Saved at");

            server.destroyForcibly().waitFor();
            WebElement changed = browser.elements("fieldset.question[data-type=single-choice] input[type=radio]").get(1);
            String changedId = changed.getAttribute("id");
            String status = "#status-" + changedId.substring(1, changedId.indexOf('-'));
            browser.press(changed);
            browser.waitUntilAll(status + "[data-state=failed]", "Not saved");

            server = start(port, data, "second");
            browser.waitUntilAll(status, "session has ended", Duration.ofSeconds(40));
            browser.inNewTab(tab -> Journeys.signInSuccessfully(tab, email, TestAccounts.PASSWORD));
            browser.waitUntilAll(status, "Saved at", Duration.ofSeconds(40));

            browser.go(attemptPage);
            assertEquals(attemptPage, browser.path());
            assertTrue(browser.isChecked(changedId), "the answer given while the server was down was saved once it was back");
            assertEquals(questions, browser.elements(".save-status[data-saved=true]").size(), "every saved answer is back");
            browser.click("attempt:submit");
            assertTrue(browser.path().startsWith("/learning/review.xhtml"), browser.path());
            assertEquals(questions, browser.elements("article.reviewed").size());
            assertTrue(browser.elements("article.reviewed.unanswered").isEmpty(), "no question lost its answer");
        }
    }

    /** Starts the built platform on its own port and data folder, and waits until it is ready. */
    private static Process start(int port, Path data, String run) throws IOException, InterruptedException {
        // C1 only: a server that lives half a minute starts in a third of the time on a busy
        // two-core machine without the C2 compiler's threads (measured 29-35 s against 84-94 s)
        ProcessBuilder builder = new ProcessBuilder(javaExecutable(), "-Xmx512m", "-XX:TieredStopAtLevel=1", "-jar",
                System.getProperty("payara.microJar", TARGET.resolve("payara-micro.jar").toString()),
                "--nohazelcast", "--disablephonehome", "--port", String.valueOf(port),
                "--prebootcommandfile", BASEDIR.resolve("deploy/pre-boot-commands.txt").toString(),
                "--contextroot", "/", "--deploy", TARGET.resolve("capacity-academy.war").toString())
                .redirectErrorStream(true)
                .redirectOutput(TARGET.resolve("restart-it-" + run + ".log").toFile());
        Map<String, String> environment = builder.environment();
        environment.put("DATA_DIR", data.toString());
        environment.put("COURSES_DIR", BASEDIR.resolve("courses").toString());
        environment.put("ADMIN_EMAIL", "admin@restart.example.org");
        environment.put("ADMIN_PASSWORD", "Restart-admin-Passw0rd!");
        environment.remove("MAIL_SMTP_HOST");
        Process process = builder.start();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                fail("the platform stopped while starting; see target/restart-it-" + run + ".log");
            }
            try {
                HttpResponse<Void> ready = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/health/ready"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return process;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        process.destroyForcibly();
        throw new IllegalStateException("the platform was not ready within 3 minutes; see target/restart-it-" + run + ".log");
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void deleteFolder(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            List<Path> all = files.sorted(Comparator.reverseOrder()).toList();
            for (Path file : all) {
                Files.delete(file);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
