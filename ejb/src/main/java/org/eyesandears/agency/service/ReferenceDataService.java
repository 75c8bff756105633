package org.eyesandears.agency.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eyesandears.agency.model.Agency;
import org.eyesandears.agency.model.AgencyContact;
import org.eyesandears.agency.model.AgencyPower;
import org.eyesandears.agency.model.Indicator;
import org.eyesandears.agency.model.IndicatorWording;
import org.eyesandears.agency.repository.AgencyRepository;
import org.eyesandears.agency.repository.IndicatorRepository;
import org.eyesandears.agency.service.ReferenceDataChanges.AgencyChange;
import org.eyesandears.agency.service.ReferenceDataChanges.ContactChange;
import org.eyesandears.agency.service.ReferenceDataChanges.IndicatorChange;
import org.eyesandears.agency.service.ReferenceDataChanges.PowerChange;
import org.eyesandears.audit.model.AuditObject;
import org.eyesandears.audit.model.AuditOperation;
import org.eyesandears.audit.service.AuditService;
import org.eyesandears.shared.error.ConcurrentChangeException;
import org.eyesandears.shared.error.NotFoundException;
import org.eyesandears.shared.security.CurrentCaller;
import org.eyesandears.shared.security.Roles;
import org.eyesandears.shared.validation.InvalidInputException;
import org.eyesandears.shared.validation.InvalidInputException.Violation;

/**
 * The reference data the partnership maintains (ADR 0031): agencies, golden indicators with their
 * guidance and receiving agencies, contact points per agency and area, and the directory of
 * agencies' powers. Everyone signed in reads the live contacts and powers (they are printed on the
 * Concern Card); administrators alone add and change anything, and every change is audited with
 * codes and version numbers (never the free text, ADR 0018).
 *
 * <p>An indicator's wording is versioned: a new wording raises the version and is kept in
 * {@code indicator_wording}; referrals already sent keep the words they were sent with.
 */
@Stateless
@RolesAllowed({Roles.OFFICER, Roles.DESK, Roles.COORDINATOR, Roles.MANAGER, Roles.ANALYST,
        Roles.ADMIN, Roles.AUDITOR})
public class ReferenceDataService {

