package org.eyesandears.business.linking.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eyesandears.agency.service.AgencyService;
import org.eyesandears.agency.service.AgreementService;
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
import org.eyesandears.shared.security.CurrentCaller;
import org.eyesandears.shared.security.Roles;
import org.eyesandears.shared.validation.InvalidInputException;
import org.eyesandears.shared.validation.InvalidInputException.Violation;

/**
 * The linkage analysts' review queue and link corrections. Accepting a pair joins the two
 * records' businesses; rejecting it means the engine never links that pair automatically again;
 * "not sure" leaves it in the queue, after the pairs nobody has looked at. Undoing a link takes
 * a record out of its business again: back to the business it started, if it started one (with
 * the referrals made against that business), or into a new business. Every decision is written
 * to {@code link_decision} with who and when, and audited.
 */
@Stateless
@RolesAllowed(Roles.ANALYST)
public class ReviewService {

    /** An analyst's answer about a pair. */
    public enum Answer {
        ACCEPT, REJECT, NOT_SURE
    }

    @Inject
    CurrentCaller currentCaller;

    @Inject
    AgencyService agencies;

    @Inject
    AuditService audit;

    @Inject
    Linker linker;

    @Inject
    Clock clock;

    @Inject
    AgreementService agreements;

    @PersistenceContext
    EntityManager em;

    /**
     * Pairs waiting, strongest first within "pending", then the ones marked "not sure"; only pairs
     * whose two records the analyst may read (the sharing agreements decide, as on business pages).
     */
    public List<PairView> queue(int max) {
        Map<String, String> names = agencies.agencyNames();
        return em.createQuery("select c from MatchCandidate c where c.status in :open" + READABLE
                        + " order by case when c.status = :pending then 0 else 1 end, c.probability desc, c.id",
                        MatchCandidate.class)
                .setParameter("open", List.of(CandidateStatus.PENDING, CandidateStatus.NOT_SURE))
                .setParameter("pending", CandidateStatus.PENDING)
                .setParameter("readable", readable())
                .setMaxResults(Math.min(Math.max(max, 1), 200))
                .getResultStream().map(c -> view(c, names)).toList();
    }

    public long waiting() {
        return em.createQuery("select count(c) from MatchCandidate c where c.status in :open" + READABLE, Long.class)
                .setParameter("open", List.of(CandidateStatus.PENDING, CandidateStatus.NOT_SURE))
                .setParameter("readable", readable()).getSingleResult();
    }

    /** One pair; reading it is audited as a consultation of both records. */
    public Optional<PairView> pair(long id) {
        MatchCandidate c = readablePair(id);
        if (c == null) {
            return Optional.empty();
        }
        audit.record(AuditOperation.CONSULTATION, AuditObject.MATCH_CANDIDATE, String.valueOf(id),
                "records " + c.getRecord().getId() + " and " + c.getCandidate().getId(), null);
        return Optional.of(view(c, agencies.agencyNames()));
    }

    public PairView decide(long id, Answer answer) {
        MatchCandidate c = readablePair(id);
        if (c == null) {
            throw new InvalidInputException(List.of(new Violation("candidate", "No such pair.")));
        }
        if (answer == null) {
            throw new InvalidInputException(List.of(new Violation("decision", "Choose accept, reject or not sure.")));
        }
        if (c.getStatus() == CandidateStatus.ACCEPTED || c.getStatus() == CandidateStatus.REJECTED) {
            throw new InvalidInputException(List.of(new Violation("decision", "This pair was already "
                    + c.getStatus().name().toLowerCase(java.util.Locale.UK) + " by " + c.getDecidedBy() + ".")));
        }
        String user = currentCaller.get().username();
        Instant now = clock.instant();
        SourceRecord record = c.getRecord();
        SourceRecord other = c.getCandidate();
        Business target = other.getBusiness();
        switch (answer) {
            case ACCEPT -> {
                Business from = record.getBusiness();
                linker.merge(from, target);
                record.linkTo(target, LinkMethod.REVIEWED, c.getProbability(), user, now);
                c.decide(CandidateStatus.ACCEPTED, user, now);
                em.persist(new LinkDecision(record.getId(), c.getId(), target.getId(), Decision.ACCEPTED,
                        c.getProbability(), user, now));
                audit.record(AuditOperation.COMBINATION, AuditObject.BUSINESS, String.valueOf(target.getId()),
                        "linked record " + record.getId() + " (business " + from.getId() + ") to record "
                                + other.getId() + ", pair " + id, null);
            }
            case REJECT -> {
                c.decide(CandidateStatus.REJECTED, user, now);
                em.persist(new LinkDecision(record.getId(), c.getId(), target.getId(), Decision.REJECTED,
                        c.getProbability(), user, now));
                audit.record(AuditOperation.ALTERATION, AuditObject.MATCH_CANDIDATE, String.valueOf(id),
                        "rejected: records " + record.getId() + " and " + other.getId() + " are different businesses", null);
            }
            case NOT_SURE -> {
                c.decide(CandidateStatus.NOT_SURE, user, now);
                em.persist(new LinkDecision(record.getId(), c.getId(), target.getId(), Decision.NOT_SURE,
                        c.getProbability(), user, now));
                audit.record(AuditOperation.ALTERATION, AuditObject.MATCH_CANDIDATE, String.valueOf(id), "not sure", null);
            }
        }
        return view(c, agencies.agencyNames());
    }

