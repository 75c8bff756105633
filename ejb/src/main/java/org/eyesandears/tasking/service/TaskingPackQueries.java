package org.eyesandears.tasking.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.eyesandears.agency.service.AgencyService;
import org.eyesandears.business.service.RegisterQueries;
import org.eyesandears.referral.model.RoutingStatus;
import org.eyesandears.referral.model.Urgency;
import org.eyesandears.shared.security.Caller;
import org.eyesandears.shared.security.CurrentCaller;
import org.eyesandears.shared.security.Roles;
import org.eyesandears.shared.time.London;
import org.eyesandears.triage.service.InboxFilter;
import org.eyesandears.triage.service.InboxItem;
import org.eyesandears.triage.service.InboxQueries;
import org.eyesandears.triage.service.InformationRequestQueries;
import org.eyesandears.triage.service.RequestView;
import org.eyesandears.visit.service.VisitFilter;
import org.eyesandears.visit.service.VisitQueries;
import org.eyesandears.visit.service.VisitSummary;

/**
 * The weekly tasking pack (docs/tasking.md): what needs the reader's agency this week, read through
 * each context's own queries as the reader, so every rule of who may see what applies unchanged and
 * every read is audited by the context that owns it. Desks get their agency's urgent and overdue
 * routings and open information requests; managers the overdue counts they may see; everyone the
 * visits of the next fortnight their agency takes part in, their own follow-up tasks, and the
 * businesses newly of interest to three or more agencies (counting only the agencies whose interest
 * they may know).
 */
@Stateless
@RolesAllowed({Roles.DESK, Roles.COORDINATOR, Roles.MANAGER})
public class TaskingPackQueries {

    /** How many agencies make a business "of shared interest" in the pack. */
    static final int SHARED_BY = 3;
    static final Duration WEEK = Duration.ofDays(7);
    static final Duration FORTNIGHT = Duration.ofDays(14);
    static final int MAX_ROWS = 200;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    AgencyService agencies;

    @Inject
    RegisterQueries register;

    @Inject
    InboxQueries inbox;

    @Inject
    InformationRequestQueries requests;

    @Inject
    VisitQueries visits;

    @Inject
    Clock clock;

    public TaskingPack pack() {
        Caller caller = currentCaller.get();
        Instant now = clock.instant();
        boolean desk = caller.hasRole(Roles.DESK) && caller.hasAgency();
        List<InboxItem> routings = desk ? inbox.inbox(InboxFilter.none(), 0, MAX_ROWS) : List.of();
        List<InboxItem> urgent = routings.stream().filter(i -> Urgency.URGENT.name().equals(i.urgency())
                && !RoutingStatus.CLOSED.name().equals(i.status())).toList();
        List<InboxItem> overdue = routings.stream().filter(InboxItem::overdue).toList();
        List<RequestView> open = desk ? requests.mine().stream()
                .filter(r -> r.incoming() && "OPEN".equals(r.status())).toList() : List.of();
        List<VisitSummary> coming = visits.calendar(new VisitFilter(now, now.plus(FORTNIGHT), null, null, null, null))
                .stream().filter(v -> !caller.hasAgency() || v.involvesMe()).toList();
        return new TaskingPack(caller.hasAgency() ? agencies.agencyNames().getOrDefault(caller.agencyCode(),
                caller.agencyCode()) : "the partnership", London.today(clock), now,
                register.newlySharedBy(SHARED_BY, now.minus(WEEK), MAX_ROWS), urgent, overdue,
                caller.hasRole(Roles.MANAGER) ? inbox.overdueByAgency() : List.of(), coming, visits.myFollowUps(),
                open);
    }
}
