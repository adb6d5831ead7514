package org.capacityacademy.generate;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.capacityacademy.account.entity.Gender;
import org.capacityacademy.account.entity.OrganisationType;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Synthetic officials: every country and area of the platform's M49 list, weighted towards
 * developing countries (least developed ones most), named in the script of their language, in
 * the organisation types, genders and languages of the platform.
 */
final class People {

    static final Set<String> LANGUAGES = Set.of("ar", "en", "es", "fr", "ru", "zh");

    record Country(String code, boolean developing, boolean ldc, boolean lldc, boolean sids, String region,
                   String subRegion, String language, double weight) {
    }

    record Person(String email, String name, Country country, String organisation, OrganisationType type,
                  String jobTitle, String language, Gender gender) {
    }

    private static final Map<String, String[][]> NAMES = Map.of(
            "ar", new String[][]{{"محمد", "أحمد", "فاطمة", "عائشة", "يوسف", "مريم", "علي", "خديجة", "عمر", "ليلى", "حسن", "نور"},
                    {"العلي", "الحسن", "منصور", "حداد", "خوري", "سعيد", "عبد الله", "إبراهيم", "ناصر", "السيد"}},
            "zh", new String[][]{{"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟"},
                    {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周"}},
            "ru", new String[][]{{"Александр", "Елена", "Дмитрий", "Ольга", "Сергей", "Наталья", "Айгерим", "Нурлан", "Дильноза", "Бахтияр"},
                    {"Петренко", "Шевченко", "Ким", "Бондаренко", "Коваленко", "Мельник", "Ткаченко", "Цой"}},
            "es", new String[][]{{"María", "José", "Ana", "Luis", "Carmen", "Carlos", "Lucía", "Jorge", "Rosa", "Miguel", "Sofía", "Andrés"},
                    {"García", "Rodríguez", "López", "Martínez", "Quispe", "Mamani", "Flores", "Torres", "Vargas", "Rojas"}},
            "fr", new String[][]{{"Aminata", "Moussa", "Fatou", "Ibrahima", "Awa", "Mamadou", "Marie", "Jean", "Aïcha", "Ousmane", "Claire", "Didier"},
                    {"Diallo", "Traoré", "Koné", "Ndiaye", "Diop", "Camara", "Sow", "Ouédraogo", "Kaboré", "Mbemba", "Joseph", "Laurent"}},
            "en", new String[][]{{"Amina", "Kwame", "Chipo", "Grace", "Abebe", "Wanjiru", "Priya", "Rahul", "Siti", "Ahmad", "Mele", "Sione", "Sarah", "David"},
                    {"Mensah", "Okafor", "Banda", "Mwangi", "Tesfaye", "Sharma", "Rahman", "Santos", "Fonoti", "Tupou", "Perera", "Khan", "Osei", "Phiri"}});

    private static final Map<String, String[]> ORGANISATIONS = Map.of(
            "ar", new String[]{"وزارة الاتصالات وتقنية المعلومات", "الفريق الوطني للاستجابة لطوارئ الحاسوب", "هيئة تنظيم الاتصالات", "وزارة الخارجية"},
            "zh", new String[]{"工业和信息化部", "国家计算机网络应急技术处理协调中心", "电信管理局", "外交部"},
            "ru", new String[]{"Министерство цифрового развития", "Национальный CERT", "Агентство связи", "Министерство иностранных дел"},
            "es", new String[]{"Ministerio de Tecnologías de la Información", "CSIRT Nacional", "Autoridad de Telecomunicaciones", "Ministerio de Relaciones Exteriores"},
            "fr", new String[]{"Ministère de l’Économie numérique", "CERT national", "Autorité de régulation des télécommunications", "Ministère des Affaires étrangères"},
            "en", new String[]{"Ministry of ICT", "National CERT", "Communications Regulatory Authority", "Ministry of Foreign Affairs"});

    private static final Map<String, String[]> JOB_TITLES = Map.of(
            "ar", new String[]{"مستشار", "محلل أمن المعلومات", "دبلوماسي", "مدير"},
            "zh", new String[]{"顾问", "信息安全分析师", "外交官", "处长"},
            "ru", new String[]{"Советник", "Аналитик по информационной безопасности", "Дипломат", "Начальник отдела"},
            "es", new String[]{"Asesora", "Analista de seguridad", "Diplomático", "Directora"},
            "fr", new String[]{"Conseiller", "Analyste en sécurité", "Diplomate", "Directrice"},
            "en", new String[]{"Adviser", "Security analyst", "Diplomat", "Director"});

    private static final OrganisationType[] TYPES = OrganisationType.values();
    private static final double[] TYPE_WEIGHTS = {35, 12, 10, 10, 10, 4, 9, 6, 4};
    private static final Gender[] GENDERS = {Gender.FEMALE, Gender.MALE, Gender.OTHER, Gender.UNDISCLOSED, null};
    private static final double[] GENDER_WEIGHTS = {41, 51, 1, 4, 3};

    private final List<Country> countries;
    private final double[] cumulative;

    private People(List<Country> countries) {
        this.countries = countries;
        this.cumulative = new double[countries.size()];
        double sum = 0;
        for (int i = 0; i < countries.size(); i++) {
            sum += countries.get(i).weight();
            cumulative[i] = sum;
        }
    }

    /** The countries of the platform's {@code country} table, with the languages the reference data gives them. */
    static People of(Connection db) throws SQLException, IOException {
        Map<String, String[]> reference = reference();
        List<Country> countries = new ArrayList<>();
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(
                "SELECT alpha2, developing, ldc, lldc, sids, region, sub_region FROM country ORDER BY alpha2")) {
            while (rows.next()) {
                String code = rows.getString(1).trim();
                String[] facts = reference.getOrDefault(code, new String[]{"", "Yes"});
                boolean developing = rows.getBoolean(2);
                boolean ldc = rows.getBoolean(3);
                double weight = ldc ? 6 : developing ? 4 : 1;
                if (!"Yes".equals(facts[1])) {
                    weight = 0.2; // territories and areas: present, rarely
                }
                countries.add(new Country(code, developing, ldc, rows.getBoolean(4), rows.getBoolean(5), rows.getString(6),
                        rows.getString(7), language(facts[0]), weight));
            }
        }
        return new People(countries);
    }

    List<Country> countries() {
        return countries;
    }

    Person person(Random random, long number) {
        Country country = countries.get(index(cumulative, random.nextDouble() * cumulative[cumulative.length - 1]));
        String language = random.nextDouble() < 0.15 ? "en" : country.language();
        String[][] names = NAMES.get(language);
        String given = pick(random, names[0]);
        String family = pick(random, names[1]);
        String name = language.equals("zh") ? family + given + (random.nextBoolean() ? pick(random, names[0]) : "")
                : given + " " + family;
        OrganisationType type = TYPES[weighted(random, TYPE_WEIGHTS)];
        String[] organisations = ORGANISATIONS.get(language);
        String organisation = switch (type) {
            case CERT -> organisations[1];
            case REGULATOR -> organisations[2];
            case DIPLOMATIC_MISSION -> organisations[3];
            default -> organisations[0];
        };
        String jobTitle = random.nextDouble() < 0.85 ? pick(random, JOB_TITLES.get(language)) : null;
        String email = "learner-" + number + "@" + country.code().toLowerCase(java.util.Locale.ROOT) + ".generated.example";
        return new Person(email, name, country, organisation, type, jobTitle, language,
                GENDERS[weighted(random, GENDER_WEIGHTS)]);
    }

    /** The first of the country's languages (reference data, e.g. {@code fr-SN,wo}) that the platform offers; else English. */
    static String language(String languages) {
        for (String tag : languages.split(",")) {
            String primary = tag.strip().split("-")[0].toLowerCase(java.util.Locale.ROOT);
            if (LANGUAGES.contains(primary)) {
                return primary;
            }
        }
        return "en";
    }

    private static Map<String, String[]> reference() throws IOException {
        Map<String, String[]> facts = new HashMap<>();
        try (Reader in = new InputStreamReader(People.class.getResourceAsStream("/country/country-codes.csv"), StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                facts.put(row.get("ISO3166-1-Alpha-2").trim(), new String[]{row.get("Languages"), row.get("is_independent").trim()});
            }
        }
        return facts;
    }

    static int weighted(Random random, double[] weights) {
        double total = 0;
        for (double weight : weights) {
            total += weight;
        }
        double point = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            point -= weights[i];
            if (point < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private static int index(double[] cumulative, double point) {
        int found = java.util.Arrays.binarySearch(cumulative, point);
        return Math.min(cumulative.length - 1, found >= 0 ? found : -found - 1);
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
