package org.eyesandears.business.register.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import org.eyesandears.agency.service.AgreementService;
import org.eyesandears.agency.service.InterestScope;
import org.eyesandears.shared.query.Like;
import org.eyesandears.shared.security.Roles;

/**
 * The one definition of "an agency has an interest in a business" (ADR 0032), used by the radar and
 * business pages, the visit suggestions, the tasking pack and the dashboard. An agency is interested
 * while it has
 * <ul>
 * <li>an open routing about the business (from the routing's creation until it is closed),</li>
 * <li>an open referral about it by one of its officers (from submission until every routing of it
 * is closed), or</li>
 * <li>an adverse record about it in one of its datasets: a record its agency's rule finds adverse
 * (a hygiene rating of 0-2, an enforcement notice, a failed inspection; {@code source_record.adverse},
 * set at import), from the record's date (the day it was last changed, when the dataset has no
 * date column) for the dataset's {@code adverse_months}.</li>
 * </ul>
 * Being listed in a dataset is not interest: a register of every food business says nothing about
 * any of them. Records merged into a business count as that business.
 * <p>
 * Each source of interest is an interval (from, until; open-ended while open), so the same relation
 * answers "now" (the radar, the visit suggestions, the business page) and "at any time in a period"
 * (the dashboard). Readers learn only the interest of agencies their {@link InterestScope} counts;
 * the dashboard's partnership figures are counts of businesses, never naming an agency.
 */
@Stateless
@RolesAllowed({Roles.OFFICER, Roles.DESK, Roles.COORDINATOR, Roles.MANAGER, Roles.ANALYST})
public class InterestQueries {

    /** The kinds of interest, as {@link InterestSource#kind()} names them. */
    public static final String ROUTING = "routing";
    public static final String REFERRAL = "referral";
    public static final String ADVERSE_RECORD = "adverse record";

    /**
     * Every source of interest overlapping the window [:ifrom, :ito) (a microsecond wide for "now"): register business id (merges resolved), agency, from, until (null while open), kind.
     * Joins the referral context's tables read-only, to make one list or figure (ADR 0023).
     */
    static final String RELATION = "SELECT COALESCE(b.merged_into_id, b.id) AS bid, g.agency_code AS agency,"
            + " g.created_at AS starts, CASE WHEN g.status = 'CLOSED' THEN COALESCE(g.changed_at, g.created_at) END AS ends,"
            + " '" + ROUTING + "' AS kind"
            + " FROM routing g JOIN referral r ON r.id = g.referral_id JOIN business b ON b.id = r.business_id"
            + " WHERE g.created_at < :ito AND (g.status <> 'CLOSED' OR COALESCE(g.changed_at, g.created_at) > :ifrom)"
            + " UNION ALL SELECT COALESCE(b.merged_into_id, b.id), r.author_agency_code, r.submitted_at,"
            + " CASE WHEN SUM(g.status <> 'CLOSED') > 0 THEN NULL ELSE MAX(COALESCE(g.changed_at, g.created_at)) END,"
            + " '" + REFERRAL + "'"
            + " FROM referral r JOIN business b ON b.id = r.business_id JOIN routing g ON g.referral_id = r.id"
            + " WHERE r.submitted_at < :ito"
            + " GROUP BY r.id, b.merged_into_id, b.id, r.author_agency_code, r.submitted_at"
            + " HAVING SUM(g.status <> 'CLOSED') > 0 OR MAX(COALESCE(g.changed_at, g.created_at)) > :ifrom"
            + " UNION ALL SELECT COALESCE(b.merged_into_id, b.id), d.agency_code,"
            + " CAST(COALESCE(sr.event_date, DATE(sr.updated_at)) AS DATETIME(6)),"
            + " CAST(DATE_ADD(COALESCE(sr.event_date, DATE(sr.updated_at)), INTERVAL d.adverse_months MONTH) AS DATETIME(6)),"
            + " '" + ADVERSE_RECORD + "'"
            + " FROM source_record sr JOIN source_dataset d ON d.id = sr.dataset_id JOIN business b ON b.id = sr.business_id"
            + " WHERE sr.adverse = TRUE AND COALESCE(sr.event_date, DATE(sr.updated_at)) < :ito"
            + " AND DATE_ADD(COALESCE(sr.event_date, DATE(sr.updated_at)), INTERVAL d.adverse_months MONTH) > :ifrom";

