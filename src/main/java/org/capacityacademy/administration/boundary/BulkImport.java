package org.capacityacademy.administration.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.capacityacademy.account.boundary.AccountService;
import org.capacityacademy.account.entity.Account;
import org.capacityacademy.account.entity.Gender;
import org.capacityacademy.account.entity.OrganisationType;
import org.capacityacademy.account.entity.Profile;
import org.capacityacademy.administration.control.ImportCheck;
import org.capacityacademy.administration.control.ImportColumn;
import org.capacityacademy.administration.control.ImportPreview;
import org.capacityacademy.administration.control.PeopleFile;
import org.capacityacademy.administration.control.RowOutcome;
import org.capacityacademy.administration.entity.Cohort;
import org.capacityacademy.catalog.boundary.Catalog;
import org.capacityacademy.catalog.boundary.CatalogViews.CourseCard;
import org.capacityacademy.country.boundary.Countries;
import org.capacityacademy.learning.boundary.Learning;
import org.capacityacademy.platform.control.SupportedLanguage;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Imports people and their enrolments from a CSV file: first a preview that saves nothing, then
 * the rows without errors applied in one transaction (all of them or, if anything fails, none),
 * written to the audit log as one {@code import} line.
 */
@Stateless
public class BulkImport {

    /** How often the persistence context is emptied while applying a large file. */
    static final int FLUSH_EVERY = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountService accounts;

    @Inject
    Countries countries;

    @Inject
    Catalog catalog;

    @Inject
    Cohorts cohorts;

    @Inject
    Learning learning;

    @Inject
    AuditLog audit;

    /** What importing the file would do, row by row; nothing is saved. */
    public ImportPreview preview(byte[] file) {
        Map<String, Long> courses = courseIds();
        return ImportCheck.check(file, new ImportCheck.Platform() {
            @Override
            public boolean isCountry(String code) {
                return code.length() == 2 && countries.find(code).isPresent();
            }

            @Override
            public boolean isCourse(String code) {
                return courses.containsKey(code);
            }

            @Override
            public Set<String> registeredAmong(Collection<String> emails) {
                return accounts.registeredAmong(emails);
            }

            @Override
            public boolean isCohort(String name) {
                return cohorts.findByName(name).isPresent();
            }
        });
    }

