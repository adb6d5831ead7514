package org.capacityacademy.administration.control;

import org.capacityacademy.account.entity.Account;
import org.capacityacademy.account.entity.Profile;
import org.capacityacademy.administration.entity.Cohort;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The columns of a file of people to import, named in its first row (in any order, any case).
 * The first five must be there; a new person needs a value in each of them.
 */
public enum ImportColumn {
    EMAIL("email", Account.EMAIL_LENGTH, true),
    FULL_NAME("full_name", Profile.NAME_LENGTH, true),
    COUNTRY("country", 2, true),
    ORGANISATION("organisation", Profile.ORGANISATION_LENGTH, true),
    ORGANISATION_TYPE("organisation_type", 40, true),
    JOB_TITLE("job_title", Profile.JOB_TITLE_LENGTH, false),
    GENDER("gender", 20, false),
    LANGUAGE("language", 5, false),
    COHORT("cohort", Cohort.NAME_LENGTH, false),
    /** One course code, or several separated by spaces, commas or semicolons. */
    COURSE("course", 400, false);

    private final String header;
    private final int maxLength;
    private final boolean required;

    ImportColumn(String header, int maxLength, boolean required) {
        this.header = header;
        this.maxLength = maxLength;
        this.required = required;
    }

    public String header() {
        return header;
    }

    public int maxLength() {
        return maxLength;
    }

    public boolean required() {
        return required;
    }

    public static Optional<ImportColumn> of(String header) {
        String name = header == null ? "" : header.strip().toLowerCase(java.util.Locale.ROOT).replace(' ', '_').replace('-', '_');
        return Arrays.stream(values()).filter(c -> c.header.equals(name)).findFirst();
    }

    public static List<String> headers() {
        return Arrays.stream(values()).map(ImportColumn::header).toList();
    }
}
