package org.eyesandears.reporting.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.eyesandears.agency.service.AgencyService;
import org.eyesandears.reporting.service.StatsCsv;
import org.eyesandears.reporting.service.StatsPdf;
import org.eyesandears.reporting.service.StatsQueries;
import org.eyesandears.reporting.service.StatsSummary;
import org.eyesandears.shared.validation.InvalidInputException;

/**
 * The dashboard's downloads for the signed-in manager's browser: {@code GET
 * /reporting/export/{table}.csv} and {@code GET /reporting/export/summary.pdf}, each with
 * {@code from}, {@code to} and (partnership managers) {@code agency}. The same files as
 * {@code /api/stats/export/...}, which takes bearer tokens only and never the session cookie; the
 * same service ({@link StatsQueries#summary}) checks the caller may see the figures and records the
 * consultation in the audit trail, here from the channel of pages. A caller who is no manager gets
 * 403, an unknown table 404, a malformed date 400 with the reason (docs/security.md).
 */
@WebServlet("/reporting/export/*")
public class DashboardExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern FILE = Pattern.compile("/([a-z_]{1,32})\\.(csv|pdf)");

    @Inject
    transient StatsQueries stats;

    @Inject
    transient AgencyService agencies;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher file = FILE.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        boolean pdf = file.matches() && file.group(1).equals("summary") && file.group(2).equals("pdf");
        boolean csv = file.matches() && file.group(2).equals("csv") && StatsCsv.TABLES.contains(file.group(1));
        if (!pdf && !csv) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        StatsSummary summary;
        try {
            summary = stats.summary(date(request, "from"), date(request, "to"), request.getParameter("agency"));
        } catch (EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType("text/plain; charset=UTF-8");
            for (InvalidInputException.Violation v : e.violations()) {
                response.getWriter().println(v.field() + ": " + v.message());
            }
            return;
        }
        String period = summary.period().from() + "-to-" + summary.period().to();
        byte[] body;
        if (pdf) {
            Map<String, String> names = agencies.agencyNames();
            body = StatsPdf.summary(summary, code -> names.getOrDefault(code, code));
            response.setContentType("application/pdf");
            response.setHeader("Content-Disposition", "attachment; filename=\"eyes-and-ears-summary-" + period + ".pdf\"");
        } else {
            body = StatsCsv.table(file.group(1), summary).getBytes(StandardCharsets.UTF_8);
            response.setContentType("text/csv; charset=UTF-8");
            response.setHeader("Content-Disposition", "attachment; filename=\"eyes-and-ears-" + file.group(1) + "-"
                    + period + ".csv\"");
        }
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static LocalDate date(HttpServletRequest request, String field) {
        String value = request.getParameter(field);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(java.util.List.of(
                    new InvalidInputException.Violation(field, "Give a date as YYYY-MM-DD.")));
        }
    }
}
