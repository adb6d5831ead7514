package org.capacityacademy.catalog.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/** At start-up, brings the stored courses in line with the files in the courses folder. */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CourseLoader {

    @Inject
    CourseLibrary library;

    @PostConstruct
    void importCourses() {
        library.importAll();
    }
}
