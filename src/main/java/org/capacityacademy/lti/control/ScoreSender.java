package org.capacityacademy.lti.control;

import org.capacityacademy.lti.entity.Score;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Sends one platform's due scores in one run, asking its token endpoint once per set of scopes: a
 * final assessment's score to its line item, a module quiz's to the quiz's line item in the
 * context's container (found or created).
 */
public final class ScoreSender {

    private final PlatformClient client;
    private final Map<String, String> tokens = new HashMap<>();

    public ScoreSender(PlatformClient client) {
        this.client = client;
    }

    /** Empty when the platform accepted the score; else what went wrong. */
    public Optional<String> send(Score score, Instant now) {
        try {
            boolean module = score.getResourceId() != null;
            String scopes = module ? Claims.SCORE_SCOPE + " " + Claims.LINE_ITEM_SCOPE : Claims.SCORE_SCOPE;
            String token = tokens.get(scopes);
            if (token == null) {
                token = client.accessToken(scopes, now);
                tokens.put(scopes, token);
            }
            String lineItem = module ? client.lineItemFor(token, score.getLineItemUrl(), score.getResourceId(), score.getResourceId())
                    : score.getLineItemUrl();
            client.postScore(token, lineItem, score.getSubject(), score.getScoreGiven(), score.getScoreMaximum(),
                    score.getComment(), score.getGradedAt());
            return Optional.empty();
        } catch (PlatformClient.Unavailable e) {
            return Optional.of(e.getMessage());
        } catch (RuntimeException e) {
            return Optional.of(e.toString());
        }
    }
}
