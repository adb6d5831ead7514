package org.capacityacademy.reporting.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.capacityacademy.platform.boundary.Language;
import org.capacityacademy.platform.control.Messages;
import org.capacityacademy.reporting.control.ReportTable;
import org.capacityacademy.reporting.control.TableExport;

import java.time.LocalDate;
import java.util.Locale;
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
 * {@code GET /api/admin/reports.csv} and {@code /api/admin/reports.xlsx}: the table the reports
 * page shows for the same parameters, in the page's language, as a download. A parameter that is
 * not one of the choices is refused with 400 and the reason in the person's language.
 */
@Path("admin/reports.{format: csv|xlsx}")
@RolesAllowed("ADMIN")
public class ReportExportResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    EnrolmentReports reports;

    @Inject
    Language language;

    @Operation(summary = "Download a report as CSV or XLSX",
            description = "The reports page's table for the same choices (each as in the page's address), in the caller's "
                    + "language: CSV in UTF-8 with a byte order mark, or XLSX. Text cells beginning with =, +, - or @ are "
                    + "prefixed with an apostrophe. Who may call it: administrators (ADMIN).")
    @Tag(name = "Reports")
    @SecurityRequirement(name = "session")
    @Parameter(name = "format", in = ParameterIn.PATH, required = true, description = "csv or xlsx",
            schema = @Schema(type = SchemaType.STRING, enumeration = {"csv", "xlsx"}))
    @Parameter(name = "by", in = ParameterIn.QUERY, description = "The breakdown: course (the default), country, region, "
            + "subregion, group, organisationType, gender, cohort, month, quarter or year")
    @Parameter(name = "course", in = ParameterIn.QUERY, description = "Only this course (its code)")
    @Parameter(name = "from", in = ParameterIn.QUERY, description = "From this day (YYYY-MM-DD)", schema = @Schema(type = SchemaType.STRING, format = "date"))
    @Parameter(name = "to", in = ParameterIn.QUERY, description = "Up to this day (YYYY-MM-DD)", schema = @Schema(type = SchemaType.STRING, format = "date"))
    @Parameter(name = "country", in = ParameterIn.QUERY, description = "Only learners of this country (ISO 3166 alpha-2, such as KE)")
    @Parameter(name = "group", in = ParameterIn.QUERY, description = "Only learners of countries of this development group: developing, ldc, lldc, sids or developed")
    @Parameter(name = "organisationType", in = ParameterIn.QUERY, description = "Only learners of this type of organisation (such as CERT)")
    @Parameter(name = "gender", in = ParameterIn.QUERY, description = "Only learners of this gender (FEMALE, MALE, OTHER, UNDISCLOSED)")
    @APIResponse(responseCode = "200", description = "The table, as an attachment", content = {
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "400", description = "A choice that is not one of the list, or a date that is not one: each reason on a line, in the caller's language",
            content = @Content(mediaType = "text/plain", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "403", description = "The caller is not an administrator")
    @GET
    public Response export(@PathParam("format") String format, @QueryParam("by") String by,
                           @QueryParam("course") String course, @QueryParam("from") String from,
                           @QueryParam("to") String to, @QueryParam("country") String country,
                           @QueryParam("group") String group, @QueryParam("organisationType") String organisationType,
                           @QueryParam("gender") String gender) {
        Locale locale = language.getLocale();
        ReportRequest request = ReportRequest.of(by, course, from, to, country, group, organisationType, gender);
        if (!request.problems().isEmpty()) {
            return Response.status(Response.Status.BAD_REQUEST).type("text/plain; charset=UTF-8")
                    .entity(request.problems().stream().map(key -> Messages.text(locale, key))
                            .reduce((a, b) -> a + "\n" + b).orElse("")).build();
        }
        ReportTable table = reports.table(request.by(), request.filter(), locale);
        boolean csv = format.equals("csv");
        StreamingOutput body = out -> {
            if (csv) {
                TableExport.csv(table, out);
            } else {
                TableExport.xlsx(table, out);
            }
        };
        String name = "report-" + request.by().parameter() + "-" + LocalDate.now() + "." + format;
        return Response.ok(body, csv ? "text/csv; charset=UTF-8" : XLSX)
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .header("Cache-Control", "no-store").build();
    }
}
