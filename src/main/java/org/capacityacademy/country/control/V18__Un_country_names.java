package org.capacityacademy.country.control;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.PreparedStatement;

/**
 * Flyway migration 18: names every country as the UN writes it ({@link UnName}, {@link NameCorrections})
 * in a database filled before, whose names still carried UNTERM's footnote markers ("Nioué **"),
 * its articles in parentheses, and "Ivory Coast". A database created now gets the same names from
 * migration 3; this one then changes nothing.
 */
public class V18__Un_country_names extends BaseJavaMigration {

    private static final String UPDATE = "UPDATE country SET name_ar = ?, name_en = ?, name_es = ?, name_fr = ?, "
            + "name_ru = ?, name_zh = ? WHERE alpha2 = ?";

    @Override
    public void migrate(Context context) throws Exception {
        try (PreparedStatement update = context.getConnection().prepareStatement(UPDATE)) {
            for (CountryRecord country : CountryReferenceData.load()) {
                int i = 1;
                for (String language : new String[] {"ar", "en", "es", "fr", "ru", "zh"}) {
                    update.setString(i++, country.names().get(language));
                }
                update.setString(i, country.alpha2());
                update.addBatch();
            }
            update.executeBatch();
        }
    }
}