    /** How many sources of one kind make an agency interested in a business. */
    public record InterestSource(String agencyCode, String kind, long count) {
    }

    /** A business of interest to several agencies: how many, and which (codes, for the caller to name or not). */
    public record SharedInterest(long businessId, long agencies, List<String> agencyCodes) {
        public SharedInterest {
            agencyCodes = List.copyOf(agencyCodes);
        }
    }

    @Inject
    AgreementService agreements;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    /** The agencies interested now in each of the businesses, of those the caller's scope counts. */
    public Map<Long, Set<String>> agenciesNow(Collection<Long> businessIds) {
        if (businessIds.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = now(em.createNativeQuery("SELECT DISTINCT i.bid, i.agency FROM (" + RELATION
                        + ") i WHERE i.bid IN (:ids) AND i.agency IN (:countable)"))
                .setParameter("ids", businessIds)
                .setParameter("countable", agreements.interestScope().countable())
                .getResultList();
        Map<Long, Set<String>> out = new HashMap<>();
        for (Object[] r : rows) {
            out.computeIfAbsent(((Number) r[0]).longValue(), k -> new LinkedHashSet<>()).add((String) r[1]);
        }
        return out;
    }

    /**
     * What makes each agency interested in the business now, of those the caller's scope counts:
     * per agency and kind, how many open routings, open referrals and adverse records.
     */
    public List<InterestSource> sourcesNow(long businessId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = now(em.createNativeQuery("SELECT i.agency, i.kind, COUNT(*) FROM (" + RELATION
                        + ") i WHERE i.bid = :id AND i.agency IN (:countable) GROUP BY i.agency, i.kind ORDER BY i.agency, i.kind"))
                .setParameter("id", registerId(businessId))
                .setParameter("countable", agreements.interestScope().countable())
                .getResultList();
        return rows.stream().map(r -> new InterestSource((String) r[0], (String) r[1], ((Number) r[2]).longValue())).toList();
    }

    /**
     * Businesses of interest now to at least {@code min} agencies the caller's scope counts, fewer of
     * them interested since before {@code since} (so {@code Instant.EPOCH} for all), optionally in a
     * postcode district and of one kind ({@code businessType}, a {@link BusinessTypes} code), most
     * agencies first.
     */
    public List<SharedInterest> sharedNow(int min, Instant since, String district, String businessType, int max) {
        boolean area = district != null && !district.isBlank();
        boolean typed = businessType != null && !businessType.isBlank();
        Query query = now(em.createNativeQuery("SELECT i.bid, COUNT(DISTINCT i.agency) n,"
                + " GROUP_CONCAT(DISTINCT i.agency ORDER BY i.agency SEPARATOR ',') FROM (" + RELATION + ") i"
                + (area ? " JOIN business p ON p.id = i.bid AND p.postcode LIKE :district ESCAPE '!'" : "")
                + (typed ? " JOIN business t ON t.id = i.bid AND t.business_type = :type" : "")
                + " WHERE i.agency IN (:countable) GROUP BY i.bid HAVING COUNT(DISTINCT i.agency) >= :min"
                + " AND COUNT(DISTINCT CASE WHEN i.starts < :since THEN i.agency END) < :min"
                + " ORDER BY n DESC, i.bid LIMIT " + Math.min(Math.max(max, 1), 500)))
                .setParameter("countable", agreements.interestScope().countable())
                .setParameter("min", Math.max(min, 1))
                .setParameter("since", since);
        if (area) {
            query.setParameter("district", Like.startingWith(district.strip().toUpperCase(Locale.UK) + " "));
        }
        if (typed) {
            query.setParameter("type", RegisterQueries.type(businessType).name());
        }
        return shared(query);
    }

    /**
     * Businesses of interest to at least {@code min} agencies the caller's scope counts at any time in
     * [from, to), most agencies first; with {@code including}, only those that agency is one of; with
     * {@code businessType}, only of that kind.
     */
    @RolesAllowed(Roles.MANAGER)
    public List<SharedInterest> sharedDuring(Instant from, Instant to, int min, String including, String businessType,
                                             int max) {
        boolean typed = businessType != null && !businessType.isBlank();
        Query query = em.createNativeQuery("SELECT i.bid, COUNT(DISTINCT i.agency) n,"
                        + " GROUP_CONCAT(DISTINCT i.agency ORDER BY i.agency SEPARATOR ',') FROM (" + RELATION + ") i"
                        + (typed ? " JOIN business t ON t.id = i.bid AND t.business_type = :type" : "")
                        + " WHERE i.agency IN (:countable) GROUP BY i.bid HAVING COUNT(DISTINCT i.agency) >= :min"
                        + (including == null ? "" : " AND SUM(i.agency = :including) > 0")
                        + " ORDER BY n DESC, i.bid LIMIT " + Math.min(Math.max(max, 1), 1000))
                .setParameter("ifrom", from).setParameter("ito", to)
                .setParameter("countable", agreements.interestScope().countable())
                .setParameter("min", Math.max(min, 1));
        if (including != null) {
            query.setParameter("including", including);
        }
        if (typed) {
            query.setParameter("type", RegisterQueries.type(businessType).name());
        }
        return shared(query);
    }

    /**
     * The dashboard's figure for [from, to): businesses of interest to any agency at some time in
     * it, to 2 or more, and to 3 or more. Every agency counts: a count names no agency.
     */
    @RolesAllowed(Roles.MANAGER)
    public long[] countsDuring(Instant from, Instant to) {
        return countsDuring(from, to, null);
    }

    /** As {@link #countsDuring(Instant, Instant)}, of one kind of business only (null for all). */
    @RolesAllowed(Roles.MANAGER)
    public long[] countsDuring(Instant from, Instant to, String businessType) {
        boolean typed = businessType != null && !businessType.isBlank();
        Query query = em.createNativeQuery("SELECT COUNT(*), COALESCE(SUM(n >= 2), 0), COALESCE(SUM(n >= 3), 0)"
                        + " FROM (SELECT i.bid, COUNT(DISTINCT i.agency) n FROM (" + RELATION + ") i"
                        + (typed ? " JOIN business t ON t.id = i.bid AND t.business_type = :type" : "")
                        + " GROUP BY i.bid) c")
                .setParameter("ifrom", from).setParameter("ito", to);
        if (typed) {
            query.setParameter("type", RegisterQueries.type(businessType).name());
        }
        Object[] row = (Object[]) query.getSingleResult();
        return new long[] {num(row[0]), num(row[1]), num(row[2])};
    }

    private Query now(Query query) {
        Instant now = clock.instant();
        return query.setParameter("ifrom", now).setParameter("ito", now.plusNanos(1000));
    }

    private long registerId(long businessId) {
        List<?> merged = em.createNativeQuery("SELECT COALESCE(merged_into_id, id) FROM business WHERE id = :id")
                .setParameter("id", businessId).getResultList();
        return merged.isEmpty() ? businessId : ((Number) merged.get(0)).longValue();
    }

    @SuppressWarnings("unchecked")
    private static List<SharedInterest> shared(Query query) {
        List<SharedInterest> out = new ArrayList<>();
        for (Object[] r : (List<Object[]>) query.getResultList()) {
            out.add(new SharedInterest(((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                    List.of(((String) r[2]).split(","))));
        }
        return out;
    }

    private static long num(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