    /**
     * Takes a record out of the business it is linked to. It goes back to the business it started,
     * if it started one that was merged into this one (with that business's referrals), or else
     * into a new business; the engine will not link it to this business again.
     *
     * @return the record, now in its own business
     */
    public RecordView undo(long recordId) {
        SourceRecord record = em.find(SourceRecord.class, recordId);
        if (record == null || !readable().contains(record.getDataset().getAgencyCode())) {
            throw new InvalidInputException(List.of(new Violation("record", "No such record.")));
        }
        Business business = record.getBusiness();
        long others = em.createQuery("select count(s) from SourceRecord s where s.business = :b and s <> :r", Long.class)
                .setParameter("b", business).setParameter("r", record).getSingleResult();
        if (others == 0) {
            throw new InvalidInputException(List.of(new Violation("record",
                    "This record is not linked to any other: there is nothing to undo.")));
        }
        String user = currentCaller.get().username();
        Instant now = clock.instant();
        Business home = record.getHomeBusiness();
        Business separate;
        if (home != null && !home.getId().equals(business.getId()) && home.getMergedInto() != null
                && home.getMergedInto().getId().equals(business.getId())) {
            home.mergeInto(null);
            separate = home;
        } else {
            separate = linker.startBusiness(record, user, now);
        }
        record.linkTo(separate, LinkMethod.SEPARATED, null, user, now);
        em.persist(new LinkDecision(record.getId(), null, business.getId(), Decision.UNDONE, null, user, now));
        audit.record(AuditOperation.ALTERATION, AuditObject.BUSINESS, String.valueOf(business.getId()),
                "separated record " + record.getId() + " into business " + separate.getId(), null);
        return record(record, agencies.agencyNames());
    }

    /** A pair of records the analyst may both read, or null. */
    private MatchCandidate readablePair(long id) {
        MatchCandidate c = em.find(MatchCandidate.class, id);
        Set<String> readable = readable();
        return c == null || !readable.contains(c.getRecord().getDataset().getAgencyCode())
                || !readable.contains(c.getCandidate().getDataset().getAgencyCode()) ? null : c;
    }

    private static final String READABLE = " and c.record.dataset.agencyCode in :readable"
            + " and c.candidate.dataset.agencyCode in :readable";

    private Set<String> readable() {
        return readable(agreements);
    }

    /** The agencies whose dataset rows the caller may read, never empty, for a query's {@code in} list. */
    public static Set<String> readable(AgreementService agreements) {
        Set<String> readable = agreements.datasetAgenciesVisible();
        return readable.isEmpty() ? Set.of("-") : readable;
    }

    PairView view(MatchCandidate c, Map<String, String> names) {
        Explanations.Parsed parsed = Explanations.parse(c.getExplanation());
        return new PairView(c.getId(), c.getStatus().name(), c.getProbability(), c.getMatchWeight(), parsed.summary(),
                record(c.getRecord(), names), record(c.getCandidate(), names), parsed.steps(), c.getCreatedAt(),
                c.getDecidedBy(), c.getDecidedAt());
    }

    /** A source record as the review queue and the business page show it. */
    public static RecordView record(SourceRecord s, Map<String, String> names) {
        var d = s.getDataset();
        return new RecordView(s.getId(), d.getId(), d.getAgencyCode(),
                names.getOrDefault(d.getAgencyCode(), d.getAgencyCode()) + ": " + d.getName(), s.getExternalId(),
                s.getName(), s.getAddress(), s.getTown(), s.getPostcode(), s.getPhone(), s.getCompanyNumber(),
                s.getUprn(), s.getContact(), s.getBusiness().getId(), s.getBusiness().getTradingName(),
                s.getLinkMethod().name(), s.getLinkProbability(),
                s.getLinkedBy(), s.getLinkedAt(), s.getFirstSeenAt(), s.getUpdatedAt());
    }
}
