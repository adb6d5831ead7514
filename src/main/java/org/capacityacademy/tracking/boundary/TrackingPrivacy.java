package org.capacityacademy.tracking.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.capacityacademy.account.boundary.AccountErased;
import org.capacityacademy.account.boundary.PersonalDataRequested;
import org.capacityacademy.tracking.control.StatementJson;
import org.capacityacademy.tracking.entity.Statement;

import java.io.StringReader;

/**
 * The xAPI statements about a person: in their export as stored; on erasure their actor becomes
 * an anonymous agent (no name, an account name unrelated to the platform's account id), so that
 * the statements still count as one learner's history without saying whose.
 */
@Stateless
public class TrackingPrivacy {

    @PersistenceContext
    EntityManager em;

    public void export(@Observes PersonalDataRequested request) {
        JsonArrayBuilder statements = Json.createArrayBuilder();
        em.createQuery("SELECT s FROM Statement s WHERE s.accountId = :account ORDER BY s.timestamp, s.id", Statement.class)
                .setParameter("account", request.accountId()).getResultStream()
                .forEach(s -> statements.add(s.isStored() ? StatementJson.served(s.getJson(), s.getStored())
                        : Json.createReader(new StringReader(s.getJson())).readObject()));
        request.add("xapiStatements", statements.build());
    }

    public void erase(@Observes AccountErased erased) {
        em.createNamedQuery(Statement.FIND_OF_ACCOUNT, Statement.class).setParameter("account", erased.accountId())
                .getResultStream().forEach(statement -> statement.anonymised(anonymised(statement.getJson(), erased.anonymousAgent())));
    }

    /** The statement with its actor replaced by an anonymous agent of the same home page. */
    static String anonymised(String json, String agentName) {
        JsonObject statement = Json.createReader(new StringReader(json)).readObject();
        JsonObject actor = statement.getJsonObject("actor");
        String homePage = actor == null || actor.getJsonObject("account") == null ? ""
                : actor.getJsonObject("account").getString("homePage", "");
        JsonObjectBuilder changed = Json.createObjectBuilder(statement);
        changed.add("actor", Json.createObjectBuilder().add("objectType", "Agent")
                .add("account", Json.createObjectBuilder().add("homePage", homePage).add("name", agentName)));
        return changed.build().toString();
    }
}
