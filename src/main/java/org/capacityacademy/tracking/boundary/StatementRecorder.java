package org.capacityacademy.tracking.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.capacityacademy.account.boundary.AccountService;
import org.capacityacademy.account.entity.Account;
import org.capacityacademy.tracking.control.StatementJson;
import org.capacityacademy.tracking.entity.Statement;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

/**
 * Keeps every learning event as an xAPI statement, in the transaction of the change that
 * fired it: the statement exists exactly when the change does. It gets its stored time, and
 * becomes readable, once that transaction has committed ({@link StoredTimes}).
 */
@Stateless
public class StatementRecorder {

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountService accounts;

    @Inject
    Event<StoredTimesAfterCommit.Recorded> recorded;

    @Inject
    @ConfigProperty(name = "public.url", defaultValue = "http://localhost:8080")
    String publicUrl;

    Clock clock = Clock.systemUTC();

    public void record(@Observes LearningEvent event) {
        Optional<Account> actor = accounts.find(event.accountId());
        Statement statement = statementOf(new StatementJson(publicUrl), event, clock.instant(),
                actor.map(a -> a.getProfile().getFullName()).orElse(null),
                actor.map(a -> a.getProfile().getPreferredLanguage()).orElse(null));
        em.persist(statement);
        recorded.fire(new StoredTimesAfterCommit.Recorded(statement.getId()));
    }

    /** The statement an event becomes, with a new id and waiting for its stored time (not kept yet). */
    static Statement statementOf(StatementJson format, LearningEvent event, Instant now, String actorName,
                                 String actorLanguage) {
        UUID id = UUID.randomUUID();
        Instant timestamp = (event.timestamp() == null ? now : event.timestamp()).truncatedTo(ChronoUnit.MILLIS);
        LearningEvent timed = new LearningEvent(event.accountId(), event.verb(), event.activity(), event.course(),
                event.result(), timestamp);
        JsonObject json = format.statement(id, timed, actorName, actorLanguage);
        return new Statement(id.toString(), event.accountId(), event.verb().iri(),
                format.activityId(event.activity()), event.course() == null ? null : format.activityId(event.course()),
                event.result() == null || event.result().attempt() == null ? null : event.result().attempt().toString(),
                timestamp, json.toString());
    }
}
