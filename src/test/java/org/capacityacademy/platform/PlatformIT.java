package org.capacityacademy.platform;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import org.capacityacademy.country.boundary.Countries;
import org.capacityacademy.country.entity.Country;
import org.capacityacademy.platform.control.ApplicationDataSource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The database the platform runs on: the WAR's own H2, migrated by Flyway, with the countries loaded. */
@ExtendWith(ArquillianExtension.class)
class PlatformIT {

    @Resource(lookup = ApplicationDataSource.JNDI_NAME)
    DataSource dataSource;

    @Inject
    Countries countries;

    @Test
    void runsOnTheWarsOwnH2MigratedByFlyway() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             ResultSet version = connection.createStatement().executeQuery("SELECT H2VERSION()");
             ResultSet migrations = connection.createStatement().executeQuery(
                     "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"success\" = TRUE")) {
            version.next();
            // the pom's h2.version (README, Durability), not the 2.2.224 Payara brings
            assertEquals("2.4.240", version.getString(1));
            migrations.next();
            assertTrue(migrations.getInt(1) >= 3, "migrations applied");
        }
    }

    @Test
    void countriesAreNamedAndSortedInEachLanguage() {
        List<Country> inChinese = countries.sortedFor(Locale.CHINESE);
        assertEquals(249, inChinese.size());
        Country kenya = countries.find("KE").orElseThrow();
        assertEquals("肯尼亚", kenya.nameIn(Locale.CHINESE));
        assertEquals("كينيا", kenya.nameIn(Locale.forLanguageTag("ar")));
        assertTrue(kenya.isDeveloping());
        assertTrue(countries.find("AF").orElseThrow().isLeastDeveloped());
        assertTrue(countries.find("FJ").orElseThrow().isSmallIslandDeveloping());
        assertTrue(!countries.find("JP").orElseThrow().isDeveloping());
        List<Country> inFrench = countries.sortedFor(Locale.FRENCH);
        assertTrue(inFrench.get(0).nameIn(Locale.FRENCH).startsWith("Afghanistan"));
    }

    @Test
    void theStoredCountriesAreNamedAsTheUnWritesThemInEveryLanguage() {
        for (String language : List.of("ar", "en", "es", "fr", "ru", "zh")) {
            Locale locale = Locale.forLanguageTag(language);
            countries.sortedFor(locale).forEach(country -> assertTrue(!country.nameIn(locale).contains("*"),
                    () -> country.getCode() + " in " + language + ": " + country.nameIn(locale)));
        }
        assertEquals("Côte d’Ivoire", countries.find("CI").orElseThrow().nameIn(Locale.ENGLISH));
        assertEquals("État de Palestine", countries.find("PS").orElseThrow().nameIn(Locale.FRENCH));
        assertEquals("Nioué", countries.find("NU").orElseThrow().nameIn(Locale.FRENCH));
    }
}
