package org.eyesandears.reporting.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eyesandears.agency.service.AgencyService;
import org.eyesandears.agency.service.AgencySummary;
import org.eyesandears.reporting.service.TargetService;
import org.eyesandears.shared.web.Messages;

/** The administrator's page for the success targets of each agency. */
@Named
@ViewScoped
public class TargetsView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One agency's targets as edited on the page; empty fields mean no target. */
    public static class Row implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String agency;
        private final String name;
        private Integer feedbackRatePct;
        private Integer feedbackDays;
        private Integer triageMedianDays;

        Row(String agency, String name, TargetService.Targets t) {
            this.agency = agency;
            this.name = name;
            if (t != null) {
                feedbackRatePct = t.feedbackRatePct();
                feedbackDays = t.feedbackDays();
                triageMedianDays = t.triageMedianDays();
            }
        }

        public String getAgency() {
            return agency;
        }

        public String getName() {
            return name;
        }

        public Integer getFeedbackRatePct() {
            return feedbackRatePct;
        }

        public void setFeedbackRatePct(Integer feedbackRatePct) {
            this.feedbackRatePct = feedbackRatePct;
        }

        public Integer getFeedbackDays() {
            return feedbackDays;
        }

        public void setFeedbackDays(Integer feedbackDays) {
            this.feedbackDays = feedbackDays;
        }

        public Integer getTriageMedianDays() {
            return triageMedianDays;
        }

        public void setTriageMedianDays(Integer triageMedianDays) {
            this.triageMedianDays = triageMedianDays;
        }
    }

    @Inject
    TargetService targets;

    @Inject
    AgencyService agencies;

    private List<Row> rows;

    @PostConstruct
    void load() {
        Map<String, TargetService.Targets> set = targets.list().stream()
                .collect(Collectors.toMap(TargetService.Targets::agency, Function.identity()));
        rows = new ArrayList<>();
        for (AgencySummary a : agencies.listAgencies()) {
            rows.add(new Row(a.code(), a.name(), set.get(a.code())));
        }
    }

    public void save(Row row) {
        Messages.concerning(row.getName());
        targets.set(new TargetService.Targets(row.getAgency(), row.getFeedbackRatePct(), row.getFeedbackDays(),
                row.getTriageMedianDays()));
        Messages.info("Targets saved for " + row.getName() + ".");
    }

    public List<Row> getRows() {
        return rows;
    }
}
