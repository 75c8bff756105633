package org.eyesandears.agency.web;

import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eyesandears.agency.model.AgencyPower;
import org.eyesandears.agency.service.AgencyService;
import org.eyesandears.agency.service.AgencySummary;
import org.eyesandears.agency.service.ContactSummary;
import org.eyesandears.agency.service.PowerSummary;
import org.eyesandears.agency.service.ReferenceDataChanges.AgencyChange;
import org.eyesandears.agency.service.ReferenceDataChanges.ContactChange;
import org.eyesandears.agency.service.ReferenceDataChanges.PowerChange;
import org.eyesandears.agency.service.ReferenceDataService;
import org.eyesandears.shared.web.Messages;

/**
 * Administrators' page of agencies (admin/agencies.xhtml): the agencies, and for the one chosen its
 * contact points and its entries in the powers directory. One form is open at a time; the service
 * validates and audits every save.
 */
@Named
@ViewScoped
public class AgenciesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AgencyService agencyService;

    @Inject
    ReferenceDataService referenceData;

    private List<AgencySummary> agencies;
    private List<ContactSummary> contacts = List.of();
    private List<PowerSummary> powers = List.of();
    /** The agency whose contacts and powers are shown. */
    private String selected;
    /** Which form is open: agency-add, agency-edit, contact, power, or null. */
    private String mode;

    private String code;
    private String name;
    private String shortName;
    private boolean active = true;
    private long version;

    private Long itemId;
    private String phone;
    private String email;
    private String area;
    private String postcodeDistricts;
    private String kind;
    private String title;
    private String legalBasis;
    private String notes;

    @PostConstruct
    void load() {
        agencies = agencyService.listAgencies();
        if (selected != null) {
            contacts = referenceData.allContacts().stream().filter(c -> c.agencyCode().equals(selected)).toList();
            powers = referenceData.allPowers().stream().filter(p -> p.agencyCode().equals(selected)).toList();
        }
    }

    /** Shows the agency's contact points and powers. */
    public void select(AgencySummary agency) {
        selected = agency.code();
        mode = null;
        load();
    }

    public void addAgency() {
        mode = "agency-add";
        code = null;
        name = null;
        shortName = null;
        active = true;
    }

    public void editAgency(AgencySummary agency) {
        select(agency);
        mode = "agency-edit";
        code = agency.code();
        name = agency.name();
        shortName = agency.shortName();
        active = agency.active();
        version = agency.version();
    }

    public void addContact() {
        mode = "contact";
        itemId = null;
        name = null;
        phone = null;
        email = null;
        area = null;
        postcodeDistricts = null;
        active = true;
    }

    public void editContact(ContactSummary c) {
        mode = "contact";
        itemId = c.id();
        name = c.name();
        phone = c.phone();
        email = c.email();
        area = c.area();
        postcodeDistricts = c.postcodeDistricts();
        active = c.active();
        version = c.version();
    }

    public void addPower() {
        mode = "power";
        itemId = null;
        kind = null;
        title = null;
        legalBasis = null;
        notes = null;
        active = true;
    }

    public void editPower(PowerSummary p) {
        mode = "power";
        itemId = p.id();
        kind = p.kind();
        title = p.title();
        legalBasis = p.legalBasis();
        notes = p.notes();
        active = p.active();
        version = p.version();
    }

    /** Saves the open form; invalid input comes back as field messages (PageErrorHandler). */
    public void save() {
        switch (mode == null ? "" : mode) {
            case "agency-add" -> {
                AgencySummary added = referenceData.addAgency(new AgencyChange(code, name, shortName, active, null));
                selected = added.code();
                Messages.info(added.name() + " is added. Give its Keycloak group the agency attribute " + added.code()
                        + ".");
            }
            case "agency-edit" -> {
                AgencySummary changed = referenceData.changeAgency(code,
                        new AgencyChange(code, name, shortName, active, version));
                Messages.info(changed.name() + " is saved.");
            }
            case "contact" -> {
                ContactSummary saved = referenceData.saveContact(itemId, new ContactChange(selected, name, phone, email,
                        area, postcodeDistricts, active, itemId == null ? null : version));
                Messages.info("The contact point " + saved.name() + " (" + saved.area() + ") is saved.");
            }
            case "power" -> {
                PowerSummary saved = referenceData.savePower(itemId, new PowerChange(selected, kind, title, legalBasis,
                        notes, active, itemId == null ? null : version));
                Messages.info("The power \"" + saved.title() + "\" is saved.");
            }
            default -> {
                return;
            }
        }
        mode = null;
        load();
    }

    public void cancel() {
        mode = null;
    }

    public String kindLabel(String k) {
        return k == null ? "" : switch (k) {
            case "ENTRY_WITHOUT_WARRANT" -> "Entry without warrant";
            case "INSPECTION" -> "Inspection";
            case "PAY_RECORDS" -> "Access to pay records";
            case "CLOSURE" -> "Closure";
            case "PROHIBITION" -> "Prohibition notice";
            case "LICENCE_REVIEW" -> "Licence review";
            case "CIVIL_PENALTY" -> "Civil penalty";
            case "SEIZURE" -> "Seizure";
            case "ARREST" -> "Arrest";
            case "DIRECTOR_DISQUALIFICATION" -> "Director disqualification";
            case "WINDING_UP" -> "Winding up";
            default -> k;
        };
    }

    public List<String> getKinds() {
        return java.util.Arrays.stream(AgencyPower.Kind.values()).map(Enum::name).toList();
    }

    public String getSelectedName() {
        return agencies.stream().filter(a -> a.code().equals(selected)).map(AgencySummary::name).findFirst()
                .orElse(selected);
    }

    public List<AgencySummary> getAgencies() {
        return agencies;
    }

    public List<ContactSummary> getContacts() {
        return contacts;
    }

    public List<PowerSummary> getPowers() {
        return powers;
    }

    public String getSelected() {
        return selected;
    }

    public String getMode() {
        return mode;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getShortName() {
        return shortName;
    }

    public void setShortName(String shortName) {
        this.shortName = shortName;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getArea() {
        return area;
    }

    public void setArea(String area) {
        this.area = area;
    }

    public String getPostcodeDistricts() {
        return postcodeDistricts;
    }

    public void setPostcodeDistricts(String postcodeDistricts) {
        this.postcodeDistricts = postcodeDistricts;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public void setLegalBasis(String legalBasis) {
        this.legalBasis = legalBasis;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public Long getItemId() {
        return itemId;
    }
}
