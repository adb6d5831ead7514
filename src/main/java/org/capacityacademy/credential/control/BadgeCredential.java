package org.capacityacademy.credential.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import org.capacityacademy.credential.entity.CompletionRecord;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.IntFunction;

/**
 * A completion record as an Open Badges 3.0 {@code OpenBadgeCredential} (W3C Verifiable
 * Credentials Data Model 2.0): the course as the achievement, the platform as the issuer
 * profile, the learner (by name, never by e-mail address) as the subject, the final score as a
 * result, and the record's entry in the published revocation list.
 */
public final class BadgeCredential {

    static final String VC_CONTEXT = "https://www.w3.org/ns/credentials/v2";
    static final String OB_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";
    private static final JsonProvider JSON = JsonProvider.provider();

    private BadgeCredential() {
    }

    /**
     * @param description what completing the course means, in the record's language
     * @param criteria    the completion rule, in the record's language
     * @param scoreName   the name of the final assessment's score, in the record's language
     */
    public static JsonObject of(CompletionRecord record, Issuer issuer, String description, String criteria,
                                String scoreName) {
        return of(record, issuer, description, criteria, scoreName, issuer::statusListUrl);
    }

    /** The same with its revocation entry in the lists at the given addresses (the Data Integrity form has its own). */
    public static JsonObject of(CompletionRecord record, Issuer issuer, String description, String criteria,
                                String scoreName, IntFunction<String> statusListUrl) {
        String achievementId = issuer.achievementId(record.getCourseCode()) + "&version=" + record.getCourseVersion();
        String scoreId = achievementId + "#final-score";
        JsonObjectBuilder achievement = JSON.createObjectBuilder()
                .add("id", achievementId)
                .add("type", array("Achievement"))
                .add("achievementType", "Certificate")
                .add("name", record.getCourseTitle())
                .add("description", description)
                .add("criteria", JSON.createObjectBuilder().add("narrative", criteria))
                .add("inLanguage", record.getCourseLanguage())
                .add("version", String.valueOf(record.getCourseVersion()));
        JsonObjectBuilder subject = JSON.createObjectBuilder()
                .add("type", array("AchievementSubject"))
                .add("identifier", JSON.createArrayBuilder().add(JSON.createObjectBuilder()
                        .add("type", "IdentityObject")
                        .add("identityHash", record.getLearnerName())
                        .add("identityType", "name")
                        .add("hashed", false)))
                .add("activityEndDate", instant(record.getCompletedAt()));
        if (record.getFinalScore() != null) {
            achievement.add("resultDescription", JSON.createArrayBuilder().add(JSON.createObjectBuilder()
                    .add("id", scoreId).add("type", array("ResultDescription")).add("name", scoreName)
                    .add("resultType", "Percent")));
            subject.add("result", JSON.createArrayBuilder().add(JSON.createObjectBuilder()
                    .add("type", array("Result")).add("resultDescription", scoreId)
                    .add("value", record.getFinalScore().stripTrailingZeros().toPlainString())));
        }
        subject.add("achievement", achievement);
        int list = StatusList.listOf(record.getStatusIndex());
        return JSON.createObjectBuilder()
                .add("@context", JSON.createArrayBuilder().add(VC_CONTEXT).add(OB_CONTEXT))
                .add("id", "urn:uuid:" + record.getPublicId())
                .add("type", array("VerifiableCredential", "OpenBadgeCredential"))
                .add("name", record.getCourseTitle())
                .add("issuer", JSON.createObjectBuilder()
                        .add("id", issuer.did())
                        .add("type", array("Profile"))
                        .add("name", issuer.name())
                        .add("url", issuer.publicUrl()))
                .add("validFrom", instant(record.getIssuedAt()))
                .add("credentialSubject", subject)
                .add("credentialStatus", JSON.createObjectBuilder()
                        .add("id", statusListUrl.apply(list) + "#" + StatusList.placeOf(record.getStatusIndex()))
                        .add("type", "BitstringStatusListEntry")
                        .add("statusPurpose", "revocation")
                        .add("statusListIndex", String.valueOf(StatusList.placeOf(record.getStatusIndex())))
                        .add("statusListCredential", statusListUrl.apply(list)))
                .build();
    }

    /** The revocation list with the given number, as a {@code BitstringStatusListCredential}. */
    public static JsonObject statusList(Issuer issuer, int list, StatusList bits, Instant now) {
        return statusList(issuer.statusListUrl(list), issuer, bits, now);
    }

    /** The revocation list published at the given address. */
    public static JsonObject statusList(String id, Issuer issuer, StatusList bits, Instant now) {
        return JSON.createObjectBuilder()
                .add("@context", JSON.createArrayBuilder().add(VC_CONTEXT))
                .add("id", id)
                .add("type", array("VerifiableCredential", "BitstringStatusListCredential"))
                .add("issuer", issuer.did())
                .add("validFrom", instant(now))
                .add("credentialSubject", JSON.createObjectBuilder()
                        .add("id", id + "#list")
                        .add("type", "BitstringStatusList")
                        .add("statusPurpose", "revocation")
                        .add("encodedList", bits.encoded()))
                .build();
    }

    static String instant(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static JsonArray array(String... values) {
        var array = JSON.createArrayBuilder();
        for (String value : values) {
            array.add(value);
        }
        return array.build();
    }
}
