package org.eyesandears.reporting.service;

import java.io.Serializable;
import java.util.List;

import org.eyesandears.triage.service.OverdueCount;

/**
 * Everything the manager's dashboard shows for a period and the period before it.
 *
 * @param scope       the agency the figures are narrowed to, or {@code ALL} (partnership managers)
 * @param overdue     overdue routings now per agency the caller may see; {@code overdueTotal} for all
 * @param followUpsOverdue      overdue follow-up tasks of joint visits now, per agency the caller may see
 * @param followUpsOverdueTotal the same across the partnership
 */
public record StatsSummary(Period period, Period previousPeriod, String scope, Figures current, Figures previous,
                           List<OverdueCount> overdue, OverdueCount overdueTotal, List<TargetResult> targets,
                           List<FollowUpCount> followUpsOverdue, long followUpsOverdueTotal) implements Serializable {

    public StatsSummary {
        overdue = List.copyOf(overdue);
        targets = List.copyOf(targets);
        followUpsOverdue = List.copyOf(followUpsOverdue);
    }
}
