package org.eyesandears.business.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eyesandears.audit.model.AuditObject;
import org.eyesandears.audit.model.AuditOperation;
import org.eyesandears.audit.service.AuditService;
import org.eyesandears.business.model.Business;
import org.eyesandears.business.model.CandidateStatus;
import org.eyesandears.business.model.Decision;
import org.eyesandears.business.model.LinkDecision;
import org.eyesandears.business.model.LinkMethod;
import org.eyesandears.business.model.MatchCandidate;
import org.eyesandears.business.model.SourceRecord;
import org.eyesandears.linkage.LinkRecord;
import org.eyesandears.linkage.RegisterMatcher;
import org.eyesandears.linkage.explain.Explanation;
import org.eyesandears.linkage.model.ScoredPair;
import org.eyesandears.linkage.normalise.CompanyNumberNormaliser;
import org.eyesandears.linkage.normalise.Postcode;
import org.eyesandears.linkage.normalise.UprnNormaliser;

/**
 * Decides where a new or changed source record belongs: scores it against the register and, by
 * the {@link LinkThresholds}, links it to the best business, sends the pair to the review queue
 * (the record starts its own business meanwhile, so it is on the radar at once), or starts a new
 * business. A pair an analyst rejected, or a business a record was separated from, is never
 * chosen again. Records of the same imported dataset are not linked to each other: a dataset
 * lists each of its agency's premises once (concern cards, which may not, are). Called by the import and the concern card, never by the web
 * layer; every decision is written to {@code link_decision}, and every automatic link is audited as a
 * COMBINATION of the business, naming the records by id.
 */
@Stateless
@PermitAll
public class Linker {

    /** What happened to a record. */
    public enum Outcome {
        LINKED, REVIEW, NEW_BUSINESS, UNCHANGED
    }

    @Inject
    RegisterIndex index;

    @Inject
    Clock clock;

    @Inject
    AuditService audit;

    @PersistenceContext
    EntityManager em;

    /**
     * Links a record (persisted, or new and not yet persisted: it is persisted here).
     *
     * @param by the user on whose behalf the engine acts (the importing analyst, the officer)
     */
    public Outcome link(SourceRecord record, RegisterMatcher matcher, String by) {
        LinkThresholds thresholds = index.thresholds();
        Instant now = clock.instant();
        // An imported dataset lists each premises once; concern cards may describe one twice.
        String ownDataset = record.getDataset().getColumnMap() == null ? null : String.valueOf(record.getDataset().getId());
        String ownId = record.getId() == null ? "" : String.valueOf(record.getId());
        List<ScoredPair> pairs = matcher.match(linkRecord(record), thresholds.lower());
        for (ScoredPair pair : pairs) {
            if (pair.sourceB().equals(ownDataset) || pair.idB().equals(ownId)) {
                continue;
            }
            SourceRecord other = em.find(SourceRecord.class, Long.valueOf(pair.idB()));
            if (other == null) {
                continue;
            }
            if (record.getBusiness() != null && record.getBusiness().getId().equals(other.getBusiness().getId())) {
                return Outcome.UNCHANGED;
            }
            if (record.getId() != null && (rejected(record, other) || separatedFrom(record, other.getBusiness()))) {
                continue;
            }
            if (thresholds.verdict(pair.probability()) == LinkThresholds.Verdict.LINK) {
                Business target = other.getBusiness();
                Long from = record.getBusiness() == null ? null : record.getBusiness().getId();
                if (record.getBusiness() != null) {
                    merge(record.getBusiness(), target);
                }
                record.linkTo(target, LinkMethod.AUTOMATIC, pair.probability(), null, now);
                persistIfNew(record);
                em.persist(new LinkDecision(record.getId(), null, target.getId(), Decision.AUTO_LINKED,
                        pair.probability(), by, now));
                // DPA 2018 s62: a link combines two agencies' records, whether a person or the engine made it.
                audit.record(AuditOperation.COMBINATION, AuditObject.BUSINESS, String.valueOf(target.getId()),
                        "linked record " + record.getId() + (from == null ? "" : " (business " + from + ")")
                                + " automatically to record " + other.getId() + ", probability "
                                + String.format(Locale.ROOT, "%.4f", pair.probability()), null);
                return Outcome.LINKED;
            }
            boolean fresh = ensureBusiness(record, by, now);
            queue(record, other, pair, now);
            em.persist(new LinkDecision(record.getId(), null, other.getBusiness().getId(), Decision.QUEUED,
                    pair.probability(), by, now));
            return fresh ? Outcome.REVIEW : Outcome.UNCHANGED;
        }
        if (ensureBusiness(record, by, now)) {
            em.persist(new LinkDecision(record.getId(), null, record.getBusiness().getId(), Decision.NEW_BUSINESS,
                    pairs.isEmpty() ? null : pairs.get(0).probability(), by, now));
            return Outcome.NEW_BUSINESS;
        }
        return Outcome.UNCHANGED;
    }

