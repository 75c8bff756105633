package org.eyesandears.referral.web;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eyesandears.business.register.service.BusinessTypes;
import org.eyesandears.agency.service.AgencyService;
import org.eyesandears.agency.service.AgencySummary;
import org.eyesandears.agency.service.IndicatorSummary;
import org.eyesandears.business.register.service.BusinessQueries;
import org.eyesandears.business.register.service.BusinessSummary;
import org.eyesandears.referral.model.HandlingCode;
import org.eyesandears.referral.model.IntelligenceAssessment;
import org.eyesandears.referral.model.PersonCategory;
import org.eyesandears.referral.model.SourceEvaluation;
import org.eyesandears.referral.model.Urgency;
import org.eyesandears.referral.service.AttachmentRules;
import org.eyesandears.referral.service.DraftService;
import org.eyesandears.referral.service.NewReferral;
import org.eyesandears.referral.service.Upload;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;
import org.eyesandears.referral.service.ReferralDetail;
import org.eyesandears.referral.service.ReferralService;
import org.eyesandears.shared.time.London;
import org.eyesandears.shared.upload.FileNames;
import org.eyesandears.shared.web.Messages;

/**
 * The concern card: one page an officer fills in after a visit, in about a minute. The card's
 * idempotency key is made when the page opens, so a double click, a resubmitted form or a retried
 * request all land on the same referral.
 */
