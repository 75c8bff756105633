package org.eyesandears.referral.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eyesandears.agency.service.AgencyService;
import org.eyesandears.agency.service.AgreementService;
import org.eyesandears.agency.service.AgencySummary;
import org.eyesandears.agency.service.IndicatorSummary;
import org.eyesandears.audit.model.AuditObject;
import org.eyesandears.audit.model.AuditOperation;
import org.eyesandears.audit.service.AuditService;
import org.eyesandears.notification.service.NotificationService;
import org.eyesandears.business.model.Business;
import org.eyesandears.business.register.service.UnconfirmedPremises;
import org.eyesandears.referral.model.FeedbackRating;
import org.eyesandears.referral.model.Grading;
import org.eyesandears.referral.model.PersonInvolved;
import org.eyesandears.referral.model.Referral;
import org.eyesandears.referral.model.ReferralIndicator;
import org.eyesandears.referral.model.Routing;
import org.eyesandears.referral.model.Urgency;
import org.eyesandears.shared.error.NotFoundException;
import org.eyesandears.shared.metrics.OperationsMetrics;
import org.eyesandears.shared.security.Caller;
import org.eyesandears.shared.security.CurrentCaller;
import org.eyesandears.shared.security.Roles;
import org.eyesandears.shared.time.WorkingDays;
import org.eyesandears.shared.upload.FileNames;
import org.eyesandears.shared.upload.VirusScanner;
import org.eyesandears.shared.validation.InvalidInputException;
import org.eyesandears.shared.validation.InvalidInputException.Violation;
import org.eyesandears.shared.time.London;
import org.eyesandears.user.service.UserSettings;

/**
 * Submitting concern referrals. A referral is routed to every agency that receives one of its
 * ticked indicators, plus the agency chosen for an "other concern"; each routing is a disclosure
 * and is audited as one. Submitting again with the same idempotency key returns the first
 * referral instead of making a second.
 */
@Stateless
public class ReferralService {



    @Inject
    CurrentCaller currentCaller;

    @Inject
    OperationsMetrics metrics;

    @Inject
    AgencyService agencies;

    @Inject
    AuditService audit;

    @Inject
    AgreementService sharing;

    @Inject
    NotificationService notifications;

    @Inject
    Clock clock;

    @Inject
    UnconfirmedPremises premises;

    @Inject
    UserSettings settings;

    @PersistenceContext
    EntityManager em;

    /** The result of a submission: the referral, and whether it was made now or earlier. */
    public record Submitted(ReferralDetail referral, boolean created) {
    }

    @Inject
    AttachmentStore attachmentStore;

    @RolesAllowed(Roles.OFFICER)
    public Submitted submit(NewReferral card, String idempotencyKey) {
        return submit(card, List.of(), idempotencyKey);
    }

    /** Submits a card with its photos and documents (see {@link AttachmentRules}). */
    @RolesAllowed(Roles.OFFICER)
    public Submitted submit(NewReferral card, List<Upload> uploads, String idempotencyKey) {
        return submit(card, uploads, idempotencyKey, null);
    }

