package org.eyesandears.business.linking.service;

import java.io.Serializable;
import java.time.Instant;

/** A source record with how it is linked to its business. */
public record RecordView(long id, long datasetId, String agencyCode, String dataset, String externalId, String name,
                         String address, String town, String postcode, String phone, String company, String uprn,
                         String contact, long businessId, String businessName, String linkMethod, Double linkProbability,
                         String linkedBy, Instant linkedAt, Instant firstSeenAt, Instant updatedAt) implements Serializable {

    /** "automatic, 99.6%" / "confirmed by analyst" / "started this business". */
    public String howLinked() {
        return switch (linkMethod) {
            case "AUTOMATIC" -> "linked automatically" + percent();
            case "REVIEWED" -> "linked by " + linkedBy + percent();
            case "SEPARATED" -> "separated by " + linkedBy;
            default -> "first record of this business";
        };
    }

    private String percent() {
        return linkProbability == null ? "" : " (match probability " + PairView.percent(linkProbability) + ")";
    }
}
