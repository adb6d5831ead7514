package org.capacityacademy.administration.control;

import org.capacityacademy.account.entity.Account;
import org.capacityacademy.account.entity.Gender;
import org.capacityacademy.account.entity.OrganisationType;
import org.capacityacademy.account.entity.Profile;
import org.capacityacademy.administration.control.PeopleFile.FileProblemException;
import org.capacityacademy.administration.entity.Cohort;
import org.capacityacademy.platform.control.SupportedLanguage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a file of people row by row against the platform (countries, courses, who is
 * registered, which cohorts exist) and says what importing it would do. It reads the file
 * twice, keeping only each row's outcome, so that 100,000 rows fit in little memory: first to
 * find e-mails given twice and ask the database in batches who is registered, then to check
 * each row. It saves nothing.
 */
public final class ImportCheck {

    /** What the platform knows, asked by the check. */
    public interface Platform {
        boolean isCountry(String code);

        boolean isCourse(String code);

        /** The addresses among these (normalised) that have an account. */
        Set<String> registeredAmong(Collection<String> emails);

        boolean isCohort(String name);
    }

    static final int BATCH = 500;
    private static final Pattern PLAIN = Pattern.compile(Profile.PLAIN_TEXT);
    private static final Pattern COURSE_SEPARATORS = Pattern.compile("[\\s,;]+");
    private static final Set<ImportColumn> PLAIN_TEXT = Set.of(ImportColumn.FULL_NAME, ImportColumn.ORGANISATION,
            ImportColumn.JOB_TITLE, ImportColumn.COHORT);
    private static final Set<ImportColumn> NEEDED_BY_NEW = Set.of(ImportColumn.FULL_NAME, ImportColumn.COUNTRY,
            ImportColumn.ORGANISATION, ImportColumn.ORGANISATION_TYPE);

    private ImportCheck() {
    }

    public static ImportPreview check(byte[] bytes, Platform platform) {
        PeopleFile file;
        try {
            file = PeopleFile.decode(bytes);
        } catch (FileProblemException e) {
            return ImportPreview.of(e.problem());
        }
        Map<String, List<Integer>> rowsOfEmail = new HashMap<>();
        Map<String, String> cohorts = new LinkedHashMap<>();
        Optional<FileProblem> problem = file.read(row -> {
            String email = Account.normaliseEmail(row.get(ImportColumn.EMAIL));
            if (!email.isEmpty()) {
                List<Integer> rows = rowsOfEmail.computeIfAbsent(email, e -> new ArrayList<>(1));
                if (rows.size() < 2) {
                    rows.add(row.number());
                }
            }
            String cohort = row.get(ImportColumn.COHORT);
            if (!cohort.isEmpty() && cohort.length() <= Cohort.NAME_LENGTH && !isFormula(cohort)) {
                cohorts.putIfAbsent(Cohort.key(cohort), cohort);
            }
        });
        if (problem.isPresent()) {
            return ImportPreview.of(problem.get());
        }
        Set<String> registered = registered(rowsOfEmail.keySet(), platform);
        List<String> newCohorts = cohorts.values().stream().filter(name -> !platform.isCohort(name)).toList();

        List<RowOutcome> outcomes = new ArrayList<>();
        Map<String, Boolean> courses = new HashMap<>();
        Map<String, Boolean> countries = new HashMap<>();
        int[] counts = new int[3];
        file.read(row -> {
            RowOutcome outcome = check(row, rowsOfEmail, registered,
                    code -> countries.computeIfAbsent(code, platform::isCountry),
                    code -> courses.computeIfAbsent(code, platform::isCourse));
            counts[outcome.verdict().ordinal()]++;
            outcomes.add(outcome);
        });
        return new ImportPreview(null, List.copyOf(outcomes), counts[0], counts[1], counts[2], newCohorts);
    }

