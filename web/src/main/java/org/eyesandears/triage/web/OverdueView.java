package org.eyesandears.triage.web;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eyesandears.triage.service.InboxQueries;
import org.eyesandears.triage.service.OverdueCount;

/** The manager's count of overdue routings per agency, for the home page. */
@Named
@RequestScoped
public class OverdueView {

    @Inject
    InboxQueries queries;

    private List<OverdueCount> counts;

    public List<OverdueCount> getCounts() {
        if (counts == null) {
            counts = queries.overdueByAgency();
        }
        return counts;
    }
}
