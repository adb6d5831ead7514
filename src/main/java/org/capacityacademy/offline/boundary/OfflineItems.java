package org.capacityacademy.offline.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.capacityacademy.account.boundary.AccountService;
import org.capacityacademy.assessment.boundary.Attempts;
import org.capacityacademy.assessment.control.AnswerRefusal;
import org.capacityacademy.assessment.control.AnswerRefused;
import org.capacityacademy.learning.boundary.Learning;
import org.capacityacademy.offline.entity.OfflineItem;
import org.capacityacademy.platform.control.JsonBody;

import java.io.StringReader;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Takes the items a device's queue sends, each exactly once: the item's effect and the record of
 * its reply commit together, so an item sent again (its reply was lost, two tabs sent it at once)
 * gets the first reply and changes nothing. Kinds:
 * <ul>
 *     <li>{@code completion}: {@code course}, {@code lesson} (numbers), {@code at}: a lesson completed;</li>
 *     <li>{@code answer}: {@code attempt}, {@code position}, {@code answer}, {@code givenAt}: an answer of an attempt
 *         started online, accepted while the server's clock is before the attempt's deadline;</li>
 *     <li>{@code submit}: {@code attempt}: an attempt submitted;</li>
 *     <li>{@code paper-answer}: {@code paper}, {@code position}, {@code answer}, {@code givenAt}, {@code begunAt}: an
 *         answer of a module quiz answered offline (its first one starts the attempt);</li>
 *     <li>{@code paper-submit}: {@code paper}, {@code begunAt}: such a quiz submitted.</li>
 * </ul>
 * Every item names the person who queued it ({@code person}, as the page gave it): an item queued by
 * someone else who used the device is refused and not kept, so that it stays queued for them.
 * Times ({@code at}, {@code givenAt}, {@code begunAt}) are the device's, ISO 8601; the server keeps
 * them within what it knows (never in the future, never before the enrolment or attempt).
 */
@Stateless
public class OfflineItems {

    /** The ids devices give items: a UUID. */
    public static final Pattern ID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountService accounts;

    @Inject
    Learning learning;

    @Inject
    Attempts attempts;

    Clock clock = Clock.systemUTC();

    /** What became of an item: the HTTP status and the reply's JSON (without the sentence, which the language gives). */
    public record Received(int status, JsonObject outcome) {
    }

    /** The reply to an item: the one kept if it came before, else its effect, kept with the reply. */
    public Received receive(String email, String id, JsonObject item) {
        long account = accounts.getIdOf(email);
        if (!JsonBody.string(item, "person").orElse("").equals(String.valueOf(account))) {
            // queued by someone else on this device: never sent for the person signed in now, kept for its owner
            return refused(409, "other_person");
        }
        OfflineItem before = em.find(OfflineItem.class, id);
        if (before != null) {
            return before.belongsTo(account) ? new Received(before.getStatus(), read(before.getOutcome()))
                    : refused(409, "other_item");
        }
        String kind = JsonBody.string(item, "kind").orElse("");
        Received received;
        try {
            received = apply(email, kind, item);
        } catch (AnswerRefused refused) {
            received = refused(refused.getReason() == AnswerRefusal.TIME_UP || refused.getReason() == AnswerRefusal.CLOSED
                    || refused.getReason() == AnswerRefusal.NO_ATTEMPTS_LEFT || refused.getReason() == AnswerRefusal.NOT_ENROLLED
                    ? 409 : refused.getReason() == AnswerRefusal.NO_ATTEMPT || refused.getReason() == AnswerRefusal.NO_QUIZ ? 404 : 400,
                    refused.getReason().name().toLowerCase(Locale.ROOT));
        }
        em.persist(new OfflineItem(id, account, kind.length() > 20 ? kind.substring(0, 20) : kind, clock.instant(),
                received.status(), received.outcome().toString()));
        return received;
    }

    /**
     * Forgets the items received long ago: a device sends an item again only when the reply to it was
     * lost, minutes or days later, never after months.
     */
    @Schedule(hour = "4", minute = "17", persistent = false)
    public void forgetOldItems() {
        em.createQuery("DELETE FROM OfflineItem i WHERE i.receivedAt < :before")
                .setParameter("before", clock.instant().minus(Duration.ofDays(90))).executeUpdate();
    }

    private Received apply(String email, String kind, JsonObject item) {
        Instant now = clock.instant();
        return switch (kind) {
            case "completion" -> {
                long course = number(item, "course");
                long lesson = number(item, "lesson");
                yield learning.complete(email, course, lesson, time(item, "at"))
                        ? saved("completed", now, null) : refused(404, "not_enrolled");
            }
            case "answer" -> answer(email, text(item, "attempt"), item, now);
            case "submit" -> {
                String attempt = text(item, "attempt");
                attempts.submit(email, attempt);
                yield saved("submitted", now, attempt);
            }
            case "paper-answer" -> answer(email, attempts.startFromPaper(email, text(item, "paper"), time(item, "begunAt")), item, now);
            case "paper-submit" -> {
                String attempt = attempts.startFromPaper(email, text(item, "paper"), time(item, "begunAt"));
                attempts.submit(email, attempt);
                yield saved("submitted", now, attempt);
            }
            default -> throw new AnswerRefused(AnswerRefusal.MALFORMED);
        };
    }

    private Received answer(String email, String attempt, JsonObject item, Instant now) {
        Attempts.SavedAnswer saved = attempts.saveAnswer(email, attempt, (int) number(item, "position"),
                text(item, "answer"), time(item, "givenAt"));
        return saved(saved.superseded() ? "superseded" : "saved", saved.savedAt(), attempt);
    }

    private static Received saved(String state, Instant at, String attempt) {
        JsonObjectBuilder outcome = Json.createObjectBuilder().add("state", state).add("at", at.toString());
        if (attempt != null) {
            outcome.add("attempt", attempt);
        }
        return new Received(200, outcome.build());
    }

    static Received refused(int status, String reason) {
        return new Received(status, Json.createObjectBuilder().add("state", "refused").add("refused", reason).build());
    }

    private static String text(JsonObject item, String name) {
        return JsonBody.string(item, name).orElseThrow(() -> new AnswerRefused(AnswerRefusal.MALFORMED));
    }

    private static long number(JsonObject item, String name) {
        JsonValue value = item.get(name);
        if (value == null || value.getValueType() != JsonValue.ValueType.NUMBER || !item.getJsonNumber(name).isIntegral()) {
            throw new AnswerRefused(AnswerRefusal.MALFORMED);
        }
        return item.getJsonNumber(name).longValue();
    }

    /** A time the device gave; null when it gave none (taken as now). */
    private static Instant time(JsonObject item, String name) {
        Optional<String> value = JsonBody.string(item, name);
        try {
            return value.map(Instant::parse).orElse(null);
        } catch (DateTimeParseException e) {
            throw new AnswerRefused(AnswerRefusal.MALFORMED);
        }
    }

    private static JsonObject read(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