    /**
     * Submits a card with how long it was open before it was sent, as the client measured it
     * ({@code composeSeconds}, checked by {@link ComposeTime}: an implausible value is not recorded,
     * and never refuses the referral).
     */
    @RolesAllowed(Roles.OFFICER)
    public Submitted submit(NewReferral card, List<Upload> uploads, String idempotencyKey, String composeSeconds) {
        Caller caller = currentCaller.get();
        if (!caller.hasAgency()) {
            throw new InvalidInputException(List.of(new Violation("agency",
                    "Your account belongs to no agency, so referrals cannot be sent from it. Ask your administrator.")));
        }
        String key = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.trim();
        if (key != null && key.length() > 100) {
            throw new InvalidInputException(List.of(new Violation("Idempotency-Key", "At most 100 characters.")));
        }
        if (key != null) {
            Optional<Referral> earlier = findByIdempotencyKey(caller.username(), key);
            if (earlier.isPresent()) {
                return new Submitted(ReferralDetail.of(earlier.get(), agencies.agencyNames(), caller, sharing::disclosureLevel), false);
            }
        }

        LocalDate today = London.today(clock);
        List<Violation> violations = new ArrayList<>(ReferralValidator.validate(card, today));
        Map<String, IndicatorSummary> active = agencies.listIndicators().stream()
                .collect(Collectors.toMap(IndicatorSummary::code, Function.identity()));
        Map<String, AgencySummary> agencyByCode = agencies.agenciesByCode();
        Map<String, String> agencyNames = agencyByCode.values().stream()
                .collect(Collectors.toMap(AgencySummary::code, AgencySummary::name));
        Set<String> codes = new LinkedHashSet<>(card.indicatorCodes());
        codes.stream().filter(c -> !active.containsKey(c)).forEach(c ->
                violations.add(new Violation("indicatorCodes", "No such indicator: " + c + ".")));
        if (!ReferralValidator.isBlank(card.otherConcernAgency())
                && !agencyNames.containsKey(card.otherConcernAgency())) {
            violations.add(new Violation("otherConcernAgency", "No such agency: " + card.otherConcernAgency() + "."));
        }
        Business business = null;
        if (card.businessId() != null) {
            business = em.find(Business.class, card.businessId());
            if (business == null) {
                violations.add(new Violation("businessId", "No such business."));
            }
        }
        // Every routing needs a sharing agreement in force from the author's agency to the receiver.
        Set<String> byIndicator = codes.stream().filter(active::containsKey)
                .flatMap(c -> active.get(c).receivingAgencies().stream())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        violations.addAll(sharing.refusals(caller.agencyCode(), byIndicator, "indicatorCodes"));
        if (agencyNames.containsKey(card.otherConcernAgency()) && !byIndicator.contains(card.otherConcernAgency())) {
            violations.addAll(sharing.refusals(caller.agencyCode(), List.of(card.otherConcernAgency()),
                    "otherConcernAgency"));
        }
        violations.addAll(checkUploads(uploads));
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }

        if (business == null) {
            business = newPremises(card.newBusiness(), caller);
        }
        NewReferral.NewGrading g = card.grading();
        Referral referral = new Referral(nextReference(today.getYear()), business, caller.username(),
                caller.agencyCode(), card.visitDate(), trim(card.visitReason()), card.observation().trim(),
                trim(card.otherConcern()), trim(card.otherConcernAgency()),
                new Grading(g.source(), g.intelligence(), g.handling(), trim(g.conditions())),
                card.urgency(), clock.instant(), key);
        referral.recordAuthorTeam(currentCaller.team());
        referral.recordComposeSeconds(ComposeTime.seconds(composeSeconds));
        for (String code : codes) {
            IndicatorSummary indicator = active.get(code);
            referral.addIndicator(new ReferralIndicator(indicator.code(), indicator.concernArea(),
                    indicator.wording(), indicator.wordingVersion()));
            indicator.receivingAgencies().forEach(agency -> route(referral, agencyByCode.get(agency), today));
        }
        if (referral.getOtherConcernAgencyCode() != null) {
            route(referral, agencyByCode.get(referral.getOtherConcernAgencyCode()), today);
        }
        card.people().forEach(p -> referral.addPerson(new PersonInvolved(p.nameOrDescription().trim(),
                trim(p.roleAtPremises()), p.category())));
        for (Upload upload : uploads) {
            referral.attach(FileNames.safeName(upload.fileName()),
                    AttachmentRules.contentType(upload.content()).orElseThrow(), upload.content().length,
                    sha256(upload.content()), attachmentStore.write(upload.content()), clock.instant(),
                    caller.username());
        }
        em.persist(referral);
        em.flush();
        settings.remove(caller.username(), DraftService.KIND);
        referral.getAttachments().forEach(a -> audit.record(AuditOperation.COLLECTION, AuditObject.ATTACHMENT,
                String.valueOf(a.getId()), AuditObject.REFERRAL, referral.getReference(),
                AuditService.attachmentDetail(referral.getReference()), null));

