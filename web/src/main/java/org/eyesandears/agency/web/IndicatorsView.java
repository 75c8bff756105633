package org.eyesandears.agency.web;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eyesandears.agency.service.AgencyService;
import org.eyesandears.agency.service.AgencySummary;
import org.eyesandears.agency.service.IndicatorSummary;
import org.eyesandears.agency.service.ReferenceDataChanges.IndicatorChange;
import org.eyesandears.agency.service.ReferenceDataService;
import org.eyesandears.agency.service.WordingVersion;
import org.eyesandears.shared.web.Messages;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * Administrators' page of golden indicators (admin/indicators.xhtml): wording (a new wording is a
 * new version; referrals already sent keep theirs), receiving agencies, guidance for officers,
 * heading and order, whether the card offers it; each indicator's wording history; and the
 * printable Concern Card made from what is in use now.
 */
@Named
@ViewScoped
public class IndicatorsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AgencyService agencyService;

    @Inject
    ReferenceDataService referenceData;

    @Inject
    ConcernCardPdf card;

    private List<IndicatorSummary> indicators;
    private List<AgencySummary> agencies;
    private Map<String, String> shortNames;
    private String mode;
    private List<WordingVersion> history = List.of();
    private String historyOf;

    private String code;
    private String concernArea;
    private String wording;
    private String guidance;
    private Integer displayOrder;
    private List<String> receivingAgencies = new ArrayList<>();
    private boolean active = true;
    private long version;

    @PostConstruct
    void load() {
        indicators = referenceData.allIndicators();
        agencies = agencyService.listAgencies().stream().filter(AgencySummary::active).toList();
        shortNames = agencyService.listAgencies().stream()
                .collect(java.util.stream.Collectors.toMap(AgencySummary::code, AgencySummary::shortName));
    }

    public void add() {
        mode = "add";
        code = null;
        concernArea = null;
        wording = null;
        guidance = null;
        displayOrder = null;
        receivingAgencies = new ArrayList<>();
        active = true;
        history = List.of();
    }

    public void edit(IndicatorSummary i) {
        mode = "edit";
        code = i.code();
        concernArea = i.concernArea();
        wording = i.wording();
        guidance = i.guidance();
        displayOrder = i.displayOrder();
        receivingAgencies = new ArrayList<>(i.receivingAgencies());
        active = i.active();
        version = i.version();
        history = List.of();
    }

    public void showHistory(IndicatorSummary i) {
        mode = null;
        historyOf = i.code();
        history = referenceData.wordings(i.code());
    }

    /** Saves the form; invalid input comes back as field messages (PageErrorHandler). */
    public void save() {
        IndicatorChange change = new IndicatorChange(code, concernArea, wording, guidance, displayOrder,
                receivingAgencies, active, "edit".equals(mode) ? version : null);
        IndicatorSummary saved = "edit".equals(mode) ? referenceData.changeIndicator(code, change)
                : referenceData.addIndicator(change);
        Messages.info("\"" + saved.wording() + "\" is saved (wording version " + saved.wordingVersion() + ").");
        mode = null;
        load();
    }

    public void cancel() {
        mode = null;
    }

    /** The printable card from the indicators and contacts in use now. */
    public StreamedContent getConcernCard() {
        byte[] pdf = card.live();
        return DefaultStreamedContent.builder().name("concern-card.pdf").contentType("application/pdf")
                .stream(() -> new ByteArrayInputStream(pdf)).build();
    }

    public String receivers(IndicatorSummary i) {
        return String.join(", ", i.receivingAgencies().stream().map(c -> shortNames.getOrDefault(c, c)).toList());
    }

    public List<IndicatorSummary> getIndicators() {
        return indicators;
    }

    public List<AgencySummary> getAgencies() {
        return agencies;
    }

    public String getMode() {
        return mode;
    }

    public List<WordingVersion> getHistory() {
        return history;
    }

    public String getHistoryOf() {
        return historyOf;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getConcernArea() {
        return concernArea;
    }

    public void setConcernArea(String concernArea) {
        this.concernArea = concernArea;
    }

    public String getWording() {
        return wording;
    }

    public void setWording(String wording) {
        this.wording = wording;
    }

    public String getGuidance() {
        return guidance;
    }

    public void setGuidance(String guidance) {
        this.guidance = guidance;
    }

    public Integer getDisplayOrder() {
        return displayOrder;
    }

    public void setDisplayOrder(Integer displayOrder) {
        this.displayOrder = displayOrder;
    }

    public List<String> getReceivingAgencies() {
        return receivingAgencies;
    }

    public void setReceivingAgencies(List<String> receivingAgencies) {
        this.receivingAgencies = receivingAgencies;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
