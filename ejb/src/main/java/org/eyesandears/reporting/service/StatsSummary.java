package org.eyesandears.reporting.service;

import java.util.List;

import org.eyesandears.triage.service.OverdueCount;

/**
 * Everything the manager's dashboard shows for a period and the period before it.
 *
 * @param scope       the agency the figures are narrowed to, or {@code ALL} (partnership managers)
 * @param overdue     overdue routings now per agency the caller may see; {@code overdueTotal} for all
 * @param jointVisits what the dashboard can say about joint visits
 */
public record StatsSummary(Period period, Period previousPeriod, String scope, Figures current, Figures previous,
                           List<OverdueCount> overdue, OverdueCount overdueTotal, List<TargetResult> targets,
                           String jointVisits) {

    public StatsSummary {
        overdue = List.copyOf(overdue);
        targets = List.copyOf(targets);
    }

    /** Joint visits are recorded (see the visits calendar) but not yet counted here. */
    public static final String NO_VISITS =
            "Joint visit figures are not on the dashboard yet: see the visits calendar for visits and their outcomes.";
}
