package org.capacityacademy.administration.boundary;

import java.io.Serializable;
import java.util.List;

/**
 * What an applied import did: people created and updated, enrolments made, people added to
 * cohorts, cohorts created, rows skipped for their errors, and the new people to mail a link
 * to set their password (after the transaction committed).
 */
public record ImportReport(int created, int updated, int enrolled, int addedToCohorts, int cohortsCreated, int skipped,
                           List<String> newPeople) implements Serializable {
}
