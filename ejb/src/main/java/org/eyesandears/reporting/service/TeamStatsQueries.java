package org.eyesandears.reporting.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;

import org.eyesandears.audit.model.AuditObject;
import org.eyesandears.audit.model.AuditOperation;
import org.eyesandears.audit.service.AuditService;
import org.eyesandears.shared.error.AccessDeniedException;
import org.eyesandears.shared.security.Caller;
import org.eyesandears.shared.security.CurrentCaller;
import org.eyesandears.shared.security.Roles;
import org.eyesandears.shared.time.London;
import org.eyesandears.shared.validation.InvalidInputException;

/**
 * Referrals per team of an agency manager's own agency (the team is the one recorded on the
 * referral at submission, ADR 0013), and the referrals behind an officer's or a team's figure.
 * Teams and officers are shown to their own agency's managers only; a partnership manager gets none.
 */
@Stateless
@RolesAllowed(Roles.MANAGER)
public class TeamStatsQueries {

    /** The most referrals one drill-down lists. */
    public static final int MAX_ROWS = 500;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    AuditService audit;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    /** Referrals submitted in the period per team of the caller's agency, most first; empty for others. */
    public List<TeamCount> teams(Period period, String scope) {
        Caller caller = currentCaller.get().withScope();
        if (!caller.hasAgency() || !caller.agencyCode().equals(scope)) {
            return List.of();
        }
        Query query = em.createNativeQuery("select r.author_team, count(*) from referral r"
                + " where r.author_agency_code = :agency and r.submitted_at >= :start and r.submitted_at < :end"
                + " group by r.author_team order by count(*) desc, r.author_team is null, r.author_team");
        query.setParameter("agency", scope);
        query.setParameter("start", period.start());
        query.setParameter("end", period.end());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new TeamCount((String) r[0], r[0] == null ? TeamCount.NO_TEAM : (String) r[0],
                ((Number) r[1]).longValue())).toList();
    }

    /**
     * The referrals of the caller's agency submitted in the period by one officer ({@code officer})
     * or one team ({@code team}; {@code noTeam} for those without one), newest first. Only an agency
     * manager may ask, and only about their own agency's referrals: the query is narrowed to it.
     */
    public List<ReferralRow> referrals(LocalDate from, LocalDate to, String officer, String team, boolean noTeam) {
        Caller caller = currentCaller.get().withScope();
        if (!caller.hasAgency()) {
            throw new AccessDeniedException("Officers and teams are shown to their own agency's managers only.");
        }
        boolean byOfficer = officer != null && !officer.isBlank();
        boolean byTeam = team != null && !team.isBlank();
        if (byOfficer == (byTeam || noTeam) || (byTeam && noTeam)) {
            throw invalid("officer", "Give either an officer or a team.");
        }
        Period period = period(from, to);
        String where = byOfficer ? " and r.authorUsername = :who" : byTeam ? " and r.authorTeam = :who"
                : " and r.authorTeam is null";
        TypedQuery<ReferralRow> query = em.createQuery("select new org.eyesandears.reporting.service.ReferralRow(r.id,"
                + " r.reference, b.tradingName, r.authorUsername, r.authorTeam, r.submittedAt,"
                + " r.grading.handling, r.grading.conditions, r.erasedAt) from Referral r"
                + " join r.business b where r.authorAgencyCode = :agency and r.submittedAt >= :start"
                + " and r.submittedAt < :end" + where + " order by r.submittedAt desc, r.id desc", ReferralRow.class);
        query.setParameter("agency", caller.agencyCode());
        query.setParameter("start", period.start());
        query.setParameter("end", period.end());
        if (byOfficer || byTeam) {
            query.setParameter("who", byOfficer ? officer.trim() : team.trim());
        }
        List<ReferralRow> rows = query.setMaxResults(MAX_ROWS).getResultList();
        audit.record(AuditOperation.CONSULTATION, AuditObject.REFERRAL_LIST, caller.agencyCode(), "Dashboard drill-down "
                + (byOfficer ? "officer " + officer.trim() : "team " + (noTeam ? TeamCount.NO_TEAM : team.trim())) + " "
                + period.from() + " to " + period.to() + ": " + rows.size() + " referrals", null);
        return rows;
    }

    private Period period(LocalDate from, LocalDate to) {
        return Period.of(from, to, London.today(clock));
    }

    private static InvalidInputException invalid(String field, String message) {
        return new InvalidInputException(List.of(new InvalidInputException.Violation(field, message)));
    }
}
