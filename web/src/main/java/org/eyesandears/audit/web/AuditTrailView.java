package org.eyesandears.audit.web;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eyesandears.agency.service.AgencyService;
import org.eyesandears.agency.service.AgencySummary;
import org.eyesandears.audit.api.AuditCsv;
import org.eyesandears.audit.model.AuditOperation;
import org.eyesandears.audit.service.AuditChainWatch;
import org.eyesandears.audit.service.AuditEntry;
import org.eyesandears.audit.service.AuditFilter;
import org.eyesandears.audit.service.AuditQueries;
import org.eyesandears.audit.service.ChainReport;
import org.eyesandears.audit.service.ViewerSummary;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The auditor's page: search the audit trail, export it as CSV, see who has seen a referral, and
 * check the hash chain. The service checks the auditor role and records each look.
 */
@Named
@ViewScoped
public class AuditTrailView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AuditQueries queries;

    @Inject
    transient AgencyService agencyService;

    @Inject
    transient AuditChainWatch watch;

    @Inject
    transient org.eyesandears.referral.service.ReferralQueries referrals;

    private String username;
    private String objectType;
    private String objectId;
    private String agencyCode;
    private AuditOperation operation;
    private LocalDate from;
    private LocalDate to;
    private List<AuditEntry> entries;
    private boolean searched;

    private String reference;
    private List<ViewerSummary> viewers;
    private boolean unknownReference;

    private ChainReport chain;
    private List<AgencySummary> agencies;

    @PostConstruct
    void init() {
        agencies = agencyService.listAgencies();
    }

    /** Opening the page with ?reference= answers "who has seen this referral" at once. */
    public void openReference() {
        if (reference != null && !reference.isBlank() && viewers == null) {
            whoHasSeen();
        }
    }

    public void search() {
        entries = queries.search(filter(), AuditQueries.PAGE_LIMIT);
        searched = true;
    }

    public StreamedContent getExport() {
        byte[] csv = AuditCsv.of(queries.search(filter(), AuditQueries.EXPORT_LIMIT))
                .getBytes(StandardCharsets.UTF_8);
        return DefaultStreamedContent.builder().name("audit-trail.csv").contentType("text/csv")
                .contentLength((long) csv.length).stream(() -> new ByteArrayInputStream(csv)).build();
    }

    public void whoHasSeen() {
        viewers = queries.whoHasSeenReferral(reference);
        unknownReference = !referrals.exists(reference);
    }

    /** Whether the reference asked about was never issued (then "nobody has opened it" would mislead). */
    public boolean isUnknownReference() {
        return unknownReference;
    }

    public void verify() {
        chain = queries.verifyChain();
    }

    public ChainReport getLastNightly() {
        return watch.latest();
    }

    private AuditFilter filter() {
        return new AuditFilter(username, objectType, objectId, agencyCode, operation, from, to);
    }

    public List<AuditOperation> getOperations() {
        return List.of(AuditOperation.values());
    }

    public List<AgencySummary> getAgencies() {
        return agencies;
    }

    public List<AuditEntry> getEntries() {
        return entries;
    }

    public boolean isSearched() {
        return searched;
    }

    public List<ViewerSummary> getViewers() {
        return viewers;
    }

    public ChainReport getChain() {
        return chain;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getObjectType() {
        return objectType;
    }

    public void setObjectType(String objectType) {
        this.objectType = objectType;
    }

    public String getObjectId() {
        return objectId;
    }

    public void setObjectId(String objectId) {
        this.objectId = objectId;
    }

    public String getAgencyCode() {
        return agencyCode;
    }

    public void setAgencyCode(String agencyCode) {
        this.agencyCode = agencyCode;
    }

    public AuditOperation getOperation() {
        return operation;
    }

    public void setOperation(AuditOperation operation) {
        this.operation = operation;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }
}