    private static Set<String> registered(Set<String> emails, Platform platform) {
        Set<String> registered = new HashSet<>();
        List<String> batch = new ArrayList<>(BATCH);
        for (String email : emails) {
            if (Account.isEmail(email)) {
                batch.add(email);
            }
            if (batch.size() == BATCH) {
                registered.addAll(platform.registeredAmong(batch));
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            registered.addAll(platform.registeredAmong(batch));
        }
        return registered;
    }

    static RowOutcome check(PeopleFile.Row row, Map<String, List<Integer>> rowsOfEmail, Set<String> registered,
                            java.util.function.Predicate<String> isCountry, java.util.function.Predicate<String> isCourse) {
        List<RowProblem> problems = new ArrayList<>();
        if (row.tooManyValues()) {
            problems.add(new RowProblem("", "import.problem.tooManyValues", ""));
        }
        for (ImportColumn column : ImportColumn.values()) {
            String value = row.get(column);
            if (isFormula(value)) {
                problems.add(RowProblem.of(column, "import.problem.formula", ""));
            } else if (value.length() > column.maxLength()) {
                problems.add(RowProblem.of(column, "import.problem.tooLong", column.maxLength()));
            } else if (PLAIN_TEXT.contains(column) && Profile.hasDirectionControl(value)) {
                problems.add(RowProblem.of(column, "import.problem.directionControls", ""));
            } else if (PLAIN_TEXT.contains(column) && !PLAIN.matcher(value).matches()) {
                problems.add(RowProblem.of(column, "import.problem.plainText", ""));
            }
        }
        String email = Account.normaliseEmail(row.get(ImportColumn.EMAIL));
        boolean isRegistered = registered.contains(email);
        if (email.isEmpty()) {
            problems.add(RowProblem.of(ImportColumn.EMAIL, "import.problem.required", ""));
        } else if (email.length() <= Account.EMAIL_LENGTH && !isFormula(email) && !Account.isEmail(email)) {
            problems.add(RowProblem.of(ImportColumn.EMAIL, "import.problem.email", ""));
        } else {
            List<Integer> rows = rowsOfEmail.getOrDefault(email, List.of());
            rows.stream().filter(other -> other != row.number()).findFirst().ifPresent(other ->
                    problems.add(RowProblem.of(ImportColumn.EMAIL, "import.problem.duplicateEmail", other)));
        }
        if (!isRegistered) {
            for (ImportColumn column : ImportColumn.values()) {
                if (NEEDED_BY_NEW.contains(column) && row.get(column).isEmpty()) {
                    problems.add(RowProblem.of(column, "import.problem.required", ""));
                }
            }
        }
        String country = row.get(ImportColumn.COUNTRY).toUpperCase(Locale.ROOT);
        if (!country.isEmpty() && !isFormula(country) && !isCountry.test(country)) {
            problems.add(RowProblem.of(ImportColumn.COUNTRY, "import.problem.country", shortened(country)));
        }
        checkChoice(row, ImportColumn.ORGANISATION_TYPE, OrganisationType.class, "import.problem.organisationType", problems);
        checkChoice(row, ImportColumn.GENDER, Gender.class, "import.problem.gender", problems);
        String language = row.get(ImportColumn.LANGUAGE);
        if (!language.isEmpty() && !isFormula(language) && language(language).isEmpty()) {
            problems.add(RowProblem.of(ImportColumn.LANGUAGE, "import.problem.language", shortened(language)));
        }
        String courses = row.get(ImportColumn.COURSE);
        if (!isFormula(courses) && courses.length() <= ImportColumn.COURSE.maxLength()) {
            for (String code : courseCodes(courses)) {
                if (!isCourse.test(code)) {
                    problems.add(RowProblem.of(ImportColumn.COURSE, "import.problem.course", shortened(code)));
                }
            }
        }
        RowOutcome.Verdict verdict = !problems.isEmpty() ? RowOutcome.Verdict.ERROR
                : isRegistered ? RowOutcome.Verdict.UPDATE : RowOutcome.Verdict.NEW;
        return new RowOutcome(row.number(), shortened(email), shortened(row.get(ImportColumn.FULL_NAME)), verdict,
                problems.isEmpty() ? List.of() : List.copyOf(problems));
    }

    private static <E extends Enum<E>> void checkChoice(PeopleFile.Row row, ImportColumn column, Class<E> type, String key,
                                                        List<RowProblem> problems) {
        String value = row.get(column);
        if (!value.isEmpty() && !isFormula(value) && choice(type, value).isEmpty()) {
            problems.add(RowProblem.of(column, key, shortened(value)));
        }
    }

    /** A value a spreadsheet would run as a formula (OWASP's list: = + - @, tab and carriage return first). */
    public static boolean isFormula(String value) {
        if (value == null || value.isEmpty()) {
            return false;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    /** An enumeration's constant from its name written in any case, with spaces or hyphens for underscores. */
    public static <E extends Enum<E>> Optional<E> choice(Class<E> type, String value) {
        String name = value.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        return Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equals(name)).findFirst();
    }

    public static Optional<SupportedLanguage> language(String value) {
        return Arrays.stream(SupportedLanguage.values()).filter(l -> l.getTag().equalsIgnoreCase(value.strip())).findFirst();
    }

    public static List<String> courseCodes(String value) {
        return value.isBlank() ? List.of() : Arrays.stream(COURSE_SEPARATORS.split(value.strip()))
                .filter(code -> !code.isEmpty()).distinct().toList();
    }

    private static String shortened(String value) {
        return value.length() > 60 ? value.substring(0, 60) + "…" : value;
    }
}