    /**
     * Applies the rows without errors, provided the file still previews as it did when the
     * administrator saw it ({@link ImportChanged} otherwise, with nothing saved).
     */
    public ImportReport apply(String administratorEmail, String fileName, byte[] file, ImportPreview seen) {
        Account administrator = accounts.getByEmail(administratorEmail);
        ImportPreview now = preview(file);
        if (!now.agreesWith(seen) || !now.isApplicable()) {
            throw new ImportChanged(now);
        }
        List<PeopleFile.Row> rows = new ArrayList<>();
        try {
            PeopleFile.decode(file).read(rows::add);
        } catch (PeopleFile.FileProblemException e) {
            throw new ImportChanged(ImportPreview.of(e.problem()));
        }
        Map<String, Profile> newPeople = new LinkedHashMap<>();
        int updated = 0;
        for (int i = 0; i < rows.size(); i++) {
            RowOutcome outcome = now.rows().get(i);
            PeopleFile.Row row = rows.get(i);
            String email = Account.normaliseEmail(row.get(ImportColumn.EMAIL));
            if (outcome.verdict() == RowOutcome.Verdict.NEW) {
                newPeople.put(email, profile(row, new Profile()));
            } else if (outcome.verdict() == RowOutcome.Verdict.UPDATE) {
                Account account = accounts.getByEmail(email);
                accounts.updateProfile(email, profile(row, new Profile(account.getProfile())));
                updated++;
            }
        }
        accounts.createInvited(newPeople);

        Map<String, Long> courses = courseIds();
        Map<String, Long> cohortIds = new HashMap<>();
        int enrolled = 0;
        int addedToCohorts = 0;
        int cohortsCreated = 0;
        for (int i = 0; i < rows.size(); i++) {
            if (now.rows().get(i).isError()) {
                continue;
            }
            PeopleFile.Row row = rows.get(i);
            Account person = accounts.getByEmail(row.get(ImportColumn.EMAIL));
            String cohortName = row.get(ImportColumn.COHORT);
            if (!cohortName.isEmpty()) {
                Long cohortId = cohortIds.get(Cohort.key(cohortName));
                if (cohortId == null) {
                    Cohort existing = cohorts.findByName(cohortName).orElse(null);
                    if (existing == null) {
                        existing = cohorts.create(administrator, cohortName, null);
                        cohortsCreated++;
                    }
                    cohortId = existing.getId();
                    cohortIds.put(Cohort.key(cohortName), cohortId);
                }
                if (!cohorts.isMember(cohortId, person.getId())) {
                    addedToCohorts++;
                }
                enrolled += cohorts.join(administrator, cohorts.find(cohortId).orElseThrow(), person);
            }
            for (String code : ImportCheck.courseCodes(row.get(ImportColumn.COURSE))) {
                long courseId = courses.get(code);
                if (!learning.progress(person.getEmail(), courseId).enrolled()) {
                    learning.enrolByAdministrator(administrator.getEmail(), person.getId(), courseId);
                    enrolled++;
                }
            }
            if (i % FLUSH_EVERY == FLUSH_EVERY - 1) {
                em.flush();
                em.clear();
                administrator = accounts.getByEmail(administratorEmail);
            }
        }
        ImportReport report = new ImportReport(newPeople.size(), updated, enrolled, addedToCohorts, cohortsCreated,
                now.errorCount(), List.copyOf(newPeople.keySet()));
        audit.record(administrator, "import", "import", shortened(fileName), String.format(Locale.ROOT,
                "created %d, updated %d, enrolled %d, added to cohorts %d, cohorts created %d, rows with errors skipped %d",
                report.created(), report.updated(), report.enrolled(), report.addedToCohorts(), report.cohortsCreated(),
                report.skipped()));
        return report;
    }

    private static Profile profile(PeopleFile.Row row, Profile profile) {
        String name = row.get(ImportColumn.FULL_NAME);
        if (!name.isEmpty()) {
            profile.setFullName(name);
        }
        String country = row.get(ImportColumn.COUNTRY);
        if (!country.isEmpty()) {
            profile.setCountryCode(country.toUpperCase(Locale.ROOT));
        }
        String organisation = row.get(ImportColumn.ORGANISATION);
        if (!organisation.isEmpty()) {
            profile.setOrganisation(organisation);
        }
        ImportCheck.choice(OrganisationType.class, row.get(ImportColumn.ORGANISATION_TYPE)).ifPresent(profile::setOrganisationType);
        String jobTitle = row.get(ImportColumn.JOB_TITLE);
        if (!jobTitle.isEmpty()) {
            profile.setJobTitle(jobTitle);
        }
        ImportCheck.choice(Gender.class, row.get(ImportColumn.GENDER)).ifPresent(profile::setGender);
        ImportCheck.language(row.get(ImportColumn.LANGUAGE)).map(SupportedLanguage::getTag)
                .ifPresent(profile::setPreferredLanguage);
        if (profile.getPreferredLanguage() == null) {
            profile.setPreferredLanguage(SupportedLanguage.DEFAULT.getTag());
        }
        return profile;
    }

    private Map<String, Long> courseIds() {
        return catalog.courses(SupportedLanguage.DEFAULT.getTag()).stream()
                .collect(Collectors.toMap(CourseCard::code, CourseCard::id, (a, b) -> a));
    }

    private static String shortened(String fileName) {
        String name = fileName == null || fileName.isBlank() ? "upload.csv" : fileName.strip();
        return name.length() > 80 ? name.substring(0, 80) : name;
    }
}
