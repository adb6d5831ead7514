package org.capacityacademy.lti.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.capacityacademy.learning.boundary.Learning;
import org.capacityacademy.lti.control.Claims;
import org.capacityacademy.lti.control.PlatformClient;
import org.capacityacademy.lti.entity.Platform;

import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Names and Role Provisioning Services: when an instructor launches a link whose platform offers the
 * context's memberships, every active member of the context is enrolled in the linked course (an
 * account made for those who never came), so that they are on the course's lists before their first
 * launch. A platform that does not answer leaves things as they were; the next launch tries again.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ContextMembers {

    private static final Logger LOG = Logger.getLogger(ContextMembers.class.getName());

    @Inject
    Platforms platforms;

    @Inject
    ToolKeys keys;

    @Inject
    LtiLearners learners;

    @Inject
    Learning learning;

    /** The number of members enrolled (or already enrolled); 0 when the platform did not answer. */
    public int enrol(long platformId, long courseId, String membershipsUrl) {
        Platform platform = platforms.find(platformId).orElse(null);
        if (platform == null) {
            return 0;
        }
        try {
            PlatformClient client = new PlatformClient(platform, keys.key());
            String token = client.accessToken(Claims.MEMBERSHIP_SCOPE, Instant.now());
            int enrolled = 0;
            for (PlatformClient.Member member : client.members(token, membershipsUrl)) {
                if (member.active() && member.subject() != null && !member.subject().isBlank() && member.subject().length() <= 255) {
                    long account = learners.accountOf(platform, member.subject(), member.name(), null);
                    learning.enrolThroughLink(account, courseId);
                    enrolled++;
                }
            }
            return enrolled;
        } catch (PlatformClient.Unavailable | RuntimeException e) {
            LOG.log(Level.WARNING, "LTI memberships of platform {0} not read: {1}", new Object[]{platformId, e.toString()});
            return 0;
        }
    }
}
