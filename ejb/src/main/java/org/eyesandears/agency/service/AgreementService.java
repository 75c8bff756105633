package org.eyesandears.agency.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.eyesandears.agency.model.FeedbackLevel;
import org.eyesandears.agency.model.SharingAgreement;
import org.eyesandears.agency.model.SharingAgreementChange;
import org.eyesandears.agency.repository.SharingAgreementRepository;
import org.eyesandears.audit.model.AuditObject;
import org.eyesandears.audit.model.AuditOperation;
import org.eyesandears.audit.service.AuditService;
import org.eyesandears.shared.security.Caller;
import org.eyesandears.shared.security.CurrentCaller;
import org.eyesandears.shared.security.Roles;
import org.eyesandears.shared.time.London;
import org.eyesandears.shared.validation.InvalidInputException;
import org.eyesandears.shared.validation.InvalidInputException.Violation;
import org.eyesandears.shared.error.ConcurrentChangeException;

/**
 * The sharing agreements register. Routing asks it whether a referral may flow from one agency to
 * another today; feedback asks it what the receiver may disclose back. Only administrators change
 * it, and every change is audited. With no agreement in force, nothing flows: the refusal names
 * the missing agreement so that people know whom to ask.
 */
@Stateless
@RolesAllowed({Roles.OFFICER, Roles.DESK, Roles.COORDINATOR, Roles.MANAGER, Roles.ANALYST,
        Roles.ADMIN, Roles.AUDITOR})
public class AgreementService {

    @Inject
    SharingAgreementRepository agreements;

    @Inject
    AgencyService agencies;

    @Inject
    AuditService audit;

    @Inject
    Clock clock;

    @Inject
    CurrentCaller currentCaller;

    /** The whole register, by referring then receiving agency. */
    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
    public List<AgreementSummary> list() {
        LocalDate today = London.today(clock);
        return agreements.findAll().stream().map(a -> AgreementSummary.of(a, today)).toList();
    }

    /**
     * Why a referral from {@code from} may not be routed to each of {@code to}; empty when every
     * routing is covered by an agreement in force today that lets referrals flow.
     */
    public List<Violation> refusals(String from, Collection<String> to, String field) {
        return refusals(from, to, field, "the referral cannot be routed to");
    }

    /**
     * As {@link #refusals(String, Collection, String)}, for something else that flows between two
     * agencies; {@code cannot} ends the messages' sentence, e.g. "the question cannot go to".
     */
    public List<Violation> refusals(String from, Collection<String> to, String field, String cannot) {
        LocalDate today = London.today(clock);
        Map<String, String> names = agencies.agencyNames();
        List<Violation> refused = new ArrayList<>();
        for (String receiver : to) {
            if (receiver.equals(from)) {
                continue; // an agency needs no agreement with itself
            }
            Optional<SharingAgreement> agreement = agreements.findPair(from, receiver);
            String pair = names.getOrDefault(from, from) + " to " + names.getOrDefault(receiver, receiver);
            if (agreement.isEmpty()) {
                refused.add(new Violation(field, "No sharing agreement from " + pair
                        + " is recorded, so " + cannot + " " + names.getOrDefault(receiver, receiver)
                        + ". Ask your administrator to record the " + from + " to " + receiver + " agreement."));
            } else if (!agreement.get().isMayRefer() || !agreement.get().inForceOn(today)) {
                SharingAgreement a = agreement.get();
                refused.add(new Violation(field, "The sharing agreement from " + pair + " (" + a.getDocumentReference()
                        + ", " + a.getGateway() + " " + a.getGatewayReference() + ") "
                        + (!a.isMayRefer() ? "does not allow referrals in that direction"
                                : a.getStartsOn().isAfter(today) ? "starts on " + a.getStartsOn()
                                : "ended on " + a.getEndsOn())
                        + ", so " + cannot + " " + names.getOrDefault(receiver, receiver) + "."));
            }
        }
        return refused;
    }

