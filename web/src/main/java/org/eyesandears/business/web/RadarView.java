package org.eyesandears.business.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eyesandears.business.register.service.BusinessTypes;
import org.eyesandears.business.register.service.BusinessHit;
import org.eyesandears.business.register.service.RadarCriteria;
import org.eyesandears.business.register.service.RegisterQueries;

/** The business radar: search the register, and the businesses of interest to several agencies. */
@Named
@ViewScoped
public class RadarView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RegisterQueries register;

    private String name;
    private String postcode;
    private String district;
    private String businessType;
    private LocalDate from;
    private LocalDate to;
    private List<BusinessHit> results;
    private List<BusinessHit> sharedByTwo;
    private List<BusinessHit> sharedByThree;

    @PostConstruct
    void load() {
        sharedByTwo = register.sharedBy(2, 100);
        sharedByThree = sharedByTwo.stream().filter(h -> h.agencies() >= 3).toList();
    }

    /** Finds businesses by the criteria, and narrows the lists of shared interest to the kind chosen. */
    public void search() {
        results = register.search(new RadarCriteria(name, postcode, district, null, from, to, businessType), 100);
        sharedByTwo = register.sharedBy(2, businessType, 100);
        sharedByThree = sharedByTwo.stream().filter(h -> h.agencies() >= 3).toList();
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

    public List<BusinessHit> getResults() {
        return results;
    }

    public List<BusinessHit> getSharedByTwo() {
        return sharedByTwo;
    }

    public List<BusinessHit> getSharedByThree() {
        return sharedByThree;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPostcode() {
        return postcode;
    }

    public void setPostcode(String postcode) {
        this.postcode = postcode;
    }

    public String getDistrict() {
        return district;
    }

    public void setDistrict(String district) {
        this.district = district;
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
}
