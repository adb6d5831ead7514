package org.capacityacademy.account.entity;

/** Optional; asked only so that programmes can report on gender balance. */
public enum Gender {
    FEMALE, MALE, OTHER, UNDISCLOSED;

    public String getMessageKey() {
        return "gender." + name();
    }
}
