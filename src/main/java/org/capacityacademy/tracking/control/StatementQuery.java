package org.capacityacademy.tracking.control;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The filters of a {@code GET /xapi/statements} request, checked: any value that is not what
 * xAPI 1.0.3 allows is refused with a message saying which parameter and why.
 *
 * @param accountId   the agent filter as one of our learners' accounts; null when there is no agent filter, or it
 *                    names the platform (every statement's authority) with {@code related_agents=true}
 * @param nobody      the agent filter names someone who cannot have statements here
 * @param since       exclusive lower bound on the stored time
 * @param until       inclusive upper bound on the stored time
 */
public record StatementQuery(Long accountId, boolean nobody, String verb, String activity, boolean relatedActivities,
                             String registration, Instant since, Instant until, int limit, boolean ascending,
                             String format, Cursor after) {

    public static final int MAX_LIMIT = 100;

    static final Set<String> KNOWN = Set.of("statementId", "voidedStatementId", "agent", "verb", "activity",
            "registration", "related_activities", "related_agents", "since", "until", "limit", "format",
            "attachments", "ascending", "cursor");
    private static final Set<String> ALLOWED_WITH_ID = Set.of("statementId", "voidedStatementId", "format", "attachments");
    private static final Set<String> IDENTIFIERS = Set.of("mbox", "mbox_sha1sum", "openid", "account");

    /** The statement id asked for, when the request is for one statement; checked like the rest. */
    public static UUID singleId(Map<String, List<String>> parameters) {
        check(parameters);
        String name = parameters.containsKey("statementId") ? "statementId" : "voidedStatementId";
        String id = one(parameters, name);
        if (id == null) {
            return null;
        }
        if (parameters.containsKey("statementId") && parameters.containsKey("voidedStatementId")
                || !ALLOWED_WITH_ID.containsAll(parameters.keySet())) {
            throw new BadQueryException(name + ": may only be combined with format and attachments");
        }
        format(parameters);
        bool(parameters, "attachments");
        return uuid(name, id);
    }

    public static boolean isVoidedRequest(Map<String, List<String>> parameters) {
        return parameters.containsKey("voidedStatementId");
    }

    public static StatementQuery parse(Map<String, List<String>> parameters, String homePage) {
        check(parameters);
        String agent = one(parameters, "agent");
        boolean relatedAgents = bool(parameters, "related_agents");
        Long accountId = null;
        boolean nobody = false;
        if (agent != null) {
            String account = accountOf(agent, homePage);
            if (account != null && account.matches("\\d{1,18}")) {
                // a learner is only ever a statement's actor
                accountId = Long.valueOf(account);
            } else {
                // the platform is every statement's authority, which only related_agents looks at
                nobody = !(relatedAgents && StatementJson.AUTHORITY_ACCOUNT.equals(account));
            }
        }
        String registration = one(parameters, "registration");
        String cursor = one(parameters, "cursor");
        bool(parameters, "attachments");
        return new StatementQuery(accountId, nobody, iri(parameters, "verb"), iri(parameters, "activity"),
                bool(parameters, "related_activities"),
                registration == null ? null : uuid("registration", registration).toString(),
                time(parameters, "since"), time(parameters, "until"), limit(parameters),
                bool(parameters, "ascending"), format(parameters), cursor == null ? null : Cursor.decode(cursor));
    }

    /** Whether the answer is to be {@code multipart/mixed} with the attachments (the platform's statements have none). */
    public static boolean attachments(Map<String, List<String>> parameters) {
        return bool(parameters, "attachments");
    }

    private static void check(Map<String, List<String>> parameters) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            if (!KNOWN.contains(parameter.getKey())) {
                throw new BadQueryException(parameter.getKey() + ": not a parameter of the Statements resource");
            }
            if (parameter.getValue().size() > 1) {
                throw new BadQueryException(parameter.getKey() + ": given more than once");
            }
        }
    }

    private static String one(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /**
     * The name of the agent's account on this platform, or null when it has none here. Agents
     * and identified groups are the same when their identifier is (xAPI 1.0.3, Part 3, 2.1.3).
     */
    private static String accountOf(String agent, String homePage) {
        JsonObject json;
        try (JsonReader reader = Json.createReader(new StringReader(agent))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new BadQueryException("agent: must be a JSON object (an Agent or Identified Group)");
            }
            json = value.asJsonObject();
        } catch (JsonException | IllegalStateException e) {
            throw new BadQueryException("agent: not valid JSON");
        }
        long identifiers = json.keySet().stream().filter(IDENTIFIERS::contains).count();
        if (identifiers != 1) {
            throw new BadQueryException("agent: must have exactly one of mbox, mbox_sha1sum, openid, account");
        }
        String type = json.containsKey("objectType") ? text(json, "objectType", "agent.objectType") : "Agent";
        if (!type.equals("Agent") && !type.equals("Group")) {
            throw new BadQueryException("agent.objectType: must be Agent or Group");
        }
        if (!json.containsKey("account")) {
            return null;
        }
        if (json.get("account").getValueType() != JsonValue.ValueType.OBJECT) {
            throw new BadQueryException("agent.account: must be an object with homePage and name");
        }
        JsonObject account = json.getJsonObject("account");
        String page = text(account, "homePage", "agent.account.homePage");
        String name = text(account, "name", "agent.account.name");
        return page.equals(homePage) ? name : null;
    }

    private static String text(JsonObject json, String key, String label) {
        if (!(json.get(key) instanceof JsonString value)) {
            throw new BadQueryException(label + ": must be a string");
        }
        return value.getString();
    }

    private static String iri(Map<String, List<String>> parameters, String name) {
        String value = one(parameters, name);
        if (value == null) {
            return null;
        }
        try {
            URI iri = new URI(value);
            if (!iri.isAbsolute() || value.length() > 500) {
                throw new BadQueryException(name + ": must be an absolute IRI");
            }
            return value;
        } catch (URISyntaxException e) {
            throw new BadQueryException(name + ": must be an absolute IRI");
        }
    }

    private static UUID uuid(String name, String value) {
        if (!value.matches("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")) {
            throw new BadQueryException(name + ": must be a UUID");
        }
        return UUID.fromString(value);
    }

    private static Instant time(Map<String, List<String>> parameters, String name) {
        String value = one(parameters, name);
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new BadQueryException(name + ": must be an ISO 8601 timestamp with a time zone, e.g. 2026-01-31T12:00:00Z");
        }
    }

    private static int limit(Map<String, List<String>> parameters) {
        String value = one(parameters, "limit");
        if (value == null) {
            return MAX_LIMIT;
        }
        if (!value.matches("\\d{1,9}")) {
            throw new BadQueryException("limit: must be a whole number from 0 (the most the server allows) up");
        }
        int limit = Integer.parseInt(value);
        return limit == 0 ? MAX_LIMIT : Math.min(limit, MAX_LIMIT);
    }

    private static boolean bool(Map<String, List<String>> parameters, String name) {
        String value = one(parameters, name);
        if (value == null || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        throw new BadQueryException(name + ": must be true or false");
    }

    private static String format(Map<String, List<String>> parameters) {
        String value = one(parameters, "format");
        if (value == null) {
            return "exact";
        }
        if (!Set.of("exact", "ids", "canonical").contains(value)) {
            throw new BadQueryException("format: must be exact, ids or canonical");
        }
        return value;
    }
}