    /**
     * What the receiving agency may disclose back to the referring one: everything within one agency
     * (it needs no agreement with itself); otherwise the agreement's level, and without an agreement
     * in force the least, received or actioned.
     */
    public FeedbackLevel disclosureLevel(String from, String to) {
        if (from.equals(to)) {
            return FeedbackLevel.FULL;
        }
        LocalDate today = London.today(clock);
        return agreements.findPair(from, to).filter(a -> a.inForceOn(today))
                .map(SharingAgreement::getDisclosureLevel).orElse(FeedbackLevel.RECEIVED_ACTIONED);
    }

    /**
     * The agencies whose dataset rows (names, contacts, phones, their references) the caller may
     * read: their own, and every agency with an agreement in force today that lets referrals flow
     * from it to the caller's agency, the same lawful gateway that would carry a referral. A caller
     * without an agency reads none.
     */
    public Set<String> datasetAgenciesVisible() {
        String own = currentCaller.get().agencyCode();
        if (own == null || own.isBlank()) {
            return Set.of();
        }
        LocalDate today = London.today(clock);
        Set<String> visible = new HashSet<>();
        visible.add(own);
        agreements.findAll().stream()
                .filter(a -> a.getToAgency().equals(own) && a.isMayRefer() && a.inForceOn(today))
                .forEach(a -> visible.add(a.getFromAgency()));
        return visible;
    }

    /**
     * Whose interest in a business the caller may know ({@link InterestScope}, ADR 0017): the
     * agencies whose agreement in force to the caller's agency shares interest. Coordinators,
     * analysts and partnership-wide callers see their names, others only that "other agencies" have
     * one. A partnership-wide caller without an agency is treated as a partner of every agency that
     * shares its interest with anyone; a caller with neither knows of no one's interest.
     */
    public InterestScope interestScope() {
        Caller caller = currentCaller.get();
        LocalDate today = London.today(clock);
        String own = caller.hasAgency() ? caller.agencyCode() : null;
        Set<String> shared = new HashSet<>();
        agreements.findAll().stream()
                .filter(a -> a.isSharesInterest() && a.inForceOn(today)
                        && (own != null ? a.getToAgency().equals(own) : caller.partnershipWide()))
                .forEach(a -> shared.add(a.getFromAgency()));
        boolean named = caller.hasRole(Roles.COORDINATOR) || caller.hasRole(Roles.ANALYST) || caller.partnershipWide();
        return new InterestScope(own, shared, named);
    }

