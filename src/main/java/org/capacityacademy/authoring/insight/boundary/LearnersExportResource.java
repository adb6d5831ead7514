package org.capacityacademy.authoring.insight.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.StreamingOutput;
import org.capacityacademy.authoring.drafts.boundary.NotAnAuthor;
import org.capacityacademy.authoring.insight.control.CsvSheet;
import org.capacityacademy.authoring.insight.control.LearnerFilter;
import org.capacityacademy.authoring.insight.control.LearnerProgress;
import org.capacityacademy.authoring.insight.control.LearnerStatus;
import org.capacityacademy.authoring.insight.control.ProgressColumns;
import org.capacityacademy.authoring.insight.control.QuizResult;
import org.capacityacademy.country.boundary.Countries;
import org.capacityacademy.platform.boundary.Language;
import org.capacityacademy.platform.control.Messages;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /api/author/learners.csv?course=C&q=&cohort=&status=&from=&to=}: the rows the
 * learners page lists for the same filter, all of them, in the page's language, read from the
 * database a page at a time. Only the course's authors and administrators get it (403 otherwise,
 * 404 for no such course); a filter value that is not one of the choices is refused with 400
 * and the reason in the person's language.
 */
@Path("author/learners.csv")
@RolesAllowed({"INSTRUCTOR", "ADMIN"})
public class LearnersExportResource {

    private static final int CHUNK = 500;

    @Inject
    CourseInsight insight;

    @Inject
    Language language;

    @Inject
    Countries countries;

    @Context
    SecurityContext security;

