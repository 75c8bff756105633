package org.eyesandears.business.register.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.eyesandears.agency.service.AgencyService;
import org.eyesandears.agency.service.AgreementService;
import org.eyesandears.agency.service.InterestScope;
import org.eyesandears.audit.model.AuditObject;
import org.eyesandears.audit.model.AuditOperation;
import org.eyesandears.audit.service.AuditService;
import org.eyesandears.business.linking.service.ReviewService;
import org.eyesandears.business.model.Business;
import org.eyesandears.business.model.BusinessType;
import org.eyesandears.business.model.LinkDecision;
import org.eyesandears.business.model.SourceRecord;
import org.eyesandears.shared.query.Like;
import org.eyesandears.shared.security.Roles;
import org.eyesandears.shared.time.London;

/**
 * The business radar: finding businesses in the register, the businesses of interest to several
 * agencies, and a business's page with its history across agencies. The register itself (names,
 * addresses) is shared with every officer. An agency's dataset rows appear only to readers the
 * sharing agreements let see them ({@link AgreementService#datasetAgenciesVisible()}); referrals
 * only to readers who may see them (the referral context decides, as a {@link BusinessHistorySource});
 * which agencies have an interest only as the agreements allow ({@link InterestScope}). Every page
 * view is audited as a consultation. Whether an agency "has an interest" in a business is
 * {@link InterestQueries}' one definition: an open routing or referral, or an adverse record within
 * its period (ADR 0032); being listed in a dataset is not enough.
 */
@Stateless
@RolesAllowed({Roles.OFFICER, Roles.DESK, Roles.COORDINATOR, Roles.MANAGER, Roles.ANALYST})
public class RegisterQueries {

    static final int MAX_RESULTS = 200;

    @Inject
    AgencyService agencies;

    @Inject
    AgreementService agreements;

    @Inject
    InterestQueries interest;

    /** The referral and visit contexts' entries for a business's history. */
    @Inject
    @Any
    Instance<BusinessHistorySource> historySources;

    @Inject
    AuditService audit;

    @PersistenceContext
    EntityManager em;

    public List<BusinessHit> search(RadarCriteria c, int max) {
        StringBuilder jpql = new StringBuilder("select b from Business b where b.mergedInto is null");
        Map<String, Object> params = new HashMap<>();
        if (c.name() != null && !c.name().isBlank()) {
            List<String> words = BusinessQueries.words(c.name());
            for (int i = 0; i < words.size(); i++) {
                jpql.append(" and (lower(b.tradingName) like :n").append(i).append(" escape '!'")
                        .append(" or exists (select s from SourceRecord s where s.business = b and lower(s.name) like :n")
                        .append(i).append(" escape '!'))");
                params.put("n" + i, Like.containing(words.get(i)));
            }
        }
        if (c.postcode() != null && !c.postcode().isBlank()) {
            jpql.append(" and function('replace', b.postcode, ' ', '') = :pc");
            params.put("pc", c.postcode().toUpperCase(Locale.UK).replaceAll("[^A-Z0-9]", ""));
        }
        if (c.district() != null && !c.district().isBlank()) {
            jpql.append(" and b.postcode like :district escape '!'");
            params.put("district", Like.startingWith(c.district().toUpperCase(Locale.UK).replaceAll("[^A-Z0-9]", "") + " "));
        }
        if (c.businessType() != null && !c.businessType().isBlank()) {
            jpql.append(" and b.businessType = :type");
            params.put("type", type(c.businessType()));
        }
        if (c.datasetId() != null) {
            jpql.append(" and exists (select s from SourceRecord s where s.business = b and s.dataset.id = :ds)");
            params.put("ds", c.datasetId());
        }
        if (c.from() != null || c.to() != null) {
            jpql.append(" and (exists (select s from SourceRecord s where s.business = b and s.firstSeenAt >= :from"
                    + " and s.firstSeenAt < :to) or (b.createdAt >= :from and b.createdAt < :to))");
            params.put("from", c.from() == null ? Instant.EPOCH : startOf(c.from()));
            params.put("to", c.to() == null ? Instant.parse("9999-01-01T00:00:00Z") : startOf(c.to().plusDays(1)));
        }
        jpql.append(" order by b.tradingName, b.id");
        TypedQuery<Business> query = em.createQuery(jpql.toString(), Business.class);
        params.forEach(query::setParameter);
        List<Business> found = query.setMaxResults(Math.min(Math.max(max, 1), MAX_RESULTS)).getResultList();
        audit.recordList(AuditObject.BUSINESS, "radar search", found.stream().map(Business::getId).toList(), "business radar search");
        return hits(found);
    }

