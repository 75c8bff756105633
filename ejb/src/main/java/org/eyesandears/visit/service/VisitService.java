package org.eyesandears.visit.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.eyesandears.audit.model.AuditObject;
import org.eyesandears.audit.model.AuditOperation;
import org.eyesandears.audit.service.AuditService;
import org.eyesandears.business.model.Business;
import org.eyesandears.linkage.normalise.Postcode;
import org.eyesandears.referral.service.ReferralQueries;
import org.eyesandears.shared.security.Caller;
import org.eyesandears.shared.security.CurrentCaller;
import org.eyesandears.shared.security.Roles;
import org.eyesandears.shared.time.London;
import org.eyesandears.shared.validation.InvalidInputException;
import org.eyesandears.shared.validation.InvalidInputException.Violation;
import org.eyesandears.shared.error.ConcurrentChangeException;
import org.eyesandears.user.model.UserProfile;
import org.eyesandears.visit.model.ClashOverride;
import org.eyesandears.visit.model.FollowUpTask;
import org.eyesandears.visit.model.InvitationResponse;
import org.eyesandears.visit.model.Operation;
import org.eyesandears.visit.model.Visit;
import org.eyesandears.visit.model.VisitAgency;
import org.eyesandears.visit.model.VisitOfficer;
import org.eyesandears.visit.model.VisitOutcome;
import org.eyesandears.visit.model.VisitStatus;
import org.eyesandears.visit.service.VisitClashPolicy.Clash;
import org.eyesandears.visit.service.VisitClashPolicy.Premises;
import org.eyesandears.visit.service.VisitClashPolicy.Slot;
import org.eyesandears.shared.error.NotFoundException;

/**
 * Planning joint visits and recording what came of them. Coordinators plan any visit; an officer
 * plans visits of their own agency only. Every save runs the clash checks again: if any warning
 * stands and the planner gave no reason, nothing is saved; with a reason, each overridden warning is
 * recorded with who and why. Invited agencies accept or decline; each agency taking part records its
 * own outcome and the follow-up tasks it leaves.
 */
@Stateless
public class VisitService {

    static final Duration LONGEST_VISIT = Duration.ofHours(24);

    /** How far back a visit may be recorded (one that happened before it was planned here). */
    static final Duration EARLIEST_RECORDED = Duration.ofDays(366);

    /** How far ahead a visit may be planned: a typed year like 0001 or 9999 is a slip, not a plan. */
    static final Duration FURTHEST_AHEAD = Duration.ofDays(3 * 366);
    static final int MAX_HEAD_COUNT = 50;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    VisitClashPolicy clashPolicy;

    @Inject
    ReferralQueries referrals;

    @Inject
    AuditService audit;

    @Inject
    VisitNotices visitNotices;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    /** An agency's outcome after the visit, and the follow-up tasks it leaves. */
    public record OutcomeReport(Boolean concernsFound, String findings, Integer arrests, Integer notices,
                                Integer seizures, Boolean adviceGiven, List<FollowUp> followUps) {
        public OutcomeReport {
            followUps = followUps == null ? List.of() : List.copyOf(followUps);
        }
    }

    /** A task for a named owner of the same agency, due on a date. */
    public record FollowUp(String description, String owner, LocalDate dueOn) {
    }

    /** A new operation (week of action); the answer is its id. */
    @RolesAllowed(Roles.COORDINATOR)
    public long createOperation(String name, String leadAgency, LocalDate startsOn, LocalDate endsOn, String area,
                                String description) {
        Caller caller = currentCaller.get();
        List<Violation> v = new ArrayList<>();
        String n = reason(name);
        if (n == null || n.length() > 200) {
            v.add(new Violation("name", "Name the operation (at most 200 characters)."));
        }
        if (leadAgency == null || !agencyCodes().containsKey(leadAgency)) {
            v.add(new Violation("leadAgency", "Choose the lead agency."));
        }
        if (startsOn == null || endsOn == null || endsOn.isBefore(startsOn)) {
            v.add(new Violation("endsOn", "Give a first and last day, the last not before the first."));
        } else if (endsOn.isAfter(startsOn.plusDays(92))) {
            v.add(new Violation("endsOn", "An operation lasts at most three months."));
        }
        String a = reason(area);
        if (a != null && a.length() > 200) {
            v.add(new Violation("area", "At most 200 characters."));
        }
        String d = reason(description);
        if (d != null && d.length() > 2000) {
            v.add(new Violation("description", "At most 2000 characters."));
        }
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        Operation operation = new Operation(n, leadAgency, startsOn, endsOn, a, d, caller.username(), clock.instant());
        em.persist(operation);
        em.flush();
        audit.record(AuditOperation.COLLECTION, AuditObject.OPERATION, String.valueOf(operation.getId()), "created", null);
        return operation.getId();
    }

