package org.capacityacademy.assessment.boundary;

import jakarta.inject.Inject;
import jakarta.json.spi.JsonProvider;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.capacityacademy.assessment.control.AnswerRefused;
import org.capacityacademy.assessment.control.AnswerSheet;
import org.capacityacademy.assessment.control.ResponseFormat;
import org.capacityacademy.platform.boundary.Language;
import org.capacityacademy.platform.boundary.TextFormat;
import org.capacityacademy.platform.control.JsonBody;
import org.capacityacademy.platform.control.Messages;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Saves a quiz answer ({@code PUT /api/attempts/{attempt}/answers/{position}}, the attempt page's
 * most frequent request) with plain JDBC: the answer and its xAPI statement, nothing else, committed
 * with the answers given at the same moment ({@link AnswerWrites}), with what does not change
 * during the attempt read once ({@link AnswerSheets}). The
 * database decides whether the attempt is still open, in the same statement that writes the answer.
 * Whatever this path does not confirm (a sheet that is not the caller's, a malformed or refused
 * answer, an attempt closed or out of time, a database error) goes on to {@link AnswersResource},
 * which answers it as it always has, with the reason in the learner's language. So the reply is
 * the same either way; this path is only cheaper (no enterprise bean, entity manager or REST layer).
 */
public class AnswerSaving extends HttpFilter {

    /** Looked up once: {@code Json.create…} looks the provider up through the class loader on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();
    private static final Pattern ANSWER = Pattern.compile("/api/attempts/([0-9a-f-]{36})/answers/([0-9]{1,4})");
    /** Larger bodies are no answer this path takes (an answer has at most 500 characters). */
    private static final int BODY_LIMIT = 8 * 1024;

    @Inject
    AnswerSheets sheets;

    @Inject
    AnswerWrites writes;

    @Inject
    Language language;

    @Inject
    TextFormat format;

    Clock clock = Clock.systemUTC();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Principal caller = request.getUserPrincipal();
        Matcher answer = ANSWER.matcher(request.getRequestURI().substring(request.getContextPath().length()));
        String type = request.getContentType();
        if (caller == null || !"PUT".equals(request.getMethod()) || !answer.matches()
                || type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = request.getInputStream().readNBytes(BODY_LIMIT + 1);
        Optional<Instant> saved = body.length > BODY_LIMIT ? Optional.empty()
                : save(caller.getName(), answer.group(1), Integer.parseInt(answer.group(2)), body);
        if (saved.isEmpty()) {
            chain.doFilter(new BodyRead(request, new SequenceInputStream(new ByteArrayInputStream(body),
                    request.getInputStream())), response);
            return;
        }
        byte[] reply = JSON.createObjectBuilder()
                .add("message", format.one(Messages.text(language.getLocale(), "quiz.saved-at"), format.time(saved.get())))
                .add("saved", saved.get().toString()).build().toString().getBytes(StandardCharsets.UTF_8);
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("application/json");
        response.setContentLength(reply.length);
        response.getOutputStream().write(reply);
    }

    /** When the answer was saved, or empty when this path does not confirm it. */
    private Optional<Instant> save(String email, String attemptId, int position, byte[] body) {
        Optional<String> given = JsonBody.object(body).flatMap(object -> JsonBody.string(object, "answer"));
        if (given.isEmpty()) {
            return Optional.empty();
        }
        Optional<AnswerSheet> sheet = sheets.of(email, attemptId);
        Optional<AnswerSheet.Asked> asked = sheet.flatMap(s -> s.asked(position));
        if (asked.isEmpty()) {
            return Optional.empty();
        }
        String canonical;
        try {
            canonical = ResponseFormat.canonical(asked.get().type(), asked.get().optionOrder().size(),
                    asked.get().matchOrder().size(), given.get());
        } catch (AnswerRefused refused) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return writes.write(sheet.get(), asked.get(), canonical, now) ? Optional.of(now) : Optional.empty();
    }

    /** The request as it came, the part of its body read here given again to whoever answers it. */
    private static final class BodyRead extends HttpServletRequestWrapper {

        private final InputStream in;

        BodyRead(HttpServletRequest request, InputStream body) {
            super(request);
            this.in = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            return new ServletInputStream() {
                @Override
                public int read() throws IOException {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    try {
                        return in.available() == 0;
                    } catch (IOException e) {
                        return true;
                    }
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new IllegalStateException("read synchronously");
                }
            };
        }
    }
}
