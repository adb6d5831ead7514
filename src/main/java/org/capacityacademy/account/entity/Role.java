package org.capacityacademy.account.entity;

/** What a person may do on the platform. Everyone who registers is a learner. */
public enum Role {
    LEARNER, INSTRUCTOR, ADMIN;

    public String getMessageKey() {
        return "role." + name();
    }
}