    /**
     * Businesses of interest to at least {@code minAgencies} agencies, most agencies first; only the
     * agencies whose interest the caller may know count ({@link InterestScope}).
     */
    public List<BusinessHit> sharedBy(int minAgencies, int max) {
        return sharedBy(minAgencies, null, max);
    }

    /** As {@link #sharedBy(int, int)}, of one kind of business only (a {@link BusinessTypes} code; null for all). */
    public List<BusinessHit> sharedBy(int minAgencies, String businessType, int max) {
        return shared(minAgencies, Instant.EPOCH, businessType == null || businessType.isBlank() ? null
                : type(businessType), max, "radar shared");
    }

    /**
     * Businesses that became of interest to at least {@code minAgencies} agencies at or after
     * {@code since} (fewer agencies before it), most agencies first, counting as {@link #sharedBy}.
     */
    public List<BusinessHit> newlySharedBy(int minAgencies, Instant since, int max) {
        return shared(minAgencies, since, null, max, "newly shared");
    }

    private List<BusinessHit> shared(int minAgencies, Instant since, BusinessType type, int max, String listName) {
        int min = Math.max(minAgencies, 1);
        List<Long> ids = interest.sharedNow(min, since, null, type == null ? null : type.name(),
                        Math.min(Math.max(max, 1), MAX_RESULTS)).stream()
                .map(InterestQueries.SharedInterest::businessId).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Business> found = em.createQuery("select b from Business b where b.id in :ids and b.mergedInto is null",
                Business.class).setParameter("ids", ids).getResultList();
        List<BusinessHit> hits = new ArrayList<>(hits(found));
        hits.sort(Comparator.comparingLong(BusinessHit::agencies).reversed().thenComparing(BusinessHit::name));
        audit.recordList(AuditObject.BUSINESS, listName, hits.stream().map(BusinessHit::id).toList(),
                "businesses of interest to " + min + "+ agencies" + (type == null ? "" : ", " + type.name()));
        return hits;
    }

    /**
     * A business page; a merged business shows the business it was merged into. Audited as a
     * consultation naming the referrals shown.
     */
    public Optional<BusinessPage> page(long id) {
        Business b = em.find(Business.class, id);
        if (b == null) {
            return Optional.empty();
        }
        if (b.getMergedInto() != null) {
            b = b.getMergedInto();
        }
        Map<String, String> names = agencies.agencyNames();
        List<SourceRecord> records = em.createQuery("select s from SourceRecord s join fetch s.dataset"
                + " where s.business = :b and s.dataset.agencyCode in :readable order by s.firstSeenAt, s.id",
                        SourceRecord.class)
                .setParameter("b", b).setParameter("readable", ReviewService.readable(agreements)).getResultList();
        List<Long> group = new ArrayList<>(em.createQuery("select m.id from Business m where m.mergedInto = :b", Long.class)
                .setParameter("b", b).getResultList());
        group.add(b.getId());
        List<HistoryEntry> history = new ArrayList<>();
        for (SourceRecord s : records) {
            history.add(new HistoryEntry(s.getFirstSeenAt(), "record", name(names, s.getDataset().getAgencyCode()),
                    "Listed in " + s.getDataset().getName() + " as \"" + s.getName() + "\" (their reference "
                            + s.getExternalId() + ")", null));
        }
        List<Long> recordIds = records.stream().map(SourceRecord::getId).toList();
        if (!recordIds.isEmpty()) {
            em.createQuery("select d from LinkDecision d where d.recordId in :ids and d.decision in :shown", LinkDecision.class)
                    .setParameter("ids", recordIds)
                    .setParameter("shown", List.of(org.eyesandears.business.model.Decision.ACCEPTED,
                            org.eyesandears.business.model.Decision.AUTO_LINKED))
                    .getResultStream()
                    .forEach(d -> history.add(new HistoryEntry(d.getDecidedAt(), "link", null,
                            (d.getDecision() == org.eyesandears.business.model.Decision.ACCEPTED
                                    ? "Records confirmed as this business by " + d.getDecidedBy()
                                    : "Record linked automatically") + " (match probability "
                                    + String.format(Locale.UK, "%.1f%%", 100 * (d.getProbability() == null ? 0 : d.getProbability()))
                                    + ")", null)));
        }
        List<String> referralsShown = new ArrayList<>();
        historySources.stream().sorted(Comparator.comparing(BusinessHistorySource::kind)).forEach(source -> {
            List<HistoryEntry> entries = source.history(group, names);
            history.addAll(entries);
            entries.stream().filter(e -> e.kind().equals("referral")).map(HistoryEntry::reference).forEach(referralsShown::add);
        });
        history.sort(Comparator.comparing(HistoryEntry::at));
        InterestScope scope = agreements.interestScope();
        Set<String> interested = new LinkedHashSet<>();
        Set<String> countable = interest.agenciesNow(List.of(b.getId())).getOrDefault(b.getId(), Set.of());
        countable.stream().filter(scope::names).forEach(code -> interested.add(name(names, code)));
        int unnamed = (int) countable.stream().filter(code -> !scope.names(code)).count();
        audit.record(AuditOperation.CONSULTATION, AuditObject.BUSINESS, String.valueOf(b.getId()), "business page"
                + (referralsShown.isEmpty() ? "" : "; referrals shown: " + String.join(", ", referralsShown)), null);
        return Optional.of(new BusinessPage(b.getId(), b.getTradingName(), b.getAddressLine1(), b.getTown(),
                b.getPostcode(), b.getPhone(), b.getCompanyNumber(), b.getUprn(), label(b), b.isConfirmed(), b.getCreatedAt(),
                List.copyOf(interested), unnamed, ratings(records, names), records.stream().map(s -> ReviewService.record(s, names)).toList(),
                List.copyOf(history)));
    }