    /**
     * Joins business {@code from} (and everything already merged into it) to {@code into}: its
     * records move, it is kept as merged so its referrals follow.
     */
    public void merge(Business from, Business into) {
        if (from.getId().equals(into.getId())) {
            return;
        }
        em.flush();
        em.createQuery("update SourceRecord s set s.business = :into where s.business = :from")
                .setParameter("into", into).setParameter("from", from).executeUpdate();
        em.createQuery("update Business b set b.mergedInto = :into where b.mergedInto = :from")
                .setParameter("into", into).setParameter("from", from).executeUpdate();
        from.mergeInto(into);
    }

    /** The engine's view of a record: source is the dataset id, id the record id. */
    static LinkRecord linkRecord(SourceRecord r) {
        return new LinkRecord(String.valueOf(r.getDataset().getId()),
                r.getId() == null ? "new" : String.valueOf(r.getId()), r.getName(), r.getAddress(), r.getTown(),
                r.getPostcode(), r.getPhone(), r.getCompanyNumber(), r.getUprn(), r.getContact());
    }

    /** Starts a business for a record that has none. */
    public boolean ensureBusiness(SourceRecord r, String by, Instant now) {
        if (r.getBusiness() != null) {
            persistIfNew(r);
            return false;
        }
        r.linkTo(startBusiness(r, by, now), LinkMethod.NEW_BUSINESS, null, null, now);
        persistIfNew(r);
        return true;
    }

    /** A new business described by a record (the record is not moved). */
    public Business startBusiness(SourceRecord r, String by, Instant now) {
        Business b = Business.fromDataset(cut(r.getName(), 200), cut(r.getAddress(), 200), cut(r.getTown(), 100),
                canonicalPostcode(r.getPostcode()), cut(r.getPhone(), 30),
                fits(CompanyNumberNormaliser.normalise(r.getCompanyNumber()), 8),
                fits(UprnNormaliser.normalise(r.getUprn()), 12), by, now);
        em.persist(b);
        return b;
    }

    private void persistIfNew(SourceRecord r) {
        if (r.getId() == null) {
            em.persist(r);
            em.flush();
        }
    }

    private void queue(SourceRecord record, SourceRecord other, ScoredPair pair, Instant now) {
        String explanation = Explanation.of(pair).toJsonLine();
        MatchCandidate existing = em.createQuery("select c from MatchCandidate c where c.record = :r and c.candidate = :o",
                        MatchCandidate.class)
                .setParameter("r", record).setParameter("o", other).getResultStream().findFirst().orElse(null);
        if (existing == null) {
            em.persist(new MatchCandidate(record, other, pair.probability(), pair.matchWeight(), explanation, now));
        } else if (existing.getStatus() == CandidateStatus.PENDING || existing.getStatus() == CandidateStatus.NOT_SURE) {
            existing.rescore(pair.probability(), pair.matchWeight(), explanation);
        }
    }

    private boolean rejected(SourceRecord a, SourceRecord b) {
        return em.createQuery("select count(c) from MatchCandidate c where c.status = :rejected and"
                        + " ((c.record = :a and c.candidate = :b) or (c.record = :b and c.candidate = :a))", Long.class)
                .setParameter("rejected", CandidateStatus.REJECTED).setParameter("a", a).setParameter("b", b)
                .getSingleResult() > 0;
    }

    private boolean separatedFrom(SourceRecord r, Business b) {
        return em.createQuery("select count(d) from LinkDecision d where d.recordId = :r and d.businessId = :b"
                        + " and d.decision = :undone", Long.class)
                .setParameter("r", r.getId()).setParameter("b", b.getId()).setParameter("undone", Decision.UNDONE)
                .getSingleResult() > 0;
    }

    static String canonicalPostcode(String raw) {
        Postcode p = Postcode.parse(raw);
        if (p == null || p.inward() == null) {
            return null;
        }
        return fits(p.toString(), 8);
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    private static String fits(String s, int max) {
        return s == null || s.isEmpty() || s.length() > max ? null : s;
    }
}
