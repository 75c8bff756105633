package org.eyesandears.visit.web;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eyesandears.agency.service.AgencyService;
import org.eyesandears.agency.service.AgencySummary;
import org.eyesandears.agency.service.LeadAdvice;
import org.eyesandears.business.register.service.BusinessQueries;
import org.eyesandears.business.register.service.BusinessSummary;
import org.eyesandears.referral.service.ReferralQueries.ReferralOption;
import org.eyesandears.referral.service.ReferralQueries;
import org.eyesandears.shared.security.Roles;
import org.eyesandears.shared.time.London;
import org.eyesandears.shared.web.Messages;
import org.eyesandears.user.service.OfficerChoice;
import org.eyesandears.user.service.UserService;
import org.eyesandears.user.web.CurrentUserView;
import org.eyesandears.visit.model.VisitPurpose;
import org.eyesandears.visit.service.AgencyInterest;
import org.eyesandears.visit.service.LeadSuggestions;
import org.eyesandears.visit.service.OperationSummary;
import org.eyesandears.visit.service.VisitClashException;
import org.eyesandears.visit.service.VisitClashPolicy.Clash;
import org.eyesandears.visit.service.VisitPlan;
import org.eyesandears.visit.service.VisitQueries;
import org.eyesandears.visit.service.VisitService;

/**
 * Planning a visit: business from the register, date and time window, purpose, lead and
 * participating agencies with head counts and named officers, operation and risk notes. The agencies
 * with open work about the business are suggested, and the clash warnings are shown as soon as the
 * business and time are known; saving with warnings needs a reason.
 */
