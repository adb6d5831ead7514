package org.capacityacademy.country.control;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.PreparedStatement;

/**
 * Flyway migration 3: fills the country table from the shipped reference data. A Java
 * migration so the CSV stays the one source of the data (the class name is Flyway's
 * versioning convention).
 */
public class V3__Load_countries extends BaseJavaMigration {

    private static final String INSERT = "INSERT INTO country (alpha2, alpha3, m49, region, sub_region, "
            + "intermediate_region, developing, ldc, lldc, sids, name_ar, name_en, name_es, name_fr, name_ru, name_zh) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    @Override
    public void migrate(Context context) throws Exception {
        try (PreparedStatement insert = context.getConnection().prepareStatement(INSERT)) {
            for (CountryRecord country : CountryReferenceData.load()) {
                int i = 1;
                insert.setString(i++, country.alpha2());
                insert.setString(i++, country.alpha3());
                insert.setString(i++, country.m49());
                insert.setString(i++, country.region());
                insert.setString(i++, country.subRegion());
                insert.setString(i++, country.intermediateRegion());
                insert.setBoolean(i++, country.developing());
                insert.setBoolean(i++, country.ldc());
                insert.setBoolean(i++, country.lldc());
                insert.setBoolean(i++, country.sids());
                for (String language : new String[] {"ar", "en", "es", "fr", "ru", "zh"}) {
                    insert.setString(i++, country.names().get(language));
                }
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
