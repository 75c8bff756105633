package org.eyesandears.referral.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eyesandears.business.model.Business;
import org.eyesandears.referral.model.Referral;

/** Everything a permitted reader sees of a referral. */
public record ReferralDetail(String reference, BusinessView business, LocalDate visitDate,
                             String visitReason, String author, String authorAgency,
                             List<IndicatorView> indicators, String otherConcern,
                             String otherConcernAgency, String observation, List<PersonView> people,
                             GradingView grading, String urgency, Instant submittedAt,
                             List<RoutingView> routings, List<AttachmentView> attachments) {

    public record BusinessView(long id, String tradingName, String addressLine1, String addressLine2,
                               String town, String postcode, boolean confirmed) {
    }

    public record IndicatorView(String code, String concernArea, String wording, int wordingVersion) {
    }

    public record PersonView(String nameOrDescription, String roleAtPremises, String category) {
    }

    public record GradingView(String source, String intelligence, String handling, String conditions) {
    }

    public record RoutingView(String agency, String agencyName, String status) {
    }

    public record AttachmentView(long id, String fileName, String contentType, long sizeBytes) {

        /** Size in whole kilobytes, at least 1, for people. */
        public long kilobytes() {
            return Math.max(1, (sizeBytes + 1023) / 1024);
        }
    }

    static ReferralDetail of(Referral r, Map<String, String> agencyNames) {
        Business b = r.getBusiness();
        return new ReferralDetail(r.getReference(),
                new BusinessView(b.getId(), b.getTradingName(), b.getAddressLine1(), b.getAddressLine2(),
                        b.getTown(), b.getPostcode(), b.isConfirmed()),
                r.getVisitDate(), r.getVisitReason(), r.getAuthorUsername(), r.getAuthorAgencyCode(),
                r.getIndicators().stream().map(i -> new IndicatorView(i.getCode(), i.getConcernArea(),
                        i.getWording(), i.getWordingVersion())).toList(),
                r.getOtherConcern(), r.getOtherConcernAgencyCode(), r.getObservation(),
                r.getPeople().stream().map(p -> new PersonView(p.getNameOrDescription(),
                        p.getRoleAtPremises(), p.getCategory().name())).toList(),
                new GradingView(r.getGrading().getSource().name(), r.getGrading().getIntelligence().name(),
                        r.getGrading().getHandling().name(), r.getGrading().getConditions()),
                r.getUrgency().name(), r.getSubmittedAt(),
                r.getRoutings().stream().map(g -> new RoutingView(g.getAgencyCode(),
                        agencyNames.getOrDefault(g.getAgencyCode(), g.getAgencyCode()),
                        g.getStatus().name())).toList(),
                r.getAttachments().stream().map(a -> new AttachmentView(a.getId(), a.getFileName(),
                        a.getContentType(), a.getSizeBytes())).toList());
    }
}