    /** Records or changes one agreement. */
    @RolesAllowed(Roles.ADMIN)
    public AgreementSummary save(AgreementTerms terms) {
        Map<String, String> names = agencies.agencyNames();
        List<Violation> v = new ArrayList<>();
        if (terms.fromAgency() == null || !names.containsKey(terms.fromAgency())) {
            v.add(new Violation("fromAgency", "Choose the referring agency."));
        }
        if (terms.toAgency() == null || !names.containsKey(terms.toAgency())) {
            v.add(new Violation("toAgency", "Choose the receiving agency."));
        } else if (terms.toAgency().equals(terms.fromAgency())) {
            v.add(new Violation("toAgency", "An agency needs no agreement with itself."));
        }
        if (terms.mayRefer() == null) {
            v.add(new Violation("mayRefer", "Say whether referrals may flow."));
        }
        requireText(v, "gateway", terms.gateway(), 200, "Give the legal gateway, e.g. Crime and Disorder Act 1998.");
        requireText(v, "gatewayReference", terms.gatewayReference(), 100, "Give the section, e.g. s115.");
        requireText(v, "documentReference", terms.documentReference(), 100,
                "Give the reference of the signed agreement.");
        if (terms.disclosureLevel() == null) {
            v.add(new Violation("disclosureLevel", "Say what the receiver may disclose back."));
        }
        if (terms.startsOn() == null) {
            v.add(new Violation("startsOn", "Give the date the agreement starts."));
        } else if (terms.endsOn() != null && terms.endsOn().isBefore(terms.startsOn())) {
            v.add(new Violation("endsOn", "The agreement cannot end before it starts."));
        }
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        Optional<SharingAgreement> existing = agreements.findPair(terms.fromAgency(), terms.toAgency());
        SharingAgreement agreement;
        if (existing.isPresent()) {
            agreement = existing.get();
            if (terms.version() == null || terms.version() != agreement.getLockVersion()) {
                throw new ConcurrentChangeException("agreement");
            }
        } else {
            agreement = new SharingAgreement(terms.fromAgency(), terms.toAgency());
        }
        boolean sharesInterest = terms.sharesInterest() != null ? terms.sharesInterest() : agreement.isSharesInterest();
        agreement.setTerms(terms.mayRefer(), terms.gateway().trim(), terms.gatewayReference().trim(),
                terms.disclosureLevel(), terms.startsOn(), terms.endsOn(), terms.documentReference().trim(),
                sharesInterest);
        if (existing.isEmpty()) {
            agreements.add(agreement);
        }
        agreements.addChange(new SharingAgreementChange(agreement,
                existing.isEmpty() ? SharingAgreementChange.Kind.RECORDED : SharingAgreementChange.Kind.CHANGED,
                currentCaller.get().username(), now()));
        audit.record(existing.isEmpty() ? AuditOperation.COLLECTION : AuditOperation.ALTERATION,
                AuditObject.SHARING_AGREEMENT, terms.fromAgency() + ">" + terms.toAgency(),
                (terms.mayRefer() ? "may refer" : "may not refer") + ", disclosure " + terms.disclosureLevel()
                        + (sharesInterest ? ", shares interest" : "")
                        + ", " + terms.startsOn() + " to " + (terms.endsOn() == null ? "open" : terms.endsOn()), null);
        agreements.flush();
        return AgreementSummary.of(agreement, London.today(clock));
    }

    /**
     * Ends an agreement: {@code lastDay} is the last day it is in force (yesterday ends it at once).
     * The other terms stay, so the register and the refusals can still name it.
     */
    @RolesAllowed(Roles.ADMIN)
    public AgreementSummary end(String from, String to, LocalDate lastDay, Long version) {
        SharingAgreement agreement = agreements.findPair(from, to).orElseThrow(() -> new InvalidInputException(
                List.of(new Violation("toAgency", "No agreement from " + from + " to " + to + " is recorded."))));
        if (lastDay == null) {
            throw new InvalidInputException(List.of(new Violation("endsOn", "Give the last day the agreement is in force.")));
        }
        if (lastDay.isBefore(agreement.getStartsOn())) {
            throw new InvalidInputException(List.of(new Violation("endsOn",
                    "The agreement cannot end before it starts (" + agreement.getStartsOn() + ").")));
        }
        if (version == null || version != agreement.getLockVersion()) {
            throw new ConcurrentChangeException("agreement");
        }
        agreement.setTerms(agreement.isMayRefer(), agreement.getGateway(), agreement.getGatewayReference(),
                agreement.getDisclosureLevel(), agreement.getStartsOn(), lastDay, agreement.getDocumentReference(),
                agreement.isSharesInterest());
        agreements.addChange(new SharingAgreementChange(agreement, SharingAgreementChange.Kind.ENDED,
                currentCaller.get().username(), now()));
        audit.record(AuditOperation.ALTERATION, AuditObject.SHARING_AGREEMENT, from + ">" + to, "ended: last day " + lastDay,
                null);
        agreements.flush();
        return AgreementSummary.of(agreement, London.today(clock));
    }

    /** The history of one agreement, newest first: every recording, change and ending. */
    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
    public List<AgreementChangeView> history(String from, String to) {
        return agreements.changes(from, to).stream().map(AgreementChangeView::of).toList();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static void requireText(List<Violation> v, String field, String value, int max, String missing) {
        if (value == null || value.isBlank()) {
            v.add(new Violation(field, missing));
        } else if (value.trim().length() > max) {
            v.add(new Violation(field, "At most " + max + " characters."));
        }
    }
}
