package org.eyesandears.audit.api;

import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eyesandears.audit.model.AuditOperation;
import org.eyesandears.audit.service.AuditEntry;
import org.eyesandears.audit.service.AuditFilter;
import org.eyesandears.audit.service.AuditQueries;
import org.eyesandears.audit.service.ChainReport;
import org.eyesandears.audit.service.ViewerSummary;
import org.eyesandears.shared.tx.RetriedOnConflict;
import org.eyesandears.shared.validation.InvalidInputException;
import org.eyesandears.subjectaccess.service.SubjectAccessReport;
import org.eyesandears.subjectaccess.service.SubjectAccessService;

/** The auditor's API: search and export the audit trail, who has seen a referral, chain check. */
@RetriedOnConflict
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    AuditQueries queries;

    @Inject
    SubjectAccessService subjectAccess;

    @GET
    @Path("records")
    @Operation(summary = "Search the audit trail, newest first (auditors)")
    public List<AuditEntry> search(@QueryParam("user") String user, @QueryParam("objectType") String objectType,
                                   @QueryParam("objectId") String objectId, @QueryParam("agency") String agency,
                                   @QueryParam("operation") AuditOperation operation,
                                   @QueryParam("from") String from, @QueryParam("to") String to,
                                   @QueryParam("max") @DefaultValue("200") int max) {
        return queries.search(filter(user, objectType, objectId, agency, operation, from, to),
                Math.min(max, AuditQueries.PAGE_LIMIT));
    }

    @GET
    @Path("records.csv")
    @Produces("text/csv")
    @Operation(summary = "Export the audit trail search as CSV (auditors)")
    public Response export(@QueryParam("user") String user, @QueryParam("objectType") String objectType,
                           @QueryParam("objectId") String objectId, @QueryParam("agency") String agency,
                           @QueryParam("operation") AuditOperation operation,
                           @QueryParam("from") String from, @QueryParam("to") String to) {
        String csv = AuditCsv.of(queries.search(filter(user, objectType, objectId, agency, operation, from, to),
                AuditQueries.EXPORT_LIMIT));
        return Response.ok(csv, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"audit-trail.csv\"").build();
    }

    @GET
    @Path("referrals/{reference}/viewers")
    @Operation(summary = "Who has seen this referral: each user, their agency, how often, first and last time (auditors)")
    public List<ViewerSummary> viewers(@PathParam("reference") String reference) {
        return queries.whoHasSeenReferral(reference);
    }

    @GET
    @Path("subject-access")
    @Operation(summary = "Subject access helper: the referrals naming a person or business, and their audit records (auditors)")
    public SubjectAccessReport subjectAccess(@QueryParam("name") String name) {
        return subjectAccess.report(name);
    }

    @POST
    @Path("chain/verification")
    @Operation(summary = "Check the audit trail's hash chain now and report the first broken link (auditors)")
    public ChainReport verify() {
        return queries.verifyChain();
    }

    private static AuditFilter filter(String user, String objectType, String objectId, String agency,
                                      AuditOperation operation, String from, String to) {
        return new AuditFilter(user, objectType, objectId, agency, operation, date("from", from), date("to", to));
    }

    private static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidInputException(List.of(new InvalidInputException.Violation(field,
                    "Give a date as YYYY-MM-DD.")));
        }
    }
}
