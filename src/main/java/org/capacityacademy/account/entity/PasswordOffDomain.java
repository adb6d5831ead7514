package org.capacityacademy.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * An e-mail domain whose people sign in through their organisation's provider only: no local
 * password signs them in, and none is set or reset for them here.
 */
@Entity
@Table(name = "password_off_domain")
@NamedQuery(name = PasswordOffDomain.FIND_ALL, query = "SELECT d FROM PasswordOffDomain d ORDER BY d.domain")
public class PasswordOffDomain {

    public static final String FIND_ALL = "PasswordOffDomain.findAll";

    @Id
    @Column(length = EmailDomain.LENGTH)
    private String domain;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected PasswordOffDomain() {
    }

    public PasswordOffDomain(String domain, Instant createdAt) {
        this.domain = domain;
        this.createdAt = createdAt;
    }

    public String getDomain() { return domain; }
    public Instant getCreatedAt() { return createdAt; }
}