    static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");
    static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()-]{5,38}");
    static final Pattern DISTRICT = Pattern.compile("[A-Z]{1,2}[0-9][0-9A-Z]?");

    @Inject
    AgencyRepository agencies;

    @Inject
    IndicatorRepository indicators;

    @Inject
    AuditService audit;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    // ---- reads ------------------------------------------------------------------------------

    /** Contact points of active agencies that are in use, by agency, area and name. */
    public List<ContactSummary> contacts() {
        return em.createNamedQuery("AgencyContact.findAll", AgencyContact.class).getResultStream()
                .filter(c -> c.isActive() && c.getAgency().isActive()).map(ContactSummary::of).toList();
    }

    /** The powers directory: powers in force of active agencies. */
    public List<PowerSummary> powers() {
        return em.createNamedQuery("AgencyPower.findAll", AgencyPower.class).getResultStream()
                .filter(p -> p.isActive() && p.getAgency().isActive()).map(PowerSummary::of).toList();
    }

    /** Every contact point, in use or not (administrators). */
    @RolesAllowed(Roles.ADMIN)
    public List<ContactSummary> allContacts() {
        return em.createNamedQuery("AgencyContact.findAll", AgencyContact.class).getResultStream()
                .map(ContactSummary::of).toList();
    }

    /** Every entry of the powers directory, in force or not (administrators). */
    @RolesAllowed(Roles.ADMIN)
    public List<PowerSummary> allPowers() {
        return em.createNamedQuery("AgencyPower.findAll", AgencyPower.class).getResultStream()
                .map(PowerSummary::of).toList();
    }

    /** Every indicator, offered on the card or not (administrators). */
    @RolesAllowed(Roles.ADMIN)
    public List<IndicatorSummary> allIndicators() {
        return indicators.findAll().stream().map(IndicatorSummary::of).toList();
    }

    /** Every wording the indicator has had, newest first (administrators). */
    @RolesAllowed(Roles.ADMIN)
    public List<WordingVersion> wordings(String code) {
        indicators.findByCode(code).orElseThrow(() -> new NotFoundException("indicator"));
        return em.createNamedQuery("IndicatorWording.findByIndicator", IndicatorWording.class)
                .setParameter("code", code).getResultStream()
                .map(w -> new WordingVersion(w.getWordingVersion(), w.getWording(), w.getChangedBy(), w.getChangedAt()))
                .toList();
    }

    // ---- agencies ---------------------------------------------------------------------------

    /** Adds an agency. Its code is what Keycloak groups carry in their {@code agency} attribute. */
    @RolesAllowed(Roles.ADMIN)
    public AgencySummary addAgency(AgencyChange change) {
        if (change == null) {
            throw new InvalidInputException(List.of(new Violation("body", "Send the changes as JSON.")));
        }
        List<Violation> problems = new ArrayList<>();
        String code = trim(change.code());
        if (code == null) {
            problems.add(new Violation("code", "Give the agency's code (capital letters, digits and _)."));
        } else if (!CODE.matcher(code).matches()) {
            problems.add(new Violation("code", "Use 2 to 40 capital letters, digits and _, starting with a letter."));
        } else if (agencies.findByCode(code).isPresent()) {
            problems.add(new Violation("code", "There is already an agency with the code " + code + "."));
        }
        checkAgency(change, problems);
        refuse(problems);
        Agency agency = new Agency(code, trim(change.name()), trim(change.shortName()));
        agency.describe(trim(change.name()), trim(change.shortName()), change.active() == null || change.active());
        em.persist(agency);
        em.flush();
        audit.record(AuditOperation.COLLECTION, AuditObject.AGENCY, code, "agency added" + (agency.isActive() ? "" : ", inactive"),
                null);
        return AgencySummary.of(agency);
    }

    /** Renames an agency or sets whether it takes part. */
    @RolesAllowed(Roles.ADMIN)
    public AgencySummary changeAgency(String code, AgencyChange change) {
        if (change == null) {
            throw new InvalidInputException(List.of(new Violation("body", "Send the changes as JSON.")));
        }
        Agency agency = agencies.findByCode(code).orElseThrow(() -> new NotFoundException("agency"));
        List<Violation> problems = new ArrayList<>();
        checkAgency(change, problems);
        expectVersion(change.expectedVersion(), problems);
        refuse(problems);
        checkVersion(agency.getLockVersion(), change.expectedVersion(), "agency");
        boolean wasActive = agency.isActive();
        boolean active = change.active() == null ? wasActive : change.active();
        agency.describe(trim(change.name()), trim(change.shortName()), active);
        em.flush();
        audit.record(AuditOperation.ALTERATION, AuditObject.AGENCY, code, "agency details changed"
                + (wasActive == active ? "" : active ? ", made active" : ", made inactive"), null);
        return AgencySummary.of(agency);
    }

    private static void checkAgency(AgencyChange change, List<Violation> problems) {
        required(problems, "name", change == null ? null : change.name(), 200, "Give the agency's name.");
        required(problems, "shortName", change == null ? null : change.shortName(), 40,
                "Give a short name for the printed card (at most 40 characters).");
    }

    // ---- indicators -------------------------------------------------------------------------

    /** Adds a golden indicator, offered on the card from now on; its wording starts at version 1. */
    @RolesAllowed(Roles.ADMIN)
    public IndicatorSummary addIndicator(IndicatorChange change) {
        if (change == null) {
            throw new InvalidInputException(List.of(new Violation("body", "Send the changes as JSON.")));
        }
        List<Violation> problems = new ArrayList<>();
        String code = trim(change.code());
        if (code == null) {
            problems.add(new Violation("code", "Give the indicator's code (capital letters, digits and _)."));
        } else if (!CODE.matcher(code).matches()) {
            problems.add(new Violation("code", "Use 2 to 40 capital letters, digits and _, starting with a letter."));
        } else if (indicators.findByCode(code).isPresent()) {
            problems.add(new Violation("code", "There is already an indicator with the code " + code + "."));
        }
        List<Agency> receivers = checkIndicator(change, problems);
        refuse(problems);
        Indicator indicator = new Indicator(code, trim(change.concernArea()), trim(change.wording()),
                change.displayOrder());
        indicator.arrange(trim(change.concernArea()), change.displayOrder(), trim(change.guidance()),
                change.active() == null || change.active());
        indicator.routeTo(receivers);
        em.persist(indicator);
        em.persist(new IndicatorWording(indicator, currentCaller.get().username(), clock.instant()));
        em.flush();
        audit.record(AuditOperation.COLLECTION, AuditObject.INDICATOR, code, "indicator added, wording v1, to "
                + receivers.stream().map(Agency::getCode).sorted().collect(Collectors.joining(",")), null);
        return IndicatorSummary.of(indicator);
    }

    /**
     * Changes an indicator. A different wording becomes the next wording version (kept with who set
     * it and when); referrals already sent keep the wording they were sent with. Receivers,
     * guidance, heading, order and whether the card offers it change in place.
     */
    @RolesAllowed(Roles.ADMIN)
    public IndicatorSummary changeIndicator(String code, IndicatorChange change) {
        if (change == null) {
            throw new InvalidInputException(List.of(new Violation("body", "Send the changes as JSON.")));
        }
        Indicator indicator = indicators.findByCode(code).orElseThrow(() -> new NotFoundException("indicator"));
        List<Violation> problems = new ArrayList<>();
        List<Agency> receivers = checkIndicator(change, problems);
        expectVersion(change.expectedVersion(), problems);
        refuse(problems);
        checkVersion(indicator.getLockVersion(), change.expectedVersion(), "indicator");
        int before = indicator.getWordingVersion();
        String receiversBefore = indicator.getReceivingAgencies().stream().map(Agency::getCode).sorted()
                .collect(Collectors.joining(","));
        boolean reworded = indicator.reword(trim(change.wording()));
        indicator.arrange(trim(change.concernArea()), change.displayOrder(), trim(change.guidance()),
                change.active() == null ? indicator.isActive() : change.active());
        indicator.routeTo(receivers);
        if (reworded) {
            em.persist(new IndicatorWording(indicator, currentCaller.get().username(), clock.instant()));
        }
        em.flush();
        String receiversAfter = receivers.stream().map(Agency::getCode).sorted().collect(Collectors.joining(","));
        audit.record(AuditOperation.ALTERATION, AuditObject.INDICATOR, code,
                (reworded ? "wording v" + before + " -> v" + indicator.getWordingVersion() : "wording unchanged v" + before)
                        + (receiversBefore.equals(receiversAfter) ? "" : ", receivers " + receiversBefore + " -> "
                        + receiversAfter) + (indicator.isActive() ? "" : ", not offered"), null);
        return IndicatorSummary.of(indicator);
    }

    private List<Agency> checkIndicator(IndicatorChange change, List<Violation> problems) {
        required(problems, "concernArea", change == null ? null : change.concernArea(), 100,
                "Give the heading the indicator is listed under.");
        required(problems, "wording", change == null ? null : change.wording(), 500,
                "Give the wording officers tick.");
        optional(problems, "guidance", change == null ? null : change.guidance(), 1000);
        if (change == null || change.displayOrder() == null || change.displayOrder() < 0
                || change.displayOrder() > 999) {
            problems.add(new Violation("displayOrder", "Give the place in its list, a whole number from 0 to 999."));
        }
        List<Agency> receivers = new ArrayList<>();
        List<String> codes = change == null || change.receivingAgencies() == null ? List.of()
                : change.receivingAgencies();
        if (codes.isEmpty()) {
            problems.add(new Violation("receivingAgencies", "Choose at least one agency that receives it."));
        }
        for (String agencyCode : new LinkedHashSet<>(codes)) {
            Agency agency = agencyCode == null ? null : agencies.findByCode(agencyCode).orElse(null);
            if (agency == null || !agency.isActive()) {
                problems.add(new Violation("receivingAgencies", "There is no active agency with the code "
                        + agencyCode + "."));
            } else {
                receivers.add(agency);
            }
        }
        return receivers;
    }

    // ---- contacts ---------------------------------------------------------------------------

    /** Adds a contact point (id null) or changes one. */
    @RolesAllowed(Roles.ADMIN)
    public ContactSummary saveContact(Long id, ContactChange change) {
        if (change == null) {
            throw new InvalidInputException(List.of(new Violation("body", "Send the changes as JSON.")));
        }
        AgencyContact contact = id == null ? null : em.find(AgencyContact.class, id);
        if (id != null && contact == null) {
            throw new NotFoundException("contact");
        }
        List<Violation> problems = new ArrayList<>();
        Agency agency = agency(change.agency(), problems);
        required(problems, "name", change.name(), 200,
                "Give the team or role to contact, e.g. \"Fire protection hub\".");
        required(problems, "area", change.area(), 100, "Give the area it covers.");
        String phone = trim(change.phone());
        String email = trim(change.email());
        if (phone == null && email == null) {
            problems.add(new Violation("phone", "Give a phone number or an e-mail address."));
        }
        if (phone != null && !PHONE.matcher(phone).matches()) {
            problems.add(new Violation("phone", "Give a phone number of digits, spaces and brackets, e.g. 01632 960141."));
        }
        if (email != null && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
            problems.add(new Violation("email", "Give an e-mail address like team@agency.gov.uk."));
        }
        String districts = districts(change.postcodeDistricts(), problems);
        if (id != null) {
            expectVersion(change.expectedVersion(), problems);
        }
        refuse(problems);
        if (contact == null) {
            contact = new AgencyContact(agency);
        } else {
            checkVersion(contact.getLockVersion(), change.expectedVersion(), "contact");
        }
        contact.describe(agency, trim(change.name()), phone, email, trim(change.area()), districts,
                change.active() == null || change.active());
        if (id == null) {
            em.persist(contact);
        }
        em.flush();
        audit.record(id == null ? AuditOperation.COLLECTION : AuditOperation.ALTERATION, AuditObject.AGENCY_CONTACT,
                String.valueOf(contact.getId()), "contact point of " + agency.getCode()
                        + (contact.isActive() ? "" : ", not in use"), null);
        return ContactSummary.of(contact);
    }

    /** Outward codes, upper-cased and separated by single spaces; null when none are given. */
    static String districts(String text, List<Violation> problems) {
        String cleaned = trim(text);
        if (cleaned == null) {
            return null;
        }
        List<String> codes = Arrays.stream(cleaned.toUpperCase(Locale.UK).split("[\\s,;]+"))
                .filter(s -> !s.isEmpty()).distinct().toList();
        List<String> bad = codes.stream().filter(c -> !DISTRICT.matcher(c).matches()).toList();
        String joined = String.join(" ", codes);
        if (!bad.isEmpty()) {
            problems.add(new Violation("postcodeDistricts", "Not postcode districts: " + String.join(", ", bad)
                    + ". Give outward codes such as LU1 MK40."));
        } else if (joined.length() > 300) {
            problems.add(new Violation("postcodeDistricts", "At most 300 characters."));
        }
        return joined;
    }

    // ---- powers -----------------------------------------------------------------------------

    /** Adds an entry to the powers directory (id null) or changes one. */
    @RolesAllowed(Roles.ADMIN)
    public PowerSummary savePower(Long id, PowerChange change) {
        if (change == null) {
            throw new InvalidInputException(List.of(new Violation("body", "Send the changes as JSON.")));
        }
        AgencyPower power = id == null ? null : em.find(AgencyPower.class, id);
        if (id != null && power == null) {
            throw new NotFoundException("power");
        }
        List<Violation> problems = new ArrayList<>();
        Agency agency = agency(change.agency(), problems);
        AgencyPower.Kind kind = null;
        String kindText = trim(change.kind());
        try {
            kind = kindText == null ? null : AgencyPower.Kind.valueOf(kindText);
        } catch (IllegalArgumentException e) {
            kind = null;
        }
        if (kind == null) {
            problems.add(new Violation("kind", "Choose the kind of power: " + Arrays.stream(AgencyPower.Kind.values())
                    .map(Enum::name).collect(Collectors.joining(", ")) + "."));
        }
        required(problems, "title", change.title(), 200, "Say what the power allows.");
        required(problems, "legalBasis", change.legalBasis(), 200,
                "Name the provision, e.g. \"Licensing Act 2003 s179\".");
        optional(problems, "notes", change.notes(), 1000);
        if (id != null) {
            expectVersion(change.expectedVersion(), problems);
        }
        refuse(problems);
        if (power == null) {
            power = new AgencyPower(agency);
        } else {
            checkVersion(power.getLockVersion(), change.expectedVersion(), "power");
        }
        power.describe(agency, kind, trim(change.title()), trim(change.legalBasis()), trim(change.notes()),
                change.active() == null || change.active());
        if (id == null) {
            em.persist(power);
        }
        em.flush();
        audit.record(id == null ? AuditOperation.COLLECTION : AuditOperation.ALTERATION, AuditObject.AGENCY_POWER,
                String.valueOf(power.getId()), kind + " of " + agency.getCode()
                        + (power.isActive() ? "" : ", withdrawn"), null);
        return PowerSummary.of(power);
    }

    // ---- helpers ----------------------------------------------------------------------------

    private Agency agency(String code, List<Violation> problems) {
        Agency agency = code == null ? null : agencies.findByCode(code.trim()).orElse(null);
        if (agency == null) {
            problems.add(new Violation("agency", "Choose an agency."));
        }
        return agency;
    }

    private static void required(List<Violation> problems, String field, String value, int max, String missing) {
        String v = trim(value);
        if (v == null) {
            problems.add(new Violation(field, missing));
        } else if (v.length() > max) {
            problems.add(new Violation(field, "At most " + max + " characters."));
        }
    }

    private static void optional(List<Violation> problems, String field, String value, int max) {
        String v = trim(value);
        if (v != null && v.length() > max) {
            problems.add(new Violation(field, "At most " + max + " characters."));
        }
    }

    private static void expectVersion(Long expected, List<Violation> problems) {
        if (expected == null) {
            problems.add(new Violation("expectedVersion", "Say which version you changed (expectedVersion)."));
        }
    }

    private static void checkVersion(long current, Long expected, String what) {
        if (expected != current) {
            throw new ConcurrentChangeException(what);
        }
    }

    private static void refuse(List<Violation> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static String trim(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }

}
