package org.eyesandears.triage.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eyesandears.agency.service.AgencyService;
import org.eyesandears.agency.service.AgencySummary;
import org.eyesandears.referral.model.Usefulness;
import org.eyesandears.shared.security.CurrentCaller;
import org.eyesandears.shared.web.Messages;
import org.eyesandears.triage.service.InformationRequestQueries;
import org.eyesandears.triage.service.InformationRequestService;
import org.eyesandears.triage.service.RequestView;

/**
 * A desk's information requests: asking another agency's desk about a business (the business
 * comes from the business page's link), answering what its own agency was asked, and rating answers.
 * Refusals reach the page through the shared error handler.
 */
@Named
@ViewScoped
public class InformationRequestsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    InformationRequestQueries queries;

    @Inject
    InformationRequestService requests;

    @Inject
    AgencyService agencyService;

    @Inject
    CurrentCaller currentCaller;

    private Long businessId;
    private String businessName;
    private Long highlight;
    private String toAgency;
    private String question;
    private LocalDate dueOn;
    private List<RequestView> list;
    private List<AgencySummary> agencies;
    private final Map<Long, String> answers = new HashMap<>();
    private final Map<Long, Usefulness> ratings = new HashMap<>();

    /** Loads the list; the business to ask about, when the page was opened from a business page. */
    public void load() {
        if (list == null) {
            list = queries.mine();
            businessName = businessId == null ? null : queries.businessLabel(businessId).orElse(null);
        }
    }

    public void ask() {
        requests.ask(businessId, toAgency, question, dueOn);
        Messages.info("Your question went to " + agencyName(toAgency) + "'s desk; you will be told when it answers.");
        toAgency = null;
        question = null;
        dueOn = null;
        list = queries.mine();
    }

    public void answer(RequestView r, boolean decline) {
        requests.answer(r.id(), decline, answers.get(r.id()), r.version());
        Messages.info(decline ? "You declined " + r.fromAgencyName() + "'s question; they are told your reason."
                : "Your answer went to " + r.fromAgencyName() + "'s desk.");
        answers.remove(r.id());
        list = queries.mine();
    }

    public void rate(RequestView r) {
        requests.rate(r.id(), ratings.get(r.id()));
        Messages.info("Thank you: " + r.toAgencyName() + " sees how useful its answer was in the partnership's figures.");
        list = queries.mine();
    }

    public List<AgencySummary> getAgencies() {
        if (agencies == null) {
            String own = currentCaller.get().agencyCode();
            agencies = agencyService.listAgencies().stream().filter(a -> !a.code().equals(own)).toList();
        }
        return agencies;
    }

    private String agencyName(String code) {
        return getAgencies().stream().filter(a -> a.code().equals(code)).map(AgencySummary::name).findFirst()
                .orElse(code);
    }

    public List<RequestView> getIncoming() {
        return list.stream().filter(RequestView::incoming).toList();
    }

    public List<RequestView> getOutgoing() {
        return list.stream().filter(r -> !r.incoming()).toList();
    }

    public Usefulness[] getUsefulnessChoices() {
        return Usefulness.values();
    }

    public Long getBusinessId() {
        return businessId;
    }

    public void setBusinessId(Long businessId) {
        this.businessId = businessId;
    }

    public String getBusinessName() {
        return businessName;
    }

    public Long getHighlight() {
        return highlight;
    }

    public void setHighlight(Long highlight) {
        this.highlight = highlight;
    }

    public String getToAgency() {
        return toAgency;
    }

    public void setToAgency(String toAgency) {
        this.toAgency = toAgency;
    }

    public String getQuestion() {
        return question;
    }

    public void setQuestion(String question) {
        this.question = question;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    public Map<Long, String> getAnswers() {
        return answers;
    }

    public Map<Long, Usefulness> getRatings() {
        return ratings;
    }
}
