package org.capacityacademy.credential.boundary;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.capacityacademy.credential.control.VerificationCode;
import org.capacityacademy.credential.entity.CompletionRecord;


/** A verdict as the JSON answer of {@code /verify}: the status and what the record says, nothing about any other record. */
final class VerdictJson {

    private VerdictJson() {
    }

    static JsonObject of(Verdict verdict) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("status", verdict.status().json());
        if (verdict.reason() != Verdict.Reason.NONE) {
            json.add("reason", verdict.reason().name().toLowerCase().replace('_', '-'));
        }
        if (verdict.signed() != null) {
            json.add("signature", Json.createObjectBuilder().add("intact", true)
                    .add("signer", verdict.signed().signer())
                    .add("signedAt", verdict.signed().at() == null ? "" : verdict.signed().at().toString())
                    .add("timestamped", verdict.signed().timestamped()));
        }
        verdict.found().ifPresent(record -> describe(json, record));
        return json.build();
    }

    /** The holder as the record names them; after an erasure on their request, without name or organisation, saying so. */
    private static JsonObjectBuilder learner(CompletionRecord record, JsonArrayBuilder groups) {
        JsonObjectBuilder learner = Json.createObjectBuilder();
        if (record.isHolderErased()) {
            learner.add("nameErased", true).add("erasedAt", record.getHolderErasedAt().toString());
        } else {
            learner.add("name", record.getLearnerName()).add("organisation", record.getOrganisation());
        }
        return learner.add("country", record.getCountryCode()).add("developmentGroups", groups)
                .add("organisationType", record.getOrganisationType().toLowerCase());
    }

    private static void describe(JsonObjectBuilder json, CompletionRecord record) {
        JsonArrayBuilder groups = Json.createArrayBuilder();
        record.developmentGroups().forEach(groups::add);
        json.add("id", "urn:uuid:" + record.getPublicId())
                .add("code", VerificationCode.display(record.getCode()))
                .add("learner", learner(record, groups))
                .add("course", Json.createObjectBuilder().add("code", record.getCourseCode())
                        .add("version", record.getCourseVersion()).add("title", record.getCourseTitle())
                        .add("language", record.getCourseLanguage()))
                .add("completedAt", record.getCompletedAt().toString())
                .add("issuedAt", record.getIssuedAt().toString())
                .add("learningHours", record.learningHours());
        if (record.getFinalScore() != null) {
            json.add("finalScore", record.getFinalScore());
        }
        if (record.isRevoked()) {
            json.add("revokedAt", record.getRevokedAt().toString()).add("revocationReason", record.getRevocationReason());
        }
    }
}
