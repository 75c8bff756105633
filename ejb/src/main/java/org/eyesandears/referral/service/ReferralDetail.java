package org.eyesandears.referral.service;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eyesandears.agency.model.FeedbackLevel;
import org.eyesandears.business.model.Business;
import org.eyesandears.referral.model.OutcomeCategory;
import org.eyesandears.referral.model.Referral;
import org.eyesandears.referral.model.Routing;
import org.eyesandears.shared.security.Caller;
import org.eyesandears.shared.security.Roles;

/** Everything a permitted reader sees of a referral. */
public record ReferralDetail(String reference, BusinessView business, LocalDate visitDate,
                             String visitReason, String author, String authorName, String authorAgency,
                             List<IndicatorView> indicators, String otherConcern,
                             String otherConcernAgency, String observation, List<PersonView> people,
                             GradingView grading, String urgency, Instant submittedAt,
                             List<RoutingView> routings, List<AttachmentView> attachments, Erasure erasure,
                             List<StatusChange> history) implements Serializable {

    /**
     * One move of a routing in the desk's triage, as every reader of the referral may see it: when,
     * which agency, from and to which status. Who moved it and why stay with the desk's work.
     */
    public record StatusChange(Instant at, String agencyName, String from, String to) implements Serializable {
    }

    /** The same referral naming its author by their display name (falling back to the username). */
    ReferralDetail withAuthorName(String name) {
        return new ReferralDetail(reference, business, visitDate, visitReason, author,
                name == null || name.isBlank() ? author : name, authorAgency, indicators, otherConcern,
                otherConcernAgency, observation, people, grading, urgency, submittedAt, routings, attachments, erasure,
                history);
    }

    /** The same referral with its routings' status changes, oldest first. */
    ReferralDetail withHistory(List<StatusChange> changes) {
        return new ReferralDetail(reference, business, visitDate, visitReason, author, authorName, authorAgency,
                indicators, otherConcern, otherConcernAgency, observation, people, grading, urgency, submittedAt,
                routings, attachments, erasure, List.copyOf(changes));
    }

    /** Set when the referral was erased at its retention review: only the tombstone is left. */
    public record Erasure(Instant at, String by, String reason) implements Serializable {
    }

    public record BusinessView(long id, String tradingName, String addressLine1, String addressLine2,
                               String town, String postcode, boolean confirmed) implements Serializable {
    }

    public record IndicatorView(String code, String concernArea, String wording, int wordingVersion) implements Serializable {
    }

    public record PersonView(String nameOrDescription, String roleAtPremises, String category) implements Serializable {
    }

    public record GradingView(String source, String intelligence, String handling, String conditions) implements Serializable {
    }

    /**
     * A routing. The desk's work on it (assignee, question and answer, feedback) is filled in only
     * for those it concerns: the referral's author, the author's agency managers, and the
     * receiving agency itself; other routed desks see the status only.
     */
    public record RoutingView(long id, long version, String agency, String agencyName, String status,
                              LocalDate firstDecisionDue, LocalDate feedbackDue, String assignee,
                              String question, String answer, String usefulness, String outcomeCategory,
                              String feedbackComment, Instant feedbackAt) implements Serializable {

        /**
         * The work is shown to those it concerns ({@link ReferralDetail#showsWork}); feedback within what the
         * receiving agency may tell this reader now: everything for its own staff, otherwise its
         * sharing agreement's level today. Feedback given under a wider
         * agreement is shown within the narrower one: no usefulness or comment below FULL, and
         * under RECEIVED_ACTIONED only received or actioned.
         */
        static RoutingView of(Routing g, String agencyName, Caller reader, Referral r, Disclosure disclosure) {
            boolean showWork = showsWork(r, g, reader);
            // The agreement is asked only when the reader sees the work and is not the receiving agency.
            FeedbackLevel disclosed = !showWork || g.getAgencyCode().equals(reader.agencyCode()) ? FeedbackLevel.FULL
                    : disclosure.level(r.getAuthorAgencyCode(), g.getAgencyCode());
            boolean full = showWork && disclosed == FeedbackLevel.FULL;
            OutcomeCategory given = showWork ? g.getOutcomeCategory() : null;
            String outcome = given == null ? null
                    : (disclosed == FeedbackLevel.RECEIVED_ACTIONED ? given.receivedOrActioned() : given).name();
            return new RoutingView(g.getId(), g.getLockVersion(), g.getAgencyCode(), agencyName,
                    g.getStatus().name(), g.getFirstDecisionDue(), g.getFeedbackDue(),
                    showWork ? g.getAssignee() : null, showWork ? g.getQuestion() : null,
                    showWork ? g.getAnswer() : null,
                    full && g.getUsefulness() != null ? g.getUsefulness().name() : null,
                    outcome, full ? g.getFeedbackComment() : null, showWork ? g.getFeedbackAt() : null);
        }
    }

    public record AttachmentView(long id, String fileName, String contentType, long sizeBytes) implements Serializable {

        /** Size in whole kilobytes, at least 1, for people. */
        public long kilobytes() {
            return Math.max(1, (sizeBytes + 1023) / 1024);
        }
    }

    /** Whether the desk's work on a routing is for this reader's eyes (see {@link RoutingView}). */
    static boolean showsWork(Referral r, Routing g, Caller reader) {
        return reader.username().equals(r.getAuthorUsername())
                || (reader.hasRole(Roles.MANAGER) && r.getAuthorAgencyCode().equals(reader.agencyCode()))
                || g.getAgencyCode().equals(reader.agencyCode());
    }

    /** What a receiving agency may disclose back to a referring agency now (AgreementService). */
    @FunctionalInterface
    public interface Disclosure {
        FeedbackLevel level(String referringAgency, String receivingAgency);

        /** The same answers, each pair asked once: for lists of many referrals between the same agencies. */
        static Disclosure remembering(Disclosure disclosure) {
            Map<String, FeedbackLevel> known = new HashMap<>();
            return (from, to) -> known.computeIfAbsent(from + ">" + to, k -> disclosure.level(from, to));
        }
    }

    static ReferralDetail of(Referral r, Map<String, String> agencyNames, Caller reader, Disclosure disclosure) {
        Business b = r.getBusiness();
        return new ReferralDetail(r.getReference(),
                new BusinessView(b.getId(), b.getTradingName(), b.getAddressLine1(), b.getAddressLine2(),
                        b.getTown(), b.getPostcode(), b.isConfirmed()),
                r.getVisitDate(), r.getVisitReason(), r.getAuthorUsername(), r.getAuthorUsername(), r.getAuthorAgencyCode(),
                r.getIndicators().stream().map(i -> new IndicatorView(i.getCode(), i.getConcernArea(),
                        i.getWording(), i.getWordingVersion())).toList(),
                r.getOtherConcern(), r.getOtherConcernAgencyCode(), r.getObservation(),
                r.getPeople().stream().map(p -> new PersonView(p.getNameOrDescription(),
                        p.getRoleAtPremises(), p.getCategory().name())).toList(),
                new GradingView(r.getGrading().getSource().name(), r.getGrading().getIntelligence().name(),
                        r.getGrading().getHandling().name(), r.getGrading().getConditions()),
                r.getUrgency().name(), r.getSubmittedAt(),
                r.getRoutings().stream().map(g -> RoutingView.of(g,
                        agencyNames.getOrDefault(g.getAgencyCode(), g.getAgencyCode()), reader, r, disclosure)).toList(),
                r.getAttachments().stream().map(a -> new AttachmentView(a.getId(), a.getFileName(),
                        a.getContentType(), a.getSizeBytes())).toList(),
                r.isErased() ? new Erasure(r.getErasedAt(), r.getErasedBy(), r.getErasureReason()) : null,
                List.of());
    }
}