    /** The clash warnings the plan would raise now; nothing is saved. */
    @RolesAllowed({Roles.COORDINATOR, Roles.OFFICER})
    public List<Clash> check(Long visitId, VisitPlan plan) {
        Business business = business(plan.businessId());
        if (business == null || plan.startsAt() == null || plan.endsAt() == null
                || !plan.endsAt().isAfter(plan.startsAt())) {
            return List.of();
        }
        return clashes(visitId, business, plan.startsAt(), plan.endsAt(), requestedOfficers(plan),
                officerCount(plan));
    }

    /** Plans a new visit; the answer is its id. */
    @RolesAllowed({Roles.COORDINATOR, Roles.OFFICER})
    public long plan(VisitPlan plan) {
        Caller caller = currentCaller.get();
        Visit visit = new Visit(business(plan.businessId()), caller.username(), clock.instant());
        List<Clash> overridden = apply(visit, plan, caller);
        boolean joint = visit.getAgencies().size() > 1;
        if (!joint) {
            visit.confirm(caller.username(), clock.instant());
        }
        em.persist(visit);
        em.flush();
        recordOverrides(visit, overridden, plan.overrideReason(), caller);
        audit.record(AuditOperation.COLLECTION, AuditObject.VISIT, String.valueOf(visit.getId()),
                "planned, lead " + visit.getLeadAgency(), null);
        visitNotices.planned(visit, caller.username());
        return visit.getId();
    }

    /** Changes a planned visit; the version seen must still be current. */
    @RolesAllowed({Roles.COORDINATOR, Roles.OFFICER})
    public void update(long visitId, VisitPlan plan) {
        Caller caller = currentCaller.get();
        Visit visit = editable(visitId, plan.expectedVersion(), caller);
        Set<String> before = taking(visit);
        if (plan.businessId() != null && !plan.businessId().equals(visit.getBusiness().getId())) {
            throw invalid("businessId", "A visit stays with its business; cancel it and plan a new one.");
        }
        List<Clash> overridden = apply(visit, new VisitPlan(visit.getBusiness().getId(), plan.operationId(), plan.startsAt(), plan.endsAt(),
                plan.purpose(), plan.leadAgency(), plan.participants(), plan.officers(), plan.referralIds(),
                plan.riskNotes(), plan.overrideReason(), plan.expectedVersion()), caller);
        visit.changed(caller.username(), clock.instant());
        recordOverrides(visit, overridden, plan.overrideReason(), caller);
        audit.record(AuditOperation.ALTERATION, AuditObject.VISIT, String.valueOf(visit.getId()), "plan changed", null);
        visitNotices.changed(visit, "changed", before, caller.username());
    }

    /** Moves a visit to another time (the calendar's drag and drop), keeping its length if no end is given. */
    @RolesAllowed({Roles.COORDINATOR, Roles.OFFICER})
    public void reschedule(long visitId, long expectedVersion, Instant startsAt, Instant endsAt, String overrideReason) {
        Caller caller = currentCaller.get();
        Visit visit = editable(visitId, expectedVersion, caller);
        if (startsAt == null) {
            throw invalid("startsAt", "Say when the visit starts.");
        }
        Instant end = endsAt != null ? endsAt
                : startsAt.plus(Duration.between(visit.getStartsAt(), visit.getEndsAt()));
        checkTimes(startsAt, end, new ArrayList<>(), true, clock.instant());
        List<Clash> found = clashes(visit.getId(), visit.getBusiness(), startsAt, end,
                visit.getOfficers().stream().map(VisitOfficer::getUsername).collect(java.util.stream.Collectors.toSet()),
                officerCount(visit));
        String reason = reason(overrideReason);
        if (!found.isEmpty() && reason == null) {
            throw new VisitClashException(found);
        }
        visit.moveTo(startsAt, end, caller.username(), clock.instant());
        recordOverrides(visit, found, reason, caller);
        audit.record(AuditOperation.ALTERATION, AuditObject.VISIT, String.valueOf(visit.getId()), "moved", null);
        visitNotices.changed(visit, "moved", taking(visit), caller.username());
    }

