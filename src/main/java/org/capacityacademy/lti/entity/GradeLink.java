package org.capacityacademy.lti.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * Where a learner's results in a course go back to: the Assignment and Grade Services line item of
 * the link they launched from (and the context's line items, for module quizzes), from their latest launch.
 */
@Entity
@Table(name = "lti_grade_link")
@NamedQuery(name = GradeLink.FIND, query = "SELECT g FROM GradeLink g WHERE g.platformId = :platform "
        + "AND g.accountId = :account AND g.courseId = :course")
@NamedQuery(name = GradeLink.OF_LEARNER, query = "SELECT g FROM GradeLink g WHERE g.accountId = :account AND g.courseId = :course")
public class GradeLink {

    public static final String FIND = "GradeLink.find";
    public static final String OF_LEARNER = "GradeLink.ofLearner";

    @Id
    @SequenceGenerator(name = "lti_grade_link_seq", sequenceName = "lti_grade_link_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "lti_grade_link_seq")
    private Long id;

    @Column(name = "platform_id", nullable = false)
    private long platformId;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "course_id", nullable = false)
    private long courseId;

    @Column(name = "lineitem_url", length = Platform.URL_LENGTH)
    private String lineItemUrl;

    @Column(name = "lineitems_url", length = Platform.URL_LENGTH)
    private String lineItemsUrl;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected GradeLink() {
    }

    public GradeLink(long platformId, long accountId, long courseId) {
        this.platformId = platformId;
        this.accountId = accountId;
        this.courseId = courseId;
    }

    public void point(String lineItemUrl, String lineItemsUrl, Instant now) {
        if (lineItemUrl != null) {
            this.lineItemUrl = lineItemUrl;
        }
        if (lineItemsUrl != null) {
            this.lineItemsUrl = lineItemsUrl;
        }
        this.updatedAt = now;
    }

    public long getPlatformId() {
        return platformId;
    }

    public long getAccountId() {
        return accountId;
    }

    public String getLineItemUrl() {
        return lineItemUrl;
    }

    public String getLineItemsUrl() {
        return lineItemsUrl;
    }
}
