package org.capacityacademy.platform.control;

import jakarta.annotation.sql.DataSourceDefinition;

/**
 * The platform's one data source. Values come from MicroProfile Config (defaults in
 * {@code META-INF/microprofile-config.properties}: an H2 file database in {@code DATA_DIR});
 * the environment variables {@code DB_URL}, {@code DB_USER}, {@code DB_PASSWORD} and
 * {@code DB_DATASOURCE_CLASS} switch it to PostgreSQL without a rebuild.
 */
@DataSourceDefinition(
        name = ApplicationDataSource.JNDI_NAME,
        className = "${MPCONFIG=db.datasource-class}",
        url = "${MPCONFIG=db.url}",
        user = "${MPCONFIG=db.user}",
        password = "${MPCONFIG=db.password}",
        minPoolSize = 2,
        maxPoolSize = 32,
        initialPoolSize = 2,
        maxIdleTime = 300)
public final class ApplicationDataSource {

    public static final String JNDI_NAME = "java:app/jdbc/academy";

    private ApplicationDataSource() {
    }
}