    /** The planner confirms a proposed visit. */
    @RolesAllowed({Roles.COORDINATOR, Roles.OFFICER})
    public void confirm(long visitId, long expectedVersion) {
        Caller caller = currentCaller.get();
        Visit visit = editable(visitId, expectedVersion, caller);
        if (visit.getStatus() != VisitStatus.PROPOSED) {
            throw invalid("status", "Only a proposed visit can be confirmed; this one is " + visit.getStatus() + ".");
        }
        visit.confirm(caller.username(), clock.instant());
        audit.record(AuditOperation.ALTERATION, AuditObject.VISIT, String.valueOf(visitId), "confirmed", null);
        visitNotices.changed(visit, "confirmed", taking(visit), caller.username());
    }

    /** Cancels a visit that has not happened, with the reason everyone taking part will see. */
    @RolesAllowed({Roles.COORDINATOR, Roles.OFFICER})
    public void cancel(long visitId, long expectedVersion, String reason) {
        Caller caller = currentCaller.get();
        Visit visit = editable(visitId, expectedVersion, caller);
        String why = reason(reason);
        if (why == null) {
            throw invalid("reason", "Say why the visit is cancelled.");
        }
        visit.cancel(why, caller.username(), clock.instant());
        // Reasons are free text: they stay on the visit; the audit record says where (ADR 0018).
        audit.record(AuditOperation.ALTERATION, AuditObject.VISIT, String.valueOf(visitId), "cancelled",
                "given on the visit");
        visitNotices.cancelled(visit, caller.username());
    }

    /** An invited agency's coordinator or desk accepts or declines (a decline needs a reason). */
    @RolesAllowed({Roles.COORDINATOR, Roles.DESK})
    public void respond(long visitId, boolean accept, String reason) {
        Caller caller = currentCaller.get();
        Visit visit = em.find(Visit.class, visitId, LockModeType.OPTIMISTIC);
        if (visit == null || !caller.hasAgency() || visit.agency(caller.agencyCode()).isEmpty()) {
            throw new NotFoundException("visit");
        }
        if (visit.getLeadAgency().equals(caller.agencyCode())) {
            throw invalid("response", "The lead agency takes part; to withdraw, cancel the visit.");
        }
        if (visit.getStatus() == VisitStatus.CANCELLED || visit.getStatus() == VisitStatus.DONE) {
            throw invalid("status", "The visit is " + visit.getStatus().name().toLowerCase() + ".");
        }
        String why = reason(reason);
        if (!accept && why == null) {
            throw invalid("reason", "Say why your agency declines, so the planner can find another way.");
        }
        visit.respond(caller.agencyCode(), accept ? InvitationResponse.ACCEPTED : InvitationResponse.DECLINED, why,
                caller.username(), clock.instant());
        audit.record(AuditOperation.ALTERATION, AuditObject.VISIT, String.valueOf(visitId),
                (accept ? "accepted by " : "declined by ") + caller.agencyCode(),
                why == null ? null : "given in the invitation of " + caller.agencyCode());
        visitNotices.answered(visit, caller.agencyCode(), accept, caller.username());
    }

