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
