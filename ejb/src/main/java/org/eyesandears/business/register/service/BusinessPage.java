package org.eyesandears.business.register.service;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

import org.eyesandears.business.linking.service.RecordView;

/**
 * Everything the business page shows ({@code businessType} in words, or null): {@code agencies} names the agencies with an interest that
 * the reader may name, {@code otherAgencies} counts those they may know of only without a name
 * (ADR 0017); {@code ratings} each agency's own latest record type, status and rating, from the
 * datasets the reader may see, side by side (ADR 0032).
 */
public record BusinessPage(long id, String name, String address, String town, String postcode, String phone,
                           String companyNumber, String uprn, String businessType, boolean confirmed, Instant createdAt,
                           List<String> agencies, int otherAgencies, List<AgencyRating> ratings,
                           List<RecordView> records, List<HistoryEntry> history) implements Serializable {

    public BusinessPage {
        agencies = List.copyOf(agencies);
        ratings = List.copyOf(ratings);
        records = List.copyOf(records);
        history = List.copyOf(history);
    }

    /** "Food safety, Fire and rescue and 2 other agencies". */
    public String agencyList() {
        String others = otherAgencies == 0 ? "" : otherAgencies + (otherAgencies == 1 ? " other agency" : " other agencies");
        return agencies.isEmpty() ? others : String.join(", ", agencies) + (others.isEmpty() ? "" : " and " + others);
    }

    public int agencyCount() {
        return agencies.size() + otherAgencies;
    }
}