@Named
@ViewScoped
public class VisitPlanView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    VisitService visits;

    @Inject
    VisitQueries queries;

    @Inject
    BusinessQueries businesses;

    @Inject
    AgencyService agencyService;

    @Inject
    UserService users;

    @Inject
    ReferralQueries referrals;

    @Inject
    CurrentUserView currentUser;

    @Inject
    Clock clock;

    @Inject
    LeadSuggestions leadSuggestions;

    private BusinessSummary business;
    private Long businessId;
    private Long suggestedFor;
    private boolean leadChosen;
    private LocalDate day;
    private LocalTime from = LocalTime.of(10, 0);
    private LocalTime to = LocalTime.of(12, 0);
    private VisitPurpose purpose = VisitPurpose.MIXED;
    private String leadAgency;
    private List<String> invited = new ArrayList<>();
    private int headCount = 2;
    private List<String> officers = new ArrayList<>();
    private Long operationId;
    private String riskNotes;
    private String overrideReason;
    private List<Clash> clashes = List.of();
    private List<AgencyInterest> interested = List.of();
    private LeadAdvice.Suggestion leadSuggestion;
    private List<ReferralOption> referralOptions = List.of();
    private List<Long> referralIds = new ArrayList<>();
    private List<AgencySummary> agencies;
    private List<OperationSummary> operations;
    private List<OfficerChoice> staff;
    private boolean coordinator;
    private String ownAgency;

    @jakarta.annotation.PostConstruct
    void init() {
        agencies = agencyService.listAgencies();
        operations = queries.operations();
        FacesContext faces = FacesContext.getCurrentInstance();
        coordinator = faces.getExternalContext().isUserInRole(Roles.COORDINATOR);
        ownAgency = currentUser.getMe().agency();
        leadAgency = ownAgency;
        day = weekday(London.today(clock).plusDays(7));
        staff = users.officersToName();
    }

    /** The plan opened from a calendar day or a business to visit: fill those in (view parameters). */
    public void open() {
        if (businessId != null && business == null) {
            business = businesses.find(businessId).orElse(null);
            planChanged();
        }
    }

    /** A default visit day on a working day: Saturday and Sunday move on to Monday. */
    static LocalDate weekday(LocalDate day) {
        return switch (day.getDayOfWeek()) {
            case SATURDAY -> day.plusDays(2);
            case SUNDAY -> day.plusDays(1);
            default -> day;
        };
    }

    public List<BusinessSummary> completeBusiness(String text) {
        return businesses.search(text, 15);
    }

    /** The business or time changed: suggest agencies and show the clash warnings now. */
    public void planChanged() {
        interested = business == null ? List.of() : queries.interestedAgencies(business.id());
        leadSuggestion = business == null ? null
                : leadSuggestions.suggest(business.id(), purpose == null ? null : purpose.name());
        if (coordinator && business != null && (suggestedFor == null || suggestedFor != business.id())) {
            suggestedFor = business.id();
            suggestAgencies();
        }
        referralOptions = business == null ? List.of() : referrals.aboutBusiness(business.id());
        referralIds.retainAll(referralOptions.stream().map(r -> r.id()).toList());
        clashes = business == null || day == null || from == null || to == null ? List.of()
                : visits.check(null, plan());
    }

    /**
     * A coordinator chose a business: tick the agencies with open work about it (every one they may
     * name), and, unless the coordinator picked the lead themselves, make the suggested lead (or the
     * first interested agency) the lead rather than the coordinator's own agency. All stay editable.
     */
    private void suggestAgencies() {
        List<String> codes = interested.stream().map(AgencyInterest::agencyCode).filter(Objects::nonNull)
                .filter(code -> agencies.stream().anyMatch(a -> a.code().equals(code))).toList();
        codes.stream().filter(code -> !invited.contains(code)).forEach(invited::add);
        if (!leadChosen) {
            String lead = leadSuggestion != null && codes.contains(leadSuggestion.agencyCode())
                    ? leadSuggestion.agencyCode() : codes.isEmpty() ? null : codes.get(0);
            if (lead != null) {
                leadAgency = lead;
            }
        }
    }

    /** The planner picked the lead agency: later suggestions leave it alone. */
    public void leadChanged() {
        leadChosen = true;
    }

    public String save() {
        Messages.labelFields(VisitPlanView::label);
        try {
            long id = visits.plan(plan());
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            Messages.info("Visit planned: " + business.tradingName() + " is on the calendar.");
            return "/visit/visit?faces-redirect=true&id=" + id;
        } catch (VisitClashException clash) {
            clashes = clash.clashes();
            Messages.error("Clash warnings: change the plan, or give a reason to go ahead anyway.");
        }
        FacesContext.getCurrentInstance().validationFailed();
        return null;
    }

    private VisitPlan plan() {
        List<VisitPlan.Participant> participants = new ArrayList<>();
        if (leadAgency != null) {
            participants.add(new VisitPlan.Participant(leadAgency, headCount));
        }
        Set<String> others = new LinkedHashSet<>(invited);
        others.remove(leadAgency);
        others.forEach(code -> participants.add(new VisitPlan.Participant(code, 1)));
        return new VisitPlan(business == null ? null : business.id(), operationId,
                day == null || from == null ? null : LocalDateTime.of(day, from).atZone(London.ZONE).toInstant(),
                day == null || to == null ? null : LocalDateTime.of(day, to).atZone(London.ZONE).toInstant(),
                purpose, leadAgency, participants, officers, Set.copyOf(referralIds), riskNotes, overrideReason, null);
    }

    private static String label(String field) {
        return switch (field.replaceAll("\\[.*", "")) {
            case "businessId" -> "Business";
            case "startsAt", "endsAt" -> "Time";
            case "leadAgency" -> "Lead agency";
            case "participants" -> "Agencies";
            case "officers" -> "Officers";
            case "operationId" -> "Operation";
            case "riskNotes" -> "Risk notes";
            default -> field;
        };
    }

    public List<VisitPurpose> getPurposes() {
        return List.of(VisitPurpose.values());
    }

    public List<AgencySummary> getLeadChoices() {
        return coordinator ? agencies : agencies.stream().filter(a -> a.code().equals(ownAgency)).toList();
    }

    public BusinessSummary getBusiness() {
        return business;
    }

    public void setBusiness(BusinessSummary business) {
        this.business = business;
    }

    public Long getBusinessId() {
        return businessId;
    }

    public void setBusinessId(Long businessId) {
        this.businessId = businessId;
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public LocalTime getFrom() {
        return from;
    }

    public void setFrom(LocalTime from) {
        this.from = from;
    }

    public LocalTime getTo() {
        return to;
    }

    public void setTo(LocalTime to) {
        this.to = to;
    }

    public VisitPurpose getPurpose() {
        return purpose;
    }

    public void setPurpose(VisitPurpose purpose) {
        this.purpose = purpose;
    }

    public String getLeadAgency() {
        return leadAgency;
    }

    public void setLeadAgency(String leadAgency) {
        this.leadAgency = leadAgency;
    }

    public List<String> getInvited() {
        return invited;
    }

    public void setInvited(List<String> invited) {
        this.invited = invited == null ? new ArrayList<>() : invited;
    }

    public int getHeadCount() {
        return headCount;
    }

    public void setHeadCount(int headCount) {
        this.headCount = headCount;
    }

    public List<String> getOfficers() {
        return officers;
    }

    public void setOfficers(List<String> officers) {
        this.officers = officers == null ? new ArrayList<>() : officers;
    }

    public Long getOperationId() {
        return operationId;
    }

    public void setOperationId(Long operationId) {
        this.operationId = operationId;
    }

    public String getRiskNotes() {
        return riskNotes;
    }

    public void setRiskNotes(String riskNotes) {
        this.riskNotes = riskNotes;
    }

    public String getOverrideReason() {
        return overrideReason;
    }

    public void setOverrideReason(String overrideReason) {
        this.overrideReason = overrideReason;
    }

    public List<Clash> getClashes() {
        return clashes;
    }

    public List<ReferralOption> getReferralOptions() {
        return referralOptions;
    }

    public List<Long> getReferralIds() {
        return referralIds;
    }

    public void setReferralIds(List<Long> referralIds) {
        this.referralIds = referralIds == null ? new ArrayList<>() : new ArrayList<>(referralIds);
    }

    public List<AgencyInterest> getInterested() {
        return interested;
    }

    public List<AgencySummary> getAgencies() {
        return agencies;
    }

    public List<OperationSummary> getOperations() {
        return operations;
    }

    public List<OfficerChoice> getStaff() {
        return staff;
    }

    public boolean isCoordinator() {
        return coordinator;
    }

    /** The lead agency the powers directory suggests (advice; the planner chooses), or null. */
    public LeadAdvice.Suggestion getLeadSuggestion() {
        return leadSuggestion;
    }

    /** The powers that make the suggested lead one, in one line. */
    public String getLeadPowers() {
        return leadSuggestion == null ? "" : String.join("; ", leadSuggestion.powers());
    }
}