    /**
     * Records the caller's agency's outcome (replacing an earlier one), adds its follow-up tasks and
     * marks the visit done. Only agencies taking part, once the visit has started.
     */
    @RolesAllowed({Roles.OFFICER, Roles.COORDINATOR, Roles.DESK})
    public long recordOutcome(long visitId, OutcomeReport report) {
        Caller caller = currentCaller.get();
        Visit visit = em.find(Visit.class, visitId, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        if (visit == null || !caller.hasAgency() || !visit.involves(caller.agencyCode())) {
            throw new NotFoundException("visit");
        }
        if (!visit.committed(caller.agencyCode())) {
            throw invalid("response", "Accept the invitation before recording your agency's outcome.");
        }
        List<Violation> v = new ArrayList<>();
        if (visit.getStatus() == VisitStatus.CANCELLED) {
            v.add(new Violation("status", "The visit was cancelled."));
        } else if (visit.getStartsAt().isAfter(clock.instant())) {
            v.add(new Violation("status", "Record the outcome once the visit has started."));
        }
        if (report == null || report.concernsFound() == null) {
            v.add(new Violation("concernsFound", "Say whether your agency found concerns: \"no concerns found\""
                    + " is worth recording too."));
        }
        String findings = report == null ? null : reason(report.findings());
        if (findings == null) {
            v.add(new Violation("findings", "Write what your agency found."));
        } else if (findings.length() > 4000) {
            v.add(new Violation("findings", "At most 4000 characters."));
        }
        int arrests = count(report == null ? null : report.arrests(), "arrests", v);
        int notices = count(report == null ? null : report.notices(), "notices", v);
        int seizures = count(report == null ? null : report.seizures(), "seizures", v);
        List<FollowUpTask> tasks = new ArrayList<>();
        List<FollowUp> followUps = report == null ? List.of() : report.followUps();
        for (int i = 0; i < followUps.size(); i++) {
            FollowUp f = followUps.get(i);
            String field = "followUps[" + i + "]";
            String description = f == null ? null : reason(f.description());
            if (description == null || description.length() > 1000) {
                v.add(new Violation(field + ".description", "Describe the task in at most 1000 characters."));
            }
            UserProfile owner = f == null || f.owner() == null ? null : profile(f.owner().trim());
            if (owner == null || !caller.agencyCode().equals(owner.getAgencyCode())) {
                v.add(new Violation(field + ".owner", "Name a user of your own agency as the owner."));
            }
            if (f == null || f.dueOn() == null || f.dueOn().isBefore(London.today(clock))) {
                v.add(new Violation(field + ".dueOn", "Give a due date from today on."));
            }
            if (v.isEmpty()) {
                tasks.add(new FollowUpTask(visit, caller.agencyCode(), description, owner.getUsername(), f.dueOn(),
                        caller.username(), clock.instant()));
            }
        }
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        VisitOutcome outcome = em.createQuery("select o from VisitOutcome o where o.visit = :v and o.agencyCode = :a",
                        VisitOutcome.class)
                .setParameter("v", visit).setParameter("a", caller.agencyCode())
                .getResultStream().findFirst().orElseGet(() -> new VisitOutcome(visit, caller.agencyCode()));
        outcome.record(report.concernsFound(), findings, arrests, notices, seizures, Boolean.TRUE.equals(report.adviceGiven()),
                caller.username(), clock.instant());
        if (outcome.getId() == null) {
            em.persist(outcome);
        }
        tasks.forEach(em::persist);
        if (visit.getStatus() != VisitStatus.DONE) {
            visit.markDone(caller.username(), clock.instant());
        }
        em.flush();
        audit.record(AuditOperation.COLLECTION, AuditObject.VISIT, String.valueOf(visitId),
                "outcome of " + caller.agencyCode() + ", " + tasks.size() + " follow-up(s)", null);
        visitNotices.outcomeRecorded(visit, caller.agencyCode(), caller.username());
        return outcome.getId();
    }

    /** The owner marks a follow-up task done. */
    @RolesAllowed({Roles.OFFICER, Roles.COORDINATOR, Roles.DESK, Roles.MANAGER})
    public void completeTask(long taskId) {
        Caller caller = currentCaller.get();
        FollowUpTask task = em.find(FollowUpTask.class, taskId);
        if (task == null || !task.getOwner().equals(caller.username())) {
            throw new NotFoundException("visit");
        }
        if (task.getDoneAt() == null) {
            task.done(caller.username(), clock.instant());
            audit.record(AuditOperation.ALTERATION, AuditObject.FOLLOW_UP_TASK, String.valueOf(taskId), "done", null);
        }
    }

    /** Validates and applies the plan; answers the clash warnings the planner's reason overrides. */
    private List<Clash> apply(Visit visit, VisitPlan plan, Caller caller) {
        List<Violation> v = new ArrayList<>();
        Business business = visit.getBusiness();
        if (business == null) {
            v.add(new Violation("businessId", "Choose the business to visit."));
        }
        checkTimes(plan.startsAt(), plan.endsAt(), v, false, clock.instant());
        if (plan.purpose() == null) {
            v.add(new Violation("purpose", "Say whether the visit is enforcement, compliance support or both."));
        }
        Map<String, String> known = agencyCodes();
        String lead = plan.leadAgency() == null ? null : plan.leadAgency().trim();
        if (lead == null || !known.containsKey(lead)) {
            v.add(new Violation("leadAgency", "Choose the lead agency."));
        }
        boolean coordinator = caller.hasRole(Roles.COORDINATOR);
        if (!coordinator && (!caller.hasAgency() || lead != null && !lead.equals(caller.agencyCode()))) {
            v.add(new Violation("leadAgency", "Officers plan visits led by their own agency; ask a coordinator"
                    + " for a joint visit."));
        }
        Map<String, Integer> heads = new LinkedHashMap<>();
        if (lead != null) {
            heads.put(lead, 1);
        }
        for (int i = 0; i < plan.participants().size(); i++) {
            VisitPlan.Participant p = plan.participants().get(i);
            String code = p == null || p.agencyCode() == null ? null : p.agencyCode().trim();
            if (code == null || !known.containsKey(code)) {
                v.add(new Violation("participants[" + i + "].agencyCode", "Choose an agency."));
                continue;
            }
            int count = p.headCount() == null ? 1 : p.headCount();
            if (count < 1 || count > MAX_HEAD_COUNT) {
                v.add(new Violation("participants[" + i + "].headCount",
                        "Between 1 and " + MAX_HEAD_COUNT + " officers."));
            }
            if (!coordinator && !code.equals(caller.agencyCode())) {
                v.add(new Violation("participants[" + i + "].agencyCode",
                        "Officers invite no other agency; ask a coordinator for a joint visit."));
            }
            heads.put(code, count);
        }
        Map<String, VisitOfficer> named = new LinkedHashMap<>();
        for (int i = 0; i < plan.officers().size(); i++) {
            String username = plan.officers().get(i) == null ? "" : plan.officers().get(i).trim();
            UserProfile profile = profile(username);
            if (profile == null || profile.getAgencyCode() == null || !heads.containsKey(profile.getAgencyCode())) {
                v.add(new Violation("officers[" + i + "]",
                        "Name a user of one of the agencies taking part (" + username + " is not)."));
                continue;
            }
            named.put(username, new VisitOfficer(username, profile.getAgencyCode(), profile.getDisplayName()));
        }
        String notes = reason(plan.riskNotes());
        if (notes != null && notes.length() > 4000) {
            v.add(new Violation("riskNotes", "At most 4000 characters."));
        }
        Operation operation = null;
        if (plan.operationId() != null) {
            operation = em.find(Operation.class, plan.operationId());
            if (operation == null) {
                v.add(new Violation("operationId", "No such operation."));
            } else if (plan.startsAt() != null && outside(operation, plan.startsAt())) {
                v.add(new Violation("operationId", "The visit falls outside " + operation.getName() + " ("
                        + operation.getStartsOn() + " to " + operation.getEndsOn() + ")."));
            }
        }
        if (business != null && !plan.referralIds().isEmpty()) {
            Set<Long> usable = referrals.visibleAbout(business.getId(), plan.referralIds());
            for (Long id : plan.referralIds()) {
                if (!usable.contains(id)) {
                    v.add(new Violation("referralIds", "Referral " + id
                            + " is not one you may see about this business."));
                }
            }
        }
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        List<VisitAgency> participants = new ArrayList<>();
        heads.forEach((code, count) -> {
            int withNamed = (int) Math.max(count, named.values().stream()
                    .filter(o -> o.getAgencyCode().equals(code)).count());
            participants.add(new VisitAgency(code, withNamed,
                    code.equals(lead) ? InvitationResponse.ACCEPTED : InvitationResponse.INVITED));
        });
        Postcode postcode = Postcode.parse(business.getPostcode());
        visit.plan(operation, plan.startsAt(), plan.endsAt(), plan.purpose(), lead, participants,
                new ArrayList<>(named.values()), new LinkedHashSet<>(plan.referralIds()), notes,
                postcode == null ? null : postcode.outward());
        List<Clash> found = clashes(visit.getId(), business, plan.startsAt(), plan.endsAt(), named.keySet(),
                officerCount(visit));
        if (!found.isEmpty() && reason(plan.overrideReason()) == null) {
            throw new VisitClashException(found);
        }
        return found;
    }

    /** Records each clash warning the planner went ahead against, with their reason. */
    private void recordOverrides(Visit visit, List<Clash> found, String overrideReason, Caller caller) {
        if (found.isEmpty()) {
            return;
        }
        String reason = reason(overrideReason);
        for (Clash clash : found) {
            em.persist(new ClashOverride(visit, clash.kind(), clash.detail(), reason, caller.username(),
                    clock.instant()));
        }
        audit.record(AuditOperation.ALTERATION, AuditObject.VISIT, String.valueOf(visit.getId()),
                found.size() + " clash warning(s) overridden", "given in the visit's clash overrides");
    }

    private static void checkTimes(Instant start, Instant end, List<Violation> v, boolean throwNow, Instant now) {
        if (start == null) {
            v.add(new Violation("startsAt", "Say when the visit starts."));
        } else if (start.isBefore(now.minus(EARLIEST_RECORDED)) || start.isAfter(now.plus(FURTHEST_AHEAD))) {
            v.add(new Violation("startsAt", "Give a date within the last year or the next three years."));
        }
        if (end == null) {
            v.add(new Violation("endsAt", "Say when the visit ends."));
        }
        if (start != null && end != null && !end.isAfter(start)) {
            v.add(new Violation("endsAt", "The visit must end after it starts."));
        } else if (start != null && end != null && Duration.between(start, end).compareTo(LONGEST_VISIT) > 0) {
            v.add(new Violation("endsAt", "One visit lasts at most 24 hours; plan an operation for longer work."));
        }
        if (throwNow && !v.isEmpty()) {
            throw new InvalidInputException(v);
        }
    }

    private List<Clash> clashes(Long visitId, Business business, Instant start, Instant end, Set<String> officers,
                                int officerCount) {
        Instant lo = start.minus(Duration.ofDays(clashPolicy.windowDays() + 1L));
        Instant hi = start.plus(Duration.ofDays(clashPolicy.windowDays() + 1L));
        Postcode postcode = Postcode.parse(business.getPostcode());
        List<String> who = officers.isEmpty() ? List.of("") : List.copyOf(officers);
        List<Visit> near = em.createQuery("select v from Visit v join v.business b left join b.mergedInto m"
                        + " where v.status <> :cancelled"
                        + " and ((v.startsAt > :lo and v.startsAt < :hi and (b.id = :business or m.id = :business"
                        + " or b.uprn = :uprn or function('replace', upper(b.postcode), ' ', '') = :postcode))"
                        + " or (v.startsAt < :end and v.endsAt > :start and exists (select o from Visit w join w.officers o"
                        + " where w = v and o.username in :officers)))", Visit.class)
                .setParameter("cancelled", VisitStatus.CANCELLED)
                .setParameter("lo", lo).setParameter("hi", hi)
                .setParameter("start", start).setParameter("end", end)
                .setParameter("business", business.getId())
                .setParameter("uprn", business.getUprn() == null ? "-" : business.getUprn())
                .setParameter("postcode", postcode == null ? "-" : postcode.value().replace(" ", ""))
                .setParameter("officers", who)
                .getResultList();
        List<Slot> others = near.stream().map(VisitService::slot).toList();
        Slot planned = new Slot(visitId, business.getId(), business.getTradingName(), premises(business), start, end,
                officers, officerCount);
        return clashPolicy.clashes(planned, others);
    }

    static Slot slot(Visit v) {
        Set<String> officers = new HashSet<>();
        v.getOfficers().forEach(o -> officers.add(o.getUsername()));
        Business b = v.getBusiness();
        // A visit planned before its business was merged counts as a visit to the merged business.
        long root = b.getMergedInto() != null ? b.getMergedInto().getId() : b.getId();
        return new Slot(v.getId(), root, b.getTradingName(), premises(b), v.getStartsAt(), v.getEndsAt(), officers,
                officerCount(v));
    }

    static Premises premises(Business b) {
        return Premises.of(b.getUprn(), b.getAddressLine1(), b.getPostcode());
    }

    private static int officerCount(Visit v) {
        return v.getAgencies().stream().filter(a -> a.getResponse() != InvitationResponse.DECLINED)
                .mapToInt(VisitAgency::getHeadCount).sum();
    }

    private static int officerCount(VisitPlan plan) {
        int total = plan.participants().stream().mapToInt(p -> p == null || p.headCount() == null ? 1 : p.headCount())
                .sum();
        boolean leadListed = plan.participants().stream()
                .anyMatch(p -> p != null && plan.leadAgency() != null && plan.leadAgency().equals(p.agencyCode()));
        return Math.max(total + (leadListed ? 0 : 1), plan.officers().size());
    }

    private static Set<String> requestedOfficers(VisitPlan plan) {
        Set<String> names = new HashSet<>();
        plan.officers().forEach(o -> {
            if (o != null && !o.isBlank()) {
                names.add(o.trim());
            }
        });
        return names;
    }

    private Visit editable(long visitId, Long expectedVersion, Caller caller) {
        Visit visit = em.find(Visit.class, visitId);
        if (visit == null || !canEdit(visit, caller)) {
            throw new NotFoundException("visit");
        }
        if (expectedVersion == null) {
            throw invalid("expectedVersion", "Send the version of the visit you saw (expectedVersion).");
        }
        if (visit.getLockVersion() != expectedVersion) {
            throw new ConcurrentChangeException(visit.getChangedBy() == null ? visit.getCreatedBy()
                    : visit.getChangedBy(), visit.getChangedAt() == null ? visit.getCreatedAt() : visit.getChangedAt(),
                    visit.getStatus().name(), visit.getLockVersion());
        }
        if (visit.getStatus() == VisitStatus.CANCELLED || visit.getStatus() == VisitStatus.DONE) {
            throw invalid("status", "The visit is " + visit.getStatus().name().toLowerCase() + "; it cannot change.");
        }
        em.lock(visit, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return visit;
    }

    /**
     * Who may change, move, confirm or cancel a visit, and so choose whom it invites: its planner
     * (an officer only for a visit led by their own agency) and the coordinators of its lead agency.
     * Another agency's coordinator cannot add their agency to read its details; they ask the lead.
     */
    static boolean canEdit(Visit visit, Caller caller) {
        boolean planner = caller.username().equals(visit.getCreatedBy());
        if (caller.hasRole(Roles.COORDINATOR)) {
            return planner || caller.hasAgency() && visit.getLeadAgency().equals(caller.agencyCode());
        }
        return caller.hasRole(Roles.OFFICER) && planner && visit.getLeadAgency().equals(caller.agencyCode());
    }

    private static boolean outside(Operation operation, Instant start) {
        LocalDate day = LocalDate.ofInstant(start, London.ZONE);
        return day.isBefore(operation.getStartsOn()) || day.isAfter(operation.getEndsOn());
    }

    /** The agencies invited to or taking part in the visit (not those that declined). */
    private static Set<String> taking(Visit visit) {
        return visit.getAgencies().stream().filter(a -> a.getResponse() != InvitationResponse.DECLINED)
                .map(VisitAgency::getAgencyCode).collect(java.util.stream.Collectors.toSet());
    }

    /** The register entry to visit: a business merged into another is visited as that one. */
    private Business business(Long id) {
        Business b = id == null ? null : em.find(Business.class, id);
        return b != null && b.getMergedInto() != null ? b.getMergedInto() : b;
    }

    private UserProfile profile(String username) {
        return em.createQuery("select u from UserProfile u where u.username = :u", UserProfile.class)
                .setParameter("u", username).getResultStream().findFirst().orElse(null);
    }

    private Map<String, String> agencyCodes() {
        Map<String, String> codes = new HashMap<>();
        em.createQuery("select a.code, a.name from Agency a", Object[].class).getResultList()
                .forEach(row -> codes.put((String) row[0], (String) row[1]));
        return codes;
    }

    private static int count(Integer value, String field, List<Violation> v) {
        if (value == null) {
            return 0;
        }
        if (value < 0 || value > 1000) {
            v.add(new Violation(field, "A number from 0 to 1000."));
            return 0;
        }
        return value;
    }

    private static String reason(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static InvalidInputException invalid(String field, String message) {
        return new InvalidInputException(List.of(new Violation(field, message)));
    }
}
