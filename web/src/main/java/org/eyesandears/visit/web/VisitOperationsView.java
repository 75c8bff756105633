package org.eyesandears.visit.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eyesandears.business.register.service.BusinessTypes;
import org.eyesandears.agency.service.AgencyService;
import org.eyesandears.agency.service.AgencySummary;
import org.eyesandears.shared.web.Messages;
import org.eyesandears.visit.service.BusinessOfInterest;
import org.eyesandears.visit.service.OperationSummary;
import org.eyesandears.visit.service.VisitQueries;
import org.eyesandears.visit.service.VisitService;

/**
 * Operations (weeks of action) and the businesses still to visit: those with open work at two or more
 * agencies and no visit planned, in a postcode district or anywhere.
 */
@Named
@ViewScoped
public class VisitOperationsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    VisitQueries queries;

    @Inject
    VisitService visits;

    @Inject
    AgencyService agencyService;

    private List<OperationSummary> operations;
    private List<AgencySummary> agencies;
    private List<BusinessOfInterest> toVisit;
    private String district;
    private String businessType;
    private String name;
    private String leadAgency;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private String area;
    private String description;

    @PostConstruct
    void init() {
        operations = queries.operations();
        agencies = agencyService.listAgencies();
    }

    /** Lists the businesses of interest to two or more agencies that have no visit planned. */
    public void findBusinesses() {
        toVisit = queries.unvisitedOfInterest(district, businessType);
    }

    public void create() {
        Messages.concerning("Not created");
        visits.createOperation(name, leadAgency, startsOn, endsOn, area, description);
        Messages.info("Operation created: " + name + " can now be chosen when planning visits.");
        name = null;
        area = null;
        description = null;
        operations = queries.operations();
    }

    public List<OperationSummary> getOperations() {
        return operations;
    }

    public List<AgencySummary> getAgencies() {
        return agencies;
    }

    public List<BusinessOfInterest> getToVisit() {
        return toVisit;
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

    public String getDistrict() {
        return district;
    }

    public void setDistrict(String district) {
        this.district = district;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getLeadAgency() {
        return leadAgency;
    }

    public void setLeadAgency(String leadAgency) {
        this.leadAgency = leadAgency;
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

    public String getArea() {
        return area;
    }

    public void setArea(String area) {
        this.area = area;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
