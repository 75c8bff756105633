package org.eyesandears.visit.service;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eyesandears.business.register.service.BusinessHistorySource;
import org.eyesandears.business.register.service.HistoryEntry;

/** The visits to a business, in outline as the calendar shows them, for its page. */
@ApplicationScoped
public class VisitsOnBusinessPage implements BusinessHistorySource {

    @Inject
    VisitQueries visits;

    @Override
    public String kind() {
        return "visit";
    }

    @Override
    public List<HistoryEntry> history(Collection<Long> businessIds, Map<String, String> agencyNames) {
        return visits.toBusinesses(businessIds).stream()
                .map(v -> new HistoryEntry(v.startsAt(), kind(), v.leadAgencyName(), "Visit led by "
                        + v.leadAgencyName() + " with " + v.agencies().size() + " agencies ("
                        + v.status().toLowerCase(Locale.UK) + ")", String.valueOf(v.id())))
                .toList();
    }
}
