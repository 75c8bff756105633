package org.eyesandears.business.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eyesandears.business.register.service.BusinessHit;
import org.eyesandears.business.register.service.BusinessPage;
import org.eyesandears.business.register.service.BusinessTypes;
import org.eyesandears.business.imports.service.DatasetSummary;
import org.eyesandears.business.imports.service.ImportPreview;
import org.eyesandears.business.imports.service.ImportProgress;
import org.eyesandears.business.imports.service.ImportService;
import org.eyesandears.business.linking.service.PairView;
import org.eyesandears.business.imports.service.ProblemLine;
import org.eyesandears.business.register.service.RadarCriteria;
import org.eyesandears.business.linking.service.RecordView;
import org.eyesandears.business.linking.service.RegisterIndex;
import org.eyesandears.business.register.service.RegisterQueries;
import org.eyesandears.business.linking.service.ReviewService;
import org.eyesandears.shared.tx.RetriedOnConflict;
import org.eyesandears.shared.validation.InvalidInputException;

/** The business register: the radar and business pages; dataset imports and the review queue (analysts). */
@RetriedOnConflict
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class RegisterResource {

    /**
     * A dataset and its column mapping ("id=FHRSID,name=BusinessName,address=Line1+Line2,rating=RatingValue,
     * date=RatingDate"), with the agency's rule for adverse records ("0-2, Enforcement") and how many
     * months such a record counts; either left out keeps what the dataset has.
     */
    public record DatasetForm(String agency, String name, String columnMap, String adverseValues,
                              Integer adverseMonths) {
    }

    /** An analyst's answer about a candidate pair: ACCEPT, REJECT or NOT_SURE. */
    public record DecisionForm(ReviewService.Answer decision) {
    }

    /** The thresholds the server links with. */
    public record Thresholds(double upper, double lower) {
    }

    @Inject
    RegisterQueries register;

    @Inject
    ImportService imports;

    @Inject
    ReviewService review;

    @Inject
    RegisterIndex index;

    @GET
    @Path("businesses")
    @Operation(summary = "Business radar: businesses by name, postcode, district (outward code), dataset, first-seen"
            + " dates and kind (businessType)")
    public List<BusinessHit> search(@QueryParam("name") String name, @QueryParam("postcode") String postcode,
                                    @QueryParam("district") String district, @QueryParam("dataset") Long dataset,
                                    @QueryParam("from") String from, @QueryParam("to") String to,
                                    @QueryParam("businessType") String businessType,
                                    @QueryParam("max") @DefaultValue("50") int max) {
        return register.search(new RadarCriteria(name, postcode, district, dataset, date("from", from), date("to", to),
                businessType), max);
    }

    @GET
    @Path("businesses/shared")
    @Operation(summary = "Businesses of interest to at least `min` agencies (default 2), optionally of one kind"
            + " (businessType, e.g. TAKEAWAY)")
    public List<BusinessHit> shared(@QueryParam("min") @DefaultValue("2") int min,
                                    @QueryParam("businessType") String businessType,
                                    @QueryParam("max") @DefaultValue("100") int max) {
        return register.sharedBy(min, businessType, max);
    }

    @GET
    @Path("businesses/types")
    @Operation(summary = "The register's kinds of business: code and words")
    public List<BusinessTypes.Option> businessTypes() {
        return BusinessTypes.all();
    }

    @GET
    @Path("businesses/{id}")
    @Operation(summary = "A business page: its records, the agencies with an interest, its history (audited)")
    public BusinessPage business(@PathParam("id") long id) {
        return register.page(id).orElseThrow(() -> new NotFoundException("No such business."));
    }

    @GET
    @Path("linkage/thresholds")
    @Operation(summary = "The match probabilities for automatic links (upper) and for the review queue (lower)")
    public Thresholds thresholds() {
        return new Thresholds(index.thresholds().upper(), index.thresholds().lower());
    }

    @GET
    @Path("linkage/datasets")
    @Operation(summary = "Agency datasets with their saved column mappings (analysts)")
    public List<DatasetSummary> datasets() {
        return imports.datasets();
    }

    @POST
    @Path("linkage/datasets")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a dataset or save its column mapping (analysts)")
    public DatasetSummary saveDataset(DatasetForm form) {
        if (form == null) {
            throw new InvalidInputException(List.of(new InvalidInputException.Violation("body", "Send the dataset.")));
        }
        return imports.saveDataset(form.agency(), form.name(), form.columnMap(), form.adverseValues(),
                form.adverseMonths());
    }

    @POST
    @Path("linkage/preview")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "What a file would import with a column mapping, without importing (analysts)")
    public ImportPreview preview(@QueryParam("columnMap") String columnMap, byte[] content) {
        return imports.preview(columnMap, content);
    }

    @POST
    @Path("linkage/datasets/{id}/imports")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Import a CSV file into a dataset with its saved mapping, in the background (analysts)")
    public Response startImport(@PathParam("id") long datasetId, @HeaderParam("X-File-Name") String fileName,
                                byte[] content) {
        return Response.accepted(imports.start(datasetId, fileName, content)).build();
    }

    @GET
    @Path("linkage/imports")
    @Operation(summary = "Recent imports with their progress (analysts)")
    public List<ImportProgress> recentImports(@QueryParam("max") @DefaultValue("20") int max) {
        return imports.recentJobs(max);
    }

    @GET
    @Path("linkage/imports/{id}")
    @Operation(summary = "An import's progress (analysts)")
    public ImportProgress importJob(@PathParam("id") long id) {
        return imports.job(id).orElseThrow(() -> new NotFoundException("No such import."));
    }

    @GET
    @Path("linkage/imports/{id}/problems")
    @Operation(summary = "The rows an import could not use, with line numbers (analysts)")
    public List<ProblemLine> problems(@PathParam("id") long id, @QueryParam("max") @DefaultValue("1000") int max) {
        return imports.problems(id, max);
    }

    @POST
    @Path("linkage/imports/{id}/cancel")
    @Operation(summary = "Stop an import after its current chunk (analysts)")
    public ImportProgress cancel(@PathParam("id") long id) {
        return imports.cancel(id);
    }

    @GET
    @Path("linkage/review")
    @Operation(summary = "The review queue: candidate pairs with their explanations (analysts)")
    public List<PairView> queue(@QueryParam("max") @DefaultValue("50") int max) {
        return review.queue(max);
    }

    @GET
    @Path("linkage/review/{id}")
    @Operation(summary = "One candidate pair with its explanation (analysts)")
    public PairView pair(@PathParam("id") long id) {
        return review.pair(id).orElseThrow(() -> new NotFoundException("No such pair."));
    }

    @POST
    @Path("linkage/review/{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Accept, reject or mark a pair not sure (analysts)")
    public PairView decide(@PathParam("id") long id, DecisionForm form) {
        return review.decide(id, form == null ? null : form.decision());
    }

    @POST
    @Path("linkage/records/{id}/undo")
    @Operation(summary = "Undo a record's link: it is separated from its business again (analysts)")
    public RecordView undo(@PathParam("id") long id) {
        return review.undo(id);
    }

    private static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(List.of(new InvalidInputException.Violation(field,
                    "Give the date as YYYY-MM-DD.")));
        }
    }
}