@Named
@ViewScoped
public class ConcernCardView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Where each service field's message is shown on the page. */
    @Inject
    Clock clock;

    @Inject
    AgencyService agencyService;

    @Inject
    BusinessQueries businessQueries;

    @Inject
    ReferralService referralService;

    @Inject
    DraftService draftService;

    private Instant draftSavedAt;
    private Instant draftRestoredFrom;

    private String idempotencyKey;
    private Map<String, List<IndicatorSummary>> indicatorsByArea;
    private List<IndicatorSummary> allIndicators;
    private List<AgencySummary> agencies;
    private Map<String, String> agencyNames;

    private BusinessSummary business;
    private boolean newPremises;
    private final PremisesForm premises = new PremisesForm();
    private LocalDate visitDate;
    private Long visitId;
    private String visitReason;
    private List<String> indicatorCodes = new ArrayList<>();
    private String otherConcern;
    private String otherConcernAgency;
    private String observation;
    private final List<PersonForm> people = new ArrayList<>();
    /*
     * The grading an officer gives what they saw or heard themselves, the common case: 1 (an officer
     * is a reliable source), A (known directly), P (may be shared with the partners). The card shows
     * it in words and opens the questions when it is changed or refused (ADR 0034).
     */
    static final SourceEvaluation USUAL_SOURCE = SourceEvaluation.RELIABLE;
    static final IntelligenceAssessment USUAL_INTELLIGENCE = IntelligenceAssessment.A;
    static final HandlingCode USUAL_HANDLING = HandlingCode.P;

    /** How many of the officer's recent businesses the card offers. */
    static final int RECENT_BUSINESSES = 4;

    private SourceEvaluation source = USUAL_SOURCE;
    private IntelligenceAssessment intelligence = USUAL_INTELLIGENCE;
    private HandlingCode handling = USUAL_HANDLING;
    private String conditions;
    private Urgency urgency = Urgency.ROUTINE;

    private final List<Upload> uploads = new ArrayList<>();
    private ReferralDetail submitted;
    private List<BusinessSummary> recentBusinesses;

    private String composeSeconds;

    @Inject
    org.eyesandears.visit.service.VisitQueries visitQueries;

    @Inject
    org.eyesandears.referral.service.ReferralQueries referralQueries;

    @PostConstruct
    void open() {
        idempotencyKey = UUID.randomUUID().toString();
        indicatorsByArea = agencyService.listIndicators().stream().collect(Collectors.groupingBy(
                IndicatorSummary::concernArea, LinkedHashMap::new, Collectors.toList()));
        allIndicators = indicatorsByArea.values().stream().flatMap(List::stream).toList();
        agencies = agencyService.listAgencies();
        agencyNames = agencyService.agencyNames();
        visitDate = today();
        recentBusinesses = recentBusinesses();
        draftService.load().ifPresent(this::restore);
    }

    /**
     * The businesses of the officer's latest visits and referrals, the latest first, each once (a
     * business merged into another as that other): chosen with one tap instead of a search.
     */
    private List<BusinessSummary> recentBusinesses() {
        Map<Long, Instant> latest = new java.util.HashMap<>(referralQueries.myRecentBusinesses(RECENT_BUSINESSES));
        visitQueries.myRecentVisitBusinesses(RECENT_BUSINESSES).forEach((id, at) -> latest.merge(id, at,
                (a, b) -> a.isAfter(b) ? a : b));
        Map<Long, BusinessSummary> found = new LinkedHashMap<>();
        latest.entrySet().stream()
                .sorted(Map.Entry.<Long, Instant>comparingByValue().reversed())
                .forEach(e -> businessQueries.current(e.getKey()).ifPresent(b -> found.putIfAbsent(b.id(), b)));
        return found.values().stream().limit(RECENT_BUSINESSES).toList();
    }

    public List<BusinessSummary> getRecentBusinesses() {
        return recentBusinesses;
    }

    /** One of the recent businesses, tapped. */
    public void choose(BusinessSummary recent) {
        business = recent;
        newPremises = false;
    }

    /** Whether an area's group of signs opens: a sign in it is ticked, or the signs were refused. */
    public boolean opensArea(String area) {
        return indicatorsByArea.getOrDefault(area, List.of()).stream().anyMatch(i -> indicatorCodes.contains(i.code()))
                || hasError("card:indicatorMessages");
    }

    /** Whether "something not in these groups" opens: it holds something, or is refused. */
    public boolean isOtherConcernOpen() {
        return otherConcern != null && !otherConcern.isBlank() || otherConcernAgency != null
                || hasError("card:otherConcern") || hasError("card:otherConcernAgency");
    }

    /** Whether the grading questions open: the grading is not the usual one, or is refused. */
    public boolean isGradingOpen() {
        return source != USUAL_SOURCE || intelligence != USUAL_INTELLIGENCE || handling != USUAL_HANDLING
                || hasError("card:source") || hasError("card:intelligence") || hasError("card:handling")
                || hasError("card:conditions");
    }

    /** The grading for the folded grading's heading, in words when it is the usual one. */
    public String getGradingInWords() {
        String codes = (source == null ? "?" : switch (source) {
            case RELIABLE -> "1";
            case UNTESTED -> "2";
            case NOT_RELIABLE -> "3";
        }) + " · " + (intelligence == null ? "?" : intelligence.name()) + " · " + (handling == null ? "?" : handling.name());
        return source == USUAL_SOURCE && intelligence == USUAL_INTELLIGENCE && handling == USUAL_HANDLING
                ? codes + ": you saw or heard it yourself; may be shared with the partners" : codes;
    }

    private static boolean hasError(String clientId) {
        return Messages.fieldErrors().stream().anyMatch(e -> e.clientId().equals(clientId));
    }

    /**
     * Opened from a visit ("raise a referral from this visit"): the card starts with the visit's
     * business, date and reason, unless a draft with a business was restored.
     */
    public void fromVisit() {
        if (visitId == null || business != null || newPremises) {
            return;
        }
        visitQueries.detail(visitId).ifPresent(v -> {
            business = businessQueries.find(v.summary().businessId()).orElse(null);
            LocalDate day = LocalDate.ofInstant(v.summary().startsAt(), London.ZONE);
            visitDate = day.isAfter(today()) ? today() : day;
            visitReason = "Joint visit led by " + v.summary().leadAgencyName();
        });
    }

    public Long getVisitId() {
        return visitId;
    }

    public void setVisitId(Long visitId) {
        this.visitId = visitId;
    }

    /** Saves the card as typed so far (called every few seconds while the card is open). */
    public void saveDraft() {
        if (submitted == null) {
            draftSavedAt = draftService.save(card());
        }
    }

    /** Throws the saved draft away and opens an empty card. */
    public String discardDraft() {
        draftService.discard();
        return "/referral/concern-card?faces-redirect=true";
    }

    private void restore(DraftService.Draft draft) {
        NewReferral c = draft.card();
        draftRestoredFrom = draft.savedAt();
        business = c.businessId() == null ? null : businessQueries.find(c.businessId()).orElse(null);
        newPremises = c.newBusiness() != null;
        if (newPremises) {
            premises.fill(c.newBusiness());
        }
        visitDate = c.visitDate() == null ? today() : c.visitDate();
        visitReason = c.visitReason();
        indicatorCodes = new ArrayList<>(c.indicatorCodes());
        otherConcern = c.otherConcern();
        otherConcernAgency = c.otherConcernAgency();
        observation = c.observation();
        c.people().forEach(p -> people.add(PersonForm.of(p)));
        if (c.grading() != null) {
            source = c.grading().source() == null ? USUAL_SOURCE : c.grading().source();
            intelligence = c.grading().intelligence() == null ? USUAL_INTELLIGENCE : c.grading().intelligence();
            handling = c.grading().handling() == null ? USUAL_HANDLING : c.grading().handling();
            conditions = c.grading().conditions();
        }
        urgency = c.urgency() == null ? Urgency.ROUTINE : c.urgency();
    }

    private NewReferral card() {
        return new NewReferral(newPremises || business == null ? null : business.id(),
                newPremises ? premises.toCommand() : null, visitDate, visitReason, List.copyOf(indicatorCodes),
                otherConcern, otherConcernAgency, observation,
                people.stream().map(PersonForm::toCommand).toList(),
                new NewReferral.NewGrading(source, intelligence, handling, conditions), urgency);
    }

    public Instant getDraftSavedAt() {
        return draftSavedAt;
    }

    public Instant getDraftRestoredFrom() {
        return draftRestoredFrom;
    }

    public List<BusinessSummary> completeBusiness(String text) {
        return businessQueries.search(text, 10);
    }

    /** Keeps an uploaded file with the card until it is sent; the service checks its content. */
    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        String name = FileNames.safeName(file.getFileName());
        if (uploads.size() >= AttachmentRules.MAX_FILES) {
            Messages.errorAt("card:attachments", "Attach at most " + AttachmentRules.MAX_FILES + " files.");
        } else if (AttachmentRules.contentType(file.getContent()).isEmpty()) {
            Messages.errorAt("card:attachments", name + " is not a JPEG, PNG or PDF file.");
        } else {
            uploads.add(new Upload(name, file.getContent()));
        }
    }

    public void removeUpload(String fileName) {
        uploads.removeIf(u -> u.fileName().equals(fileName));
    }

    public List<String> getUploadNames() {
        return uploads.stream().map(Upload::fileName).toList();
    }

    public void addPerson() {
        people.add(new PersonForm());
    }

    public void removePerson(PersonForm person) {
        people.remove(person);
    }

    /**
     * Sends the card once. Refused input comes back as field messages through PageErrorHandler. Once
     * sent, the page shows the confirmation instead of the form, so there is nothing to send again; a
     * stray second request is refused rather than answered with the first referral, which would look
     * like an edit sent when it was not (issue 15, item 3).
     */
    public void submit() {
        if (submitted != null) {
            throw new org.eyesandears.shared.validation.InvalidInputException(List.of(
                    new org.eyesandears.shared.validation.InvalidInputException.Violation("card",
                            "This card was sent already as " + submitted.reference()
                                    + ". Log another concern to send more.")));
        }
        Messages.labelFields(field -> field.startsWith("people[")
                ? "Person " + (Integer.parseInt(field.substring(7, field.indexOf(']'))) + 1) : null);
        submitted = referralService.submit(card(), List.copyOf(uploads), idempotencyKey, composeSeconds).referral();
    }

    /** The names of the agencies an indicator routes to, e.g. "Housing (HMOs), Fire and rescue". */
    public String receivers(IndicatorSummary indicator) {
        return indicator.receivingAgencies().stream().map(c -> agencyNames.getOrDefault(c, c))
                .collect(Collectors.joining(", "));
    }

    public LocalDate getToday() {
        return today();
    }

    private LocalDate today() {
        return London.today(clock);
    }

    public SourceEvaluation[] getSources() {
        return SourceEvaluation.values();
    }

    public IntelligenceAssessment[] getAssessments() {
        return IntelligenceAssessment.values();
    }

    public HandlingCode[] getHandlingCodes() {
        return HandlingCode.values();
    }

    public Urgency[] getUrgencies() {
        return Urgency.values();
    }

    public PersonCategory[] getCategories() {
        return PersonCategory.values();
    }

    public Map<String, List<IndicatorSummary>> getIndicatorsByArea() {
        return indicatorsByArea;
    }

    /** Every indicator in display order: the items of the one check-box group the page lays out by area. */
    public List<IndicatorSummary> getAllIndicators() {
        return allIndicators;
    }

    public int indexOf(IndicatorSummary indicator) {
        return allIndicators.indexOf(indicator);
    }

    public List<String> getConcernAreas() {
        return List.copyOf(indicatorsByArea.keySet());
    }

    public List<AgencySummary> getAgencies() {
        return agencies;
    }

    /** Seconds since the card opened, as the browser counted them (checked by the service). */
    public String getComposeSeconds() {
        return composeSeconds;
    }

    public void setComposeSeconds(String composeSeconds) {
        this.composeSeconds = composeSeconds;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public BusinessSummary getBusiness() {
        return business;
    }

    public void setBusiness(BusinessSummary business) {
        this.business = business;
    }

    public boolean isNewPremises() {
        return newPremises;
    }

    public void setNewPremises(boolean newPremises) {
        this.newPremises = newPremises;
    }

    public PremisesForm getPremises() {
        return premises;
    }

    public LocalDate getVisitDate() {
        return visitDate;
    }

    public void setVisitDate(LocalDate visitDate) {
        this.visitDate = visitDate;
    }

    public String getVisitReason() {
        return visitReason;
    }

    public void setVisitReason(String visitReason) {
        this.visitReason = visitReason;
    }

    public List<String> getIndicatorCodes() {
        return indicatorCodes;
    }

    public void setIndicatorCodes(List<String> indicatorCodes) {
        this.indicatorCodes = indicatorCodes == null ? new ArrayList<>() : new ArrayList<>(indicatorCodes);
    }

    public String getOtherConcern() {
        return otherConcern;
    }

    public void setOtherConcern(String otherConcern) {
        this.otherConcern = otherConcern;
    }

    public String getOtherConcernAgency() {
        return otherConcernAgency;
    }

    public void setOtherConcernAgency(String otherConcernAgency) {
        this.otherConcernAgency = otherConcernAgency;
    }

    public String getObservation() {
        return observation;
    }

    public void setObservation(String observation) {
        this.observation = observation;
    }

    public List<PersonForm> getPeople() {
        return people;
    }

    public SourceEvaluation getSource() {
        return source;
    }

    public void setSource(SourceEvaluation source) {
        this.source = source;
    }

    public IntelligenceAssessment getIntelligence() {
        return intelligence;
    }

    public void setIntelligence(IntelligenceAssessment intelligence) {
        this.intelligence = intelligence;
    }

    public HandlingCode getHandling() {
        return handling;
    }

    public void setHandling(HandlingCode handling) {
        this.handling = handling;
    }

    public String getConditions() {
        return conditions;
    }

    public void setConditions(String conditions) {
        this.conditions = conditions;
    }

    public Urgency getUrgency() {
        return urgency;
    }

    public void setUrgency(Urgency urgency) {
        this.urgency = urgency;
    }

    /** The register's kinds of business, for new premises. */
    public java.util.List<BusinessTypes.Option> getBusinessTypes() {
        return BusinessTypes.all();
    }

    public ReferralDetail getSubmitted() {
        return submitted;
    }

    /** New premises as typed on the card. */
    public static class PremisesForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private String tradingName;
        private String addressLine1;
        private String addressLine2;
        private String town;
        private String postcode;
        private String phone;
        private String companyNumber;
        private String uprn;
        private String businessType;

        NewReferral.NewBusiness toCommand() {
            return new NewReferral.NewBusiness(tradingName, addressLine1, addressLine2, town, postcode, phone,
                    companyNumber, uprn, businessType);
        }

        void fill(NewReferral.NewBusiness b) {
            tradingName = b.tradingName();
            addressLine1 = b.addressLine1();
            addressLine2 = b.addressLine2();
            town = b.town();
            postcode = b.postcode();
            phone = b.phone();
            companyNumber = b.companyNumber();
            uprn = b.uprn();
            businessType = b.businessType();
        }

        public String getBusinessType() { return businessType; }
        public void setBusinessType(String v) { businessType = BusinessTypes.chosen(v); }

        public String getTradingName() { return tradingName; }
        public void setTradingName(String v) { tradingName = v; }
        public String getAddressLine1() { return addressLine1; }
        public void setAddressLine1(String v) { addressLine1 = v; }
        public String getAddressLine2() { return addressLine2; }
        public void setAddressLine2(String v) { addressLine2 = v; }
        public String getTown() { return town; }
        public void setTown(String v) { town = v; }
        public String getPostcode() { return postcode; }
        public void setPostcode(String v) { postcode = v; }
        public String getPhone() { return phone; }
        public void setPhone(String v) { phone = v; }
        public String getCompanyNumber() { return companyNumber; }
        public void setCompanyNumber(String v) { companyNumber = v; }
        public String getUprn() { return uprn; }
        public void setUprn(String v) { uprn = v; }
    }

    /** A person the officer saw, as typed on the card. */
    public static class PersonForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private String nameOrDescription;
        private String roleAtPremises;
        private PersonCategory category = PersonCategory.OTHER;

        NewReferral.NewPerson toCommand() {
            return new NewReferral.NewPerson(nameOrDescription, roleAtPremises, category);
        }

        static PersonForm of(NewReferral.NewPerson person) {
            PersonForm form = new PersonForm();
            form.nameOrDescription = person.nameOrDescription();
            form.roleAtPremises = person.roleAtPremises();
            form.category = person.category() == null ? PersonCategory.OTHER : person.category();
            return form;
        }

        public String getNameOrDescription() { return nameOrDescription; }
        public void setNameOrDescription(String v) { nameOrDescription = v; }
        public String getRoleAtPremises() { return roleAtPremises; }
        public void setRoleAtPremises(String v) { roleAtPremises = v; }
        public PersonCategory getCategory() { return category; }
        public void setCategory(PersonCategory v) { category = v; }
    }
}
