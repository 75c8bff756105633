package org.eyesandears.reporting.web;

import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eyesandears.business.register.service.BusinessTypes;
import org.eyesandears.reporting.service.BusinessRow;
import org.eyesandears.reporting.service.DrillDownQueries;
import org.eyesandears.reporting.service.StatsQueries;
import org.eyesandears.shared.security.CurrentCaller;

/** The businesses behind "businesses of interest to 2+ (3+) agencies", each linking to its page. */
@Named
@ViewScoped
public class BusinessListView extends DrillDownListView<BusinessRow> {

    private static final long serialVersionUID = 1L;

    @Inject
    DrillDownQueries queries;

    @Inject
    CurrentCaller currentCaller;

    private Integer agencies;
    private String businessType;
    private boolean ownAgencyOnly;

    public BusinessListView() {
        super("Businesses of interest to several agencies");
    }

    @Override
    protected void fill() {
        ownAgencyOnly = currentCaller.get().hasAgency();
        String kind = BusinessTypes.label(businessType);
        show(queries.businesses(date(getFrom()), date(getTo()), agencies, businessType),
                "Businesses " + (kind == null ? "" : "(" + kind.toLowerCase(java.util.Locale.UK) + ") ")
                        + "of interest to " + agencies + " or more agencies, " + getFrom() + " to " + getTo());
    }

    @Override
    public int getMaxRows() {
        return StatsQueries.MAX_ROWS;
    }

    public String getBusinessType() {
        return businessType;
    }

    public void setBusinessType(String businessType) {
        this.businessType = BusinessTypes.chosen(businessType);
    }

    public List<BusinessTypes.Option> getBusinessTypes() {
        return BusinessTypes.all();
    }

    /** An agency manager's list holds only the businesses their own agency had an interest in. */
    public boolean isOwnAgencyOnly() {
        return ownAgencyOnly;
    }

    public Integer getAgencies() {
        return agencies;
    }

    public void setAgencies(Integer agencies) {
        this.agencies = agencies;
    }
}
