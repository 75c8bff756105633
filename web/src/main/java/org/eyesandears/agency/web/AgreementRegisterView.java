package org.eyesandears.agency.web;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eyesandears.agency.model.FeedbackLevel;
import org.eyesandears.agency.service.AgencyService;
import org.eyesandears.agency.service.AgreementChangeView;
import org.eyesandears.agency.service.AgreementService;
import org.eyesandears.agency.service.AgreementSummary;
import org.eyesandears.agency.service.AgreementTerms;
import org.eyesandears.shared.error.ConcurrentChangeException;
import org.eyesandears.shared.time.London;
import org.eyesandears.shared.web.Messages;

/**
 * The administrators' sharing agreements register: every pair of agencies with the agreement in
 * force, and for the one chosen, its terms to add or change, its ending, and its history. The
 * service checks the role, validates and audits.
 */
@Named
@ViewScoped
public class AgreementRegisterView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Clock clock;

    @Inject
    transient AgreementService agreements;

    @Inject
    transient AgencyService agencies;

    private List<AgreementSummary> register;
    private Map<String, String> names;

    /** The form: null mode when closed, "add", "edit" or "end". */
    private String mode;
    private String fromAgency;
    private String toAgency;
    private Boolean mayRefer;
    private boolean sharesInterest;
    private String gateway;
    private String gatewayReference;
    private FeedbackLevel disclosureLevel;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private String documentReference;
    private Long version;

    private List<AgreementChangeView> history;

    /** The register's filter: an agency on either side (null: any), and in force, ended, not started or all. */
    private String filterAgency;
    private String filterState = "ALL";
    private List<AgreementSummary> shown;

    @PostConstruct
    void load() {
        names = agencies.agencyNames();
        reload();
    }

    /** Reads the register again and applies the filter; the table shows the same list until the next change. */
    private void reload() {
        register = agreements.list();
        filter();
    }

    /** The filter changed: the agreements to or from the agency chosen, in the state chosen. */
    public void filter() {
        LocalDate today = London.today(clock);
        shown = register.stream()
                .filter(a -> filterAgency == null || filterAgency.equals(a.fromAgency()) || filterAgency.equals(a.toAgency()))
                .filter(a -> switch (filterState == null ? "ALL" : filterState) {
                    case "IN_FORCE" -> a.inForce();
                    case "ENDED" -> ended(a, today);
                    case "NOT_STARTED" -> a.startsOn().isAfter(today);
                    default -> true;
                })
                .toList();
    }

    public void add() {
        mode = "add";
        fromAgency = null;
        toAgency = null;
        mayRefer = Boolean.TRUE;
        sharesInterest = false;
        gateway = null;
        gatewayReference = null;
        disclosureLevel = FeedbackLevel.FULL;
        startsOn = null;
        endsOn = null;
        documentReference = null;
        version = null;
        history = null;
    }

    public void edit(AgreementSummary a) {
        fill(a);
        mode = "edit";
    }

    /** Opens the ending form; yesterday is the suggested last day, which ends it at once. */
    public void end(AgreementSummary a) {
        fill(a);
        mode = "end";
        LocalDate yesterday = London.today(clock).minusDays(1);
        endsOn = a.endsOn() != null && a.endsOn().isBefore(yesterday) ? a.endsOn()
                : yesterday.isBefore(a.startsOn()) ? a.startsOn() : yesterday;
    }

    public void showHistory(AgreementSummary a) {
        fill(a);
        mode = null;
        history = agreements.history(a.fromAgency(), a.toAgency());
    }

    private void fill(AgreementSummary a) {
        fromAgency = a.fromAgency();
        toAgency = a.toAgency();
        mayRefer = a.mayRefer();
        sharesInterest = a.sharesInterest();
        gateway = a.gateway();
        gatewayReference = a.gatewayReference();
        disclosureLevel = a.disclosureLevel();
        startsOn = a.startsOn();
        endsOn = a.endsOn();
        documentReference = a.documentReference();
        version = a.version();
        history = null;
    }

    public void cancel() {
        mode = null;
    }

    public void save() {
        try {
            AgreementSummary saved = "end".equals(mode)
                    ? agreements.end(fromAgency, toAgency, endsOn, version)
                    : agreements.save(new AgreementTerms(fromAgency, toAgency, mayRefer, gateway, gatewayReference,
                    disclosureLevel, startsOn, endsOn, documentReference, "add".equals(mode) ? null : version,
                    sharesInterest));
            Messages.info("The agreement from " + name(saved.fromAgency()) + " to " + name(saved.toAgency())
                    + ("end".equals(mode) ? " ends on " + saved.endsOn() : " is saved")
                    + (saved.inForce() ? "; it is in force today." : "; it is not in force today."));
            mode = null;
            reload();
        } catch (ConcurrentChangeException stale) {
            // Show the register as it is now; the message is PageErrorHandler's.
            mode = null;
            reload();
            throw stale;
        }
    }

    /** How people name an agency: its name, or its code when it has none. */
    public String name(String code) {
        return code == null ? "" : names.getOrDefault(code, code);
    }

    /** In words, for the status column (not colour alone). */
    public String status(AgreementSummary a) {
        LocalDate today = London.today(clock);
        if (!a.mayRefer()) {
            return a.inForce() ? "In force: no referrals this way" : "Not in force";
        }
        if (a.inForce()) {
            return "In force";
        }
        return a.startsOn().isAfter(today) ? "Not started" : "Ended";
    }

    public String disclosure(FeedbackLevel level) {
        if (level == null) {
            return "";
        }
        return switch (level) {
            case FULL -> "Usefulness, outcome and comment";
            case OUTCOME_ONLY -> "Outcome only";
            case RECEIVED_ACTIONED -> "Received or actioned only";
        };
    }

    public FeedbackLevel[] getLevels() {
        return FeedbackLevel.values();
    }

    public Map<String, String> getAgencyNames() {
        return names;
    }

    /** The register as filtered. */
    public List<AgreementSummary> getRegister() {
        return shown;
    }

    /** How many agreements the register holds in all, for "n of m shown". */
    public int getTotal() {
        return register.size();
    }

    /**
     * Whether the agreement's last day has passed: it can be looked at, not ended again. Faces also
     * asks outside the table's rows (visiting the tree for an update), with no row: then false.
     */
    public boolean ended(AgreementSummary a) {
        return a != null && ended(a, London.today(clock));
    }

    private static boolean ended(AgreementSummary a, LocalDate today) {
        return a.endsOn() != null && a.endsOn().isBefore(today);
    }

    public String getFilterAgency() {
        return filterAgency;
    }

    public void setFilterAgency(String filterAgency) {
        this.filterAgency = filterAgency;
    }

    public String getFilterState() {
        return filterState;
    }

    public void setFilterState(String filterState) {
        this.filterState = filterState;
    }

    public String getMode() {
        return mode;
    }

    public List<AgreementChangeView> getHistory() {
        return history;
    }

    public String getFromAgency() {
        return fromAgency;
    }

    public void setFromAgency(String fromAgency) {
        this.fromAgency = fromAgency;
    }

    public String getToAgency() {
        return toAgency;
    }

    public void setToAgency(String toAgency) {
        this.toAgency = toAgency;
    }

    public boolean isSharesInterest() {
        return sharesInterest;
    }

    public void setSharesInterest(boolean sharesInterest) {
        this.sharesInterest = sharesInterest;
    }

    public Boolean getMayRefer() {
        return mayRefer;
    }

    public void setMayRefer(Boolean mayRefer) {
        this.mayRefer = mayRefer;
    }

    public String getGateway() {
        return gateway;
    }

    public void setGateway(String gateway) {
        this.gateway = gateway;
    }

    public String getGatewayReference() {
        return gatewayReference;
    }

    public void setGatewayReference(String gatewayReference) {
        this.gatewayReference = gatewayReference;
    }

    public FeedbackLevel getDisclosureLevel() {
        return disclosureLevel;
    }

    public void setDisclosureLevel(FeedbackLevel disclosureLevel) {
        this.disclosureLevel = disclosureLevel;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public String getDocumentReference() {
        return documentReference;
    }

    public void setDocumentReference(String documentReference) {
        this.documentReference = documentReference;
    }
}
