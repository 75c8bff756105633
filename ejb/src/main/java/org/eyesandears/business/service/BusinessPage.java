package org.eyesandears.business.service;

import java.time.Instant;
import java.util.List;

/** Everything the business page shows. */
public record BusinessPage(long id, String name, String address, String town, String postcode, String phone,
                           String companyNumber, String uprn, boolean confirmed, Instant createdAt,
                           List<String> agencies, List<RecordView> records, List<HistoryEntry> history) {

    public BusinessPage {
        agencies = List.copyOf(agencies);
        records = List.copyOf(records);
        history = List.copyOf(history);
    }

    /** "Food safety, Fire and rescue". */
    public String agencyList() {
        return String.join(", ", agencies);
    }

    public int agencyCount() {
        return agencies.size();
    }
}
