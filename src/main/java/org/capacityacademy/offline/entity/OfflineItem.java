package org.capacityacademy.offline.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * An item a device sent from its queue, by the id the device gave it, with the reply it got: the
 * same item sent again gets the same reply and changes nothing.
 */
@Entity
@Table(name = "offline_item")
public class OfflineItem {

    @Id
    private String id;

    @Column(name = "account_id")
    private long accountId;

    private String kind;

    @Column(name = "received_at")
    private Instant receivedAt;

    /** The HTTP status of the reply. */
    private int status;

    /** The reply's JSON. */
    private String outcome;

    protected OfflineItem() {
    }

    public OfflineItem(String id, long accountId, String kind, Instant receivedAt, int status, String outcome) {
        this.id = id;
        this.accountId = accountId;
        this.kind = kind;
        this.receivedAt = receivedAt;
        this.status = status;
        this.outcome = outcome;
    }

    public boolean belongsTo(long account) {
        return accountId == account;
    }

    public int getStatus() {
        return status;
    }

    public String getOutcome() {
        return outcome;
    }
}
