package org.eyesandears.agency.web;

import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eyesandears.agency.service.AgencyService;
import org.eyesandears.agency.service.AgencySummary;
import org.eyesandears.shared.web.Messages;

/** The administrator's page for each agency's retention period (years before referrals are reviewed). */
@Named
@ViewScoped
public class RetentionPeriodsView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One agency as edited on the page. */
    public static class Row implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String agency;
        private final String name;
        private int current;
        private Integer years;
        private String reason;

        Row(AgencySummary a) {
            this.agency = a.code();
            this.name = a.name();
            this.current = a.retentionYears();
            this.years = a.retentionYears();
        }

        public String getAgency() {
            return agency;
        }

        public String getName() {
            return name;
        }

        public int getCurrent() {
            return current;
        }

        public Integer getYears() {
            return years;
        }

        public void setYears(Integer years) {
            this.years = years;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }
    }

    @Inject
    AgencyService agencies;

    private List<Row> rows;

    @PostConstruct
    void load() {
        rows = agencies.listAgencies().stream().map(Row::new).toList();
    }

    public void save(Row row) {
        Messages.concerning(row.getName());
        AgencySummary saved = agencies.setRetentionYears(row.getAgency(), row.getYears(), row.getReason());
        row.current = saved.retentionYears();
        row.reason = null;
        Messages.info(row.getName() + ": referrals now come up for review " + saved.retentionYears()
                + " years after their last activity.");
    }

    public List<Row> getRows() {
        return rows;
    }

    public int getMinYears() {
        return AgencyService.MIN_RETENTION_YEARS;
    }

    public int getMaxYears() {
        return AgencyService.MAX_RETENTION_YEARS;
    }
}
