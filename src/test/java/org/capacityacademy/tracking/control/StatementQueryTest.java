package org.capacityacademy.tracking.control;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Statements resource's filters: what is accepted and which mistakes are refused, with which message. */
class StatementQueryTest {

    private static final String HOME = "https://academy.example.org";

    private static Map<String, List<String>> parameters(String... pairs) {
        Map<String, List<String>> parameters = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            parameters.put(pairs[i], List.of(pairs[i + 1]));
        }
        return parameters;
    }

    private static String refusal(String... pairs) {
        return assertThrows(BadQueryException.class, () -> StatementQuery.parse(parameters(pairs), HOME)).getMessage();
    }

    @Test
    void noFiltersMeansNewestFirstAtMostOneHundred() {
        StatementQuery query = StatementQuery.parse(parameters(), HOME);
        assertEquals(100, query.limit());
        assertFalse(query.ascending());
        assertNull(query.accountId());
        assertFalse(query.nobody());
    }

    @Test
    void agentIsMatchedOnOurAccounts() {
        String agent = "{\"objectType\":\"Agent\",\"account\":{\"homePage\":\"" + HOME + "\",\"name\":\"42\"}}";
        assertEquals(42L, StatementQuery.parse(parameters("agent", agent), HOME).accountId());
        StatementQuery stranger = StatementQuery.parse(parameters("agent", "{\"mbox\":\"mailto:someone@example.org\"}"), HOME);
        assertTrue(stranger.nobody(), "a valid agent who is none of ours has no statements");
        assertTrue(refusal("agent", "{not json").startsWith("agent:"));
        assertTrue(refusal("agent", "{\"mbox\":\"mailto:a@b.c\",\"account\":{\"homePage\":\"x\",\"name\":\"1\"}}")
                .contains("exactly one"));
        assertTrue(refusal("agent", "[1]").startsWith("agent:"));
        String group = "{\"objectType\":\"Group\",\"account\":{\"homePage\":\"" + HOME + "\",\"name\":\"42\"}}";
        assertEquals(42L, StatementQuery.parse(parameters("agent", group), HOME).accountId(), "the same identifier is the same agent");
    }

    @Test
    void thePlatformAsAuthorityIsFoundOnlyWithRelatedAgents() {
        String platform = "{\"objectType\":\"Agent\",\"account\":{\"homePage\":\"" + HOME + "\",\"name\":\"platform\"}}";
        assertTrue(StatementQuery.parse(parameters("agent", platform), HOME).nobody(), "the authority is no statement's actor");
        StatementQuery related = StatementQuery.parse(parameters("agent", platform, "related_agents", "true"), HOME);
        assertFalse(related.nobody(), "the authority of every statement");
        assertNull(related.accountId());
        String learner = "{\"account\":{\"homePage\":\"" + HOME + "\",\"name\":\"42\"}}";
        assertEquals(42L, StatementQuery.parse(parameters("agent", learner, "related_agents", "true"), HOME).accountId());
        assertTrue(StatementQuery.parse(parameters("agent", "{\"mbox\":\"mailto:a@b.c\"}", "related_agents", "true"), HOME).nobody());
        assertTrue(refusal("related_agents", "yes").startsWith("related_agents:"));
    }

    @Test
    void filtersAreCheckedOneByOne() {
        StatementQuery query = StatementQuery.parse(parameters("verb", "http://adlnet.gov/expapi/verbs/completed",
                "since", "2026-01-31T12:00:00+01:00", "until", "2026-02-01T00:00:00Z", "limit", "0",
                "ascending", "true", "related_activities", "true",
                "registration", "0F0E0D0C-0B0A-4908-8706-050403020100"), HOME);
        assertEquals(Instant.parse("2026-01-31T11:00:00Z"), query.since());
        assertEquals(100, query.limit(), "0 is the most the server allows");
        assertTrue(query.ascending() && query.relatedActivities());
        assertEquals("0f0e0d0c-0b0a-4908-8706-050403020100", query.registration());
        assertEquals(5, StatementQuery.parse(parameters("limit", "5"), HOME).limit());
        assertEquals(100, StatementQuery.parse(parameters("limit", "100000"), HOME).limit());

        assertTrue(refusal("since", "yesterday").startsWith("since:"));
        assertTrue(refusal("until", "2026-01-31").startsWith("until:"));
        assertTrue(refusal("limit", "-1").startsWith("limit:"));
        assertTrue(refusal("verb", "completed").startsWith("verb:"));
        assertTrue(refusal("activity", "not an iri").startsWith("activity:"));
        assertTrue(refusal("registration", "42").startsWith("registration:"));
        assertTrue(refusal("ascending", "yes").startsWith("ascending:"));
        assertTrue(refusal("format", "full").startsWith("format:"));
        assertTrue(refusal("cursor", "!!").startsWith("cursor:"));
        assertTrue(refusal("Verb", "x").startsWith("Verb: not a parameter"));
    }

    @Test
    void oneStatementByIdTakesNoOtherFilter() {
        assertEquals("0f0e0d0c-0b0a-4908-8706-050403020100",
                StatementQuery.singleId(parameters("statementId", "0f0e0d0c-0b0a-4908-8706-050403020100")).toString());
        assertNull(StatementQuery.singleId(parameters("verb", "http://adlnet.gov/expapi/verbs/completed")));
        assertThrows(BadQueryException.class, () -> StatementQuery.singleId(parameters(
                "statementId", "0f0e0d0c-0b0a-4908-8706-050403020100", "verb", "http://adlnet.gov/expapi/verbs/completed")));
        assertThrows(BadQueryException.class, () -> StatementQuery.singleId(parameters("statementId", "nope")));
    }

    @Test
    void cursorsRoundTrip() {
        Cursor cursor = new Cursor(Instant.parse("2026-11-24T10:15:31.001Z"), Instant.parse("2026-11-24T10:15:30.123Z"), 4711);
        assertEquals(cursor, Cursor.decode(cursor.encode()));
        assertThrows(BadQueryException.class, () -> Cursor.decode("MTc2NDAwMDAwMDAwMDo0NzEx"), "an older server's cursor");
    }
}
