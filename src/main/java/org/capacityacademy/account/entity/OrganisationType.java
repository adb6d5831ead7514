package org.capacityacademy.account.entity;

/** The kind of organisation a learner works for, as reports break enrolments down. */
public enum OrganisationType {
    GOVERNMENT, CERT, REGULATOR, LAW_ENFORCEMENT, DIPLOMATIC_MISSION, INTERNATIONAL_ORGANISATION,
    ACADEMIA, PRIVATE_SECTOR, CIVIL_SOCIETY;

    public String getMessageKey() {
        return "organisationType." + name();
    }
}
