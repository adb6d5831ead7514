package org.capacityacademy.platform;

import org.capacityacademy.account.entity.Gender;
import org.capacityacademy.account.entity.OrganisationType;
import org.capacityacademy.account.entity.Role;
import org.capacityacademy.credential.boundary.Verdict;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every text exists in the six languages, and every key the pages and code use exists. */
class BundleCompletenessTest {

    static final String[] LANGUAGES = {"ar", "en", "es", "fr", "ru", "zh"};
    private static final Pattern PAGE_KEY = Pattern.compile("msg\\['([A-Za-z0-9_.]+)'\\]");
    private static final Pattern CODE_KEY = Pattern.compile("\"((?:signIn|register|password|profile|account|reset|users|user|mail|forgot|courses|record|records|certificate|badge|cohort|import|erase|privacy|reports|author)\\.[A-Za-z.]+)\"");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d)");

    static Properties bundle(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = BundleCompletenessTest.class.getResourceAsStream("/messages_" + language + ".properties")) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void everyLanguageHasEveryKeyWithTheSamePlaceholders() throws IOException {
        Properties english = bundle("en");
        for (String language : LANGUAGES) {
            Properties other = bundle(language);
            assertEquals(new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(other.stringPropertyNames()), language);
            for (String key : english.stringPropertyNames()) {
                String text = other.getProperty(key);
                assertTrue(!text.isBlank(), language + ": " + key + " is empty");
                assertEquals(placeholders(english.getProperty(key)), placeholders(text), language + ": " + key);
                if (!placeholders(text).isEmpty()) {
                    assertTrue(!text.replace("''", "").contains("'"), language + ": " + key
                            + " has a lone apostrophe, which MessageFormat drops with what follows (write '' or ’)");
                    new MessageFormat(text); // throws on a broken pattern
                }
            }
        }
    }

    @Test
    void everyKeyThePagesAndCodeUseExists() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Stream.concat(Files.walk(Path.of("src/main/webapp")), Files.walk(Path.of("src/main/java")))) {
            for (Path file : files.filter(Files::isRegularFile)
                    .filter(f -> f.toString().endsWith(".xhtml") || f.toString().endsWith(".java")).toList()) {
                String text = Files.readString(file);
                Matcher page = PAGE_KEY.matcher(text);
                while (page.find()) {
                    used.add(page.group(1));
                }
                Matcher code = CODE_KEY.matcher(text);
                while (code.find()) {
                    used.add(code.group(1));
                }
            }
        }
        Stream.of(Role.values()).map(Role::getMessageKey).forEach(used::add);
        Stream.of(OrganisationType.values()).map(OrganisationType::getMessageKey).forEach(used::add);
        Stream.of(Gender.values()).map(Gender::getMessageKey).forEach(used::add);
        Stream.of(Verdict.Reason.values()).map(Verdict.Reason::key).forEach(used::add);
        Stream.of(Verdict.Status.values()).map(status -> "verify.status." + status.json()).forEach(used::add);
        Stream.of(org.capacityacademy.reporting.entity.Breakdown.values()).map(b -> b.messageKey()).forEach(used::add);
        org.capacityacademy.reporting.entity.ReportFilter.GROUPS.forEach(group -> used.add("reports.group." + group));
        org.capacityacademy.reporting.boundary.ReportLabels.MEASURES.forEach(measure -> {
            used.add("reports.measure." + measure);
            used.add("reports.define." + measure);
        });
        Stream.of(org.capacityacademy.authoring.archives.control.ArchiveRefused.Reason.values())
                .map(org.capacityacademy.authoring.archives.control.ArchiveRefused.Reason::key).forEach(used::add);
        org.capacityacademy.administration.boundary.AuditLog.ACTIONS.stream().map(action -> "audit." + action).forEach(used::add);
        Stream.of(org.capacityacademy.administration.control.RowOutcome.Verdict.values())
                .map(org.capacityacademy.administration.control.RowOutcome.Verdict::getMessageKey).forEach(used::add);
        Stream.of(org.capacityacademy.courseformat.gift.QuestionType.values())
                .map(type -> "author.questions.type." + type.name()).forEach(used::add);
        org.capacityacademy.courseformat.gift.GiftImport.REASONS.forEach(reason -> used.add("author.import.reason." + reason));
        org.capacityacademy.authoring.banks.control.QuestionCheck.PROBLEMS.forEach(problem -> used.add("author.question.error." + problem));
        Stream.of(org.capacityacademy.courseformat.gift.QuestionType.values())
                .map(org.capacityacademy.authoring.banks.control.QuestionForm::typeName).forEach(type -> {
                    used.add("author.question.type." + type);
                    used.add("author.question.answersHint." + type);
                });
        Stream.of(org.capacityacademy.courseformat.gift.GiftKind.values())
                .map(kind -> "author.question.type." + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')).forEach(used::add);
        Stream.of(org.capacityacademy.courseformat.gift.GiftImport.Existing.values())
                .map(existing -> "author.import.existing." + existing.name()).forEach(used::add);
        // a literal ending in a dot is the prefix of keys built in code (e.g. "import.verdict." + name())
        used.removeIf(key -> key.endsWith("."));
        used.removeIf(key -> key.startsWith("mail.smtp") || key.startsWith("certificate.signing.") || key.startsWith("certificate.timestamp.") || key.equals("mail.from") || key.equals("courses.dir") || key.equals("users.xhtml")
                || key.equals("certificate.pdf"));
        Set<String> defined = bundle("en").stringPropertyNames();
        Set<String> missing = used.stream().filter(key -> !defined.contains(key)).collect(Collectors.toCollection(TreeSet::new));
        assertTrue(missing.isEmpty(), "keys used but not defined: " + missing);
    }

    private static Set<String> placeholders(String text) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        Set<String> found = new TreeSet<>();
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    @Test
    void sixLanguagesAreOffered() {
        assertEquals(Arrays.asList(LANGUAGES), Arrays.stream(org.capacityacademy.platform.control.SupportedLanguage.values())
                .map(l -> l.getTag()).sorted().toList());
    }
}