    private List<BusinessHit> hits(List<Business> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        List<Long> ids = found.stream().map(Business::getId).toList();
        Map<Long, Set<String>> interested = interest.agenciesNow(ids);
        Map<Long, long[]> records = new HashMap<>();
        em.createQuery("select s.business.id, count(s), min(s.firstSeenAt) from SourceRecord s where s.business.id in :ids"
                        + " group by s.business.id", Object[].class)
                .setParameter("ids", ids).getResultStream()
                .forEach(r -> records.put((Long) r[0], new long[] {(Long) r[1], ((Instant) r[2]).toEpochMilli()}));
        return found.stream().map(b -> {
            long[] rc = records.get(b.getId());
            return new BusinessHit(b.getId(), b.getTradingName(), b.getAddressLine1(), b.getTown(), b.getPostcode(),
                    b.isConfirmed(), rc == null ? 0 : rc[0], interested.getOrDefault(b.getId(), Set.of()).size(),
                    rc == null ? b.getCreatedAt() : Instant.ofEpochMilli(Math.min(rc[1], b.getCreatedAt().toEpochMilli())),
                    label(b));
        }).toList();
    }

    /**
     * Per dataset, its latest record of this business that says something (type, status, rating or
     * date): latest event first, then latest changed. Only datasets the reader may see are given.
     */
    static List<AgencyRating> ratings(List<SourceRecord> records, Map<String, String> names) {
        Map<Long, SourceRecord> latest = new java.util.LinkedHashMap<>();
        Comparator<SourceRecord> order = Comparator.comparing(SourceRecord::getEventDate,
                Comparator.nullsFirst(Comparator.naturalOrder())).thenComparing(SourceRecord::getUpdatedAt);
        records.stream().filter(s -> s.getRecordType() != null || s.getStatus() != null || s.getRating() != null
                        || s.getEventDate() != null)
                .forEach(s -> latest.merge(s.getDataset().getId(), s, (a, c) -> order.compare(a, c) >= 0 ? a : c));
        return latest.values().stream()
                .sorted(Comparator.comparing((SourceRecord s) -> name(names, s.getDataset().getAgencyCode()))
                        .thenComparing(s -> s.getDataset().getName()))
                .map(s -> new AgencyRating(name(names, s.getDataset().getAgencyCode()), s.getDataset().getName(),
                        s.getRecordType(), s.getStatus(), s.getRating(), s.getEventDate(), s.isAdverse()))
                .toList();
    }

    private static String label(Business b) {
        return b.getBusinessType() == null ? null : b.getBusinessType().label();
    }

    /** A kind of business by its code; an unknown code is invalid input. */
    static BusinessType type(String code) {
        return BusinessType.ofCode(code).orElseThrow(() -> new org.eyesandears.shared.validation.InvalidInputException(
                List.of(new org.eyesandears.shared.validation.InvalidInputException.Violation("businessType",
                        "Choose a kind of business from the list."))));
    }

    private static String name(Map<String, String> names, String code) {
        return code == null ? null : names.getOrDefault(code, code);
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(London.ZONE).toInstant();
    }
}