    @Operation(summary = "Download a course's learners as CSV",
            description = "The rows the learners page lists for the same filter, all of them, in the caller's language. "
                    + "Who may call it: the course's authors (INSTRUCTOR) and administrators (ADMIN).")
    @Tag(name = "Authoring")
    @SecurityRequirement(name = "session")
    @Parameter(name = "course", in = ParameterIn.QUERY, required = true, description = "The course's code")
    @Parameter(name = "q", in = ParameterIn.QUERY, description = "Text to find in learners' names and e-mail addresses")
    @Parameter(name = "cohort", in = ParameterIn.QUERY, description = "Only members of this cohort (its number)")
    @Parameter(name = "status", in = ParameterIn.QUERY, description = "Only learners in this status: not-started, in-progress or completed",
            schema = @Schema(type = SchemaType.STRING, enumeration = {"not-started", "in-progress", "completed"}))
    @Parameter(name = "from", in = ParameterIn.QUERY, description = "Enrolled from this day (YYYY-MM-DD)", schema = @Schema(type = SchemaType.STRING, format = "date"))
    @Parameter(name = "to", in = ParameterIn.QUERY, description = "Enrolled up to this day (YYYY-MM-DD)", schema = @Schema(type = SchemaType.STRING, format = "date"))
    @APIResponse(responseCode = "200", description = "The learners, as an attachment",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "A filter value that is not one of the choices: the reasons, in the caller's language",
            content = @Content(mediaType = "text/plain", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "403", description = "The caller may not see this course's learners",
            content = @Content(mediaType = "text/plain", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No such course",
            content = @Content(mediaType = "text/plain", schema = @Schema(type = SchemaType.STRING)))
    @GET
    public Response export(@QueryParam("course") String course, @QueryParam("q") String text,
                           @QueryParam("cohort") String cohort, @QueryParam("status") String status,
                           @QueryParam("from") String from, @QueryParam("to") String to) {
        Locale locale = language.getLocale();
        String email = security.getUserPrincipal() == null ? null : security.getUserPrincipal().getName();
        if (blank(course)) {
            return plain(Response.Status.NOT_FOUND, Messages.text(locale, "author.insight.noCourse"));
        }
        ProgressColumns columns;
        try {
            columns = insight.course(email, course, language.getTag()).orElse(null);
        } catch (NotAnAuthor e) {
            return plain(Response.Status.FORBIDDEN, Messages.text(locale, "author.insight.notAnAuthor"));
        }
        if (columns == null) {
            return plain(Response.Status.NOT_FOUND, Messages.text(locale, "author.insight.noCourse"));
        }
        List<String> problems = new ArrayList<>();
        Optional<LearnerStatus> chosen = blank(status) ? Optional.empty() : LearnerStatus.fromParameter(status);
        if (!blank(status) && chosen.isEmpty()) {
            problems.add("author.learners.badStatus");
        }
        Long cohortId = blank(cohort) ? null : InsightPage.number(cohort);
        if (!blank(cohort) && (cohortId == null || !insight.cohorts(email, course).containsKey(cohortId))) {
            problems.add("author.learners.badCohort");
        }
        LocalDate fromDay = day(from, "author.learners.badFrom", problems);
        LocalDate toDay = day(to, "author.learners.badTo", problems);
        if (!problems.isEmpty()) {
            return plain(Response.Status.BAD_REQUEST, String.join("\n", problems.stream().map(k -> Messages.text(locale, k)).toList()));
        }
        LearnerFilter filter = new LearnerFilter(text, cohortId, chosen.orElse(null), fromDay, toDay);
        StreamingOutput body = out -> {
            try (CsvSheet sheet = new CsvSheet(out, headers(columns, locale))) {
                for (int first = 0; ; first += CHUNK) {
                    List<LearnerProgress> rows = insight.learners(email, course, filter, first, CHUNK);
                    for (LearnerProgress row : rows) {
                        sheet.line(cells(row, columns, locale));
                    }
                    if (rows.size() < CHUNK) {
                        break;
                    }
                }
            }
        };
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"learners-" + columns.code() + "-" + LocalDate.now() + ".csv\"")
                .header("Cache-Control", "no-store").build();
    }

    private static List<String> headers(ProgressColumns columns, Locale locale) {
        List<String> headers = new ArrayList<>(Arrays.asList(Messages.text(locale, "author.learners.name"),
                Messages.text(locale, "field.email"), Messages.text(locale, "field.country"),
                Messages.text(locale, "author.learners.enrolledOn"), Messages.text(locale, "author.learners.lessonsDoneColumn"),
                Messages.text(locale, "author.learners.lessonsRequiredColumn")));
        for (ProgressColumns.Quiz quiz : columns.quizzes()) {
            headers.add(Messages.text(locale, "author.learners.bestColumn", quiz.title()));
            headers.add(Messages.text(locale, "author.learners.passedColumn", quiz.title()));
        }
        headers.add(Messages.text(locale, "author.learners.status"));
        headers.add(Messages.text(locale, "author.learners.completedOn"));
        return headers;
    }

    private List<Object> cells(LearnerProgress row, ProgressColumns columns, Locale locale) {
        List<Object> cells = new ArrayList<>(Arrays.asList(
                row.erased() ? Messages.text(locale, "author.learners.erased") : row.name(), row.erased() ? "" : row.email(),
                countries.find(row.countryCode()).map(c -> c.nameIn(locale)).orElse(row.countryCode()),
                day(row.enrolledAt()), row.lessonsDone(), columns.requiredLessons()));
        for (ProgressColumns.Quiz quiz : columns.quizzes()) {
            QuizResult result = row.quiz(quiz.code());
            cells.add(result == null ? null : result.best());
            cells.add(result == null ? "" : Messages.text(locale, result.passed() ? "author.learners.yes" : "author.learners.no"));
        }
        cells.add(Messages.text(locale, row.status().getMessageKey()));
        cells.add(day(row.completedAt()));
        return cells;
    }

    private static String day(Instant instant) {
        return instant == null ? "" : LocalDate.ofInstant(instant, ZoneOffset.UTC).toString();
    }

    private static LocalDate day(String value, String problem, List<String> problems) {
        if (blank(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            problems.add(problem);
            return null;
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static Response plain(Response.Status status, String text) {
        return Response.status(status).type("text/plain; charset=UTF-8").entity(text).build();
    }
}