        audit.record(AuditOperation.COLLECTION, AuditObject.REFERRAL, referral.getReference(), null, null);
        metrics.referralSent(referral.getUrgency().name());
        referral.getRoutings().forEach(r -> audit.record(AuditOperation.DISCLOSURE, AuditObject.REFERRAL,
                referral.getReference(), "routed to " + r.getAgencyCode(), null));
        if (referral.getUrgency() == Urgency.URGENT) {
            referral.getRoutings().forEach(r -> notifications.notifyDesks(r.getAgencyCode(),
                    NotificationService.URGENT, referral.getReference(),
                    "Urgent referral " + referral.getReference() + " for your agency"));
        }
        return new Submitted(ReferralDetail.of(referral, agencyNames, caller, sharing::disclosureLevel), true);
    }

    /**
     * The referring officer's answer to "was this feedback useful?" about one routing of their own
     * referral, once per routing: a second answer, an answer before feedback was given or about
     * someone else's referral is refused.
     */
    @RolesAllowed(Roles.OFFICER)
    public void rateFeedback(String reference, long routingId, boolean useful) {
        Caller caller = currentCaller.get();
        Routing routing = em.find(Routing.class, routingId);
        if (routing == null || !routing.getReferral().getReference().equals(reference)
                || !routing.getReferral().getAuthorUsername().equals(caller.username())) {
            throw new NotFoundException("routing of your referrals");
        }
        if (routing.getFeedbackAt() == null) {
            throw new InvalidInputException(List.of(new Violation("useful",
                    "There is no feedback to rate yet.")));
        }
        if (em.find(FeedbackRating.class, routingId) != null) {
            throw new InvalidInputException(List.of(new Violation("useful",
                    "You have already said whether this feedback was useful.")));
        }
        em.persist(new FeedbackRating(routingId, useful, caller.username(), clock.instant()));
        audit.record(AuditOperation.ALTERATION, AuditObject.ROUTING, String.valueOf(routingId),
                "feedback rated " + (useful ? "useful" : "not useful") + " by the referring officer", null);
    }

    /** Routes to an agency with due dates from its service levels, in working days. */
    private void route(Referral referral, AgencySummary agency, LocalDate today) {
        referral.routeTo(agency.code(), clock.instant(), WorkingDays.plus(today, agency.triageTargetDays()),
                WorkingDays.plus(today, agency.feedbackTargetDays()), null);
    }

    private static List<Violation> checkUploads(List<Upload> uploads) {
        return checkUploads(uploads, VirusScanner.configured());
    }

    static List<Violation> checkUploads(List<Upload> uploads, java.util.Optional<VirusScanner> scanner) {
        List<Violation> violations = new ArrayList<>();
        if (uploads.size() > AttachmentRules.MAX_FILES) {
            violations.add(new Violation("attachments", "Attach at most " + AttachmentRules.MAX_FILES + " files."));
        }
        for (Upload upload : uploads) {
            String name = FileNames.safeName(upload.fileName());
            if (upload.content().length > AttachmentRules.MAX_BYTES) {
                violations.add(new Violation("attachments", name + " is larger than 10 MB."));
            } else if (AttachmentRules.contentType(upload.content()).isEmpty()) {
                violations.add(new Violation("attachments", name + " is not a JPEG, PNG or PDF file."));
            } else {
                VirusScanner.refusal(scanner, name, upload.content())
                        .ifPresent(message -> violations.add(new Violation("attachments", message)));
            }
        }
        return violations;
    }

    private static String sha256(byte[] content) {
        try {
            return java.util.HexFormat.of().formatHex(
                    java.security.MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Premises first met on this card join the register (the business context creates them). */
    private Business newPremises(NewReferral.NewBusiness b, Caller caller) {
        long id = premises.add(b.tradingName().trim(), b.addressLine1().trim(),
                trim(b.addressLine2()), trim(b.town()), ReferralValidator.canonicalPostcode(b.postcode()),
                trim(b.phone()), ReferralValidator.canonicalCompanyNumber(b.companyNumber()), trim(b.uprn()),
                trim(b.businessType()), caller.agencyCode(), caller.username());
        return em.find(Business.class, id);
    }

    /**
     * The next reference of the year, e.g. EE-2026-000123. The counter row stays locked until the
     * transaction ends, so concurrent submissions never share a number.
     */
    String nextReference(int year) {
        em.createNativeQuery("INSERT INTO referral_reference_counter (year, last_value) VALUES (?1, 1)"
                        + " ON DUPLICATE KEY UPDATE last_value = last_value + 1")
                .setParameter(1, year)
                .executeUpdate();
        Number value = (Number) em.createNativeQuery(
                        "SELECT last_value FROM referral_reference_counter WHERE year = ?1")
                .setParameter(1, year)
                .getSingleResult();
        return String.format("EE-%d-%06d", year, value.intValue());
    }

    private Optional<Referral> findByIdempotencyKey(String author, String key) {
        return em.createQuery("select r from Referral r where r.authorUsername = :author"
                        + " and r.idempotencyKey = :key", Referral.class)
                .setParameter("author", author)
                .setParameter("key", key)
                .getResultStream()
                .findFirst();
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
