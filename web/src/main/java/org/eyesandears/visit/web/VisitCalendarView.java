package org.eyesandears.visit.web;

import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eyesandears.agency.service.AgencyService;
import org.eyesandears.agency.service.AgencySummary;
import org.eyesandears.shared.security.Roles;
import org.eyesandears.shared.time.London;
import org.eyesandears.shared.web.Messages;
import org.eyesandears.visit.service.OperationSummary;
import org.eyesandears.visit.service.VisitClashException;
import org.eyesandears.visit.service.VisitClashPolicy.Clash;
import org.eyesandears.visit.service.VisitFilter;
import org.eyesandears.visit.service.VisitQueries;
import org.eyesandears.visit.service.VisitService;
import org.eyesandears.visit.service.VisitSummary;
import org.primefaces.PrimeFaces;
import org.primefaces.event.SelectEvent;
import org.primefaces.event.schedule.ScheduleEntryMoveEvent;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleModel;

/**
 * The shared events calendar: every planned visit the user may see, by month, week, day or as a
 * list, filtered by agency, postcode district and operation. Coordinators move a visit by dragging
 * it; when the new date clashes, the warnings are shown and the move happens only with a reason.
 */
@Named
@ViewScoped
public class VisitCalendarView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    VisitQueries queries;

    @Inject
    VisitService visits;

    @Inject
    AgencyService agencyService;

    @Inject
    org.eyesandears.business.register.service.BusinessQueries businesses;

    private String agency;
    private String district;
    private Long operationId;
    private org.eyesandears.business.register.service.BusinessSummary business;
    private List<AgencySummary> agencies;
    private List<OperationSummary> operations;
    private boolean coordinator;
    private boolean planner;
    private ScheduleModel model;

    /** A move that raised clash warnings, waiting for the coordinator's reason or retreat. */
    public record PendingMove(long visitId, long version, String businessName, Instant startsAt, List<Clash> clashes) implements Serializable {
    }

    private PendingMove pending;
    private String overrideReason;

    @PostConstruct
    void init() {
        agencies = agencyService.listAgencies();
        operations = queries.operations();
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        coordinator = external.isUserInRole(Roles.COORDINATOR);
        planner = coordinator || external.isUserInRole(Roles.OFFICER);
        model = new LazyScheduleModel() {
            private static final long serialVersionUID = 1L;

            @Override
            public void loadEvents(LocalDateTime start, LocalDateTime end) {
                for (VisitSummary v : queries.calendar(new VisitFilter(start.atZone(London.ZONE).toInstant(),
                        end.atZone(London.ZONE).toInstant(), agency, district, business == null ? null : business.id(),
                        operationId))) {
                    addEvent(DefaultScheduleEvent.<VisitSummary>builder()
                            .title(title(v))
                            .startDate(LocalDateTime.ofInstant(v.startsAt(), London.ZONE))
                            .endDate(LocalDateTime.ofInstant(v.endsAt(), London.ZONE))
                            .description(v.address() + ", " + v.postcode())
                            .url("visit.xhtml?id=" + v.id())
                            .styleClass("visit-" + v.status().toLowerCase(Locale.UK) + (v.involvesMe() ? " visit-mine" : ""))
                            .editable(coordinator && ("PROPOSED".equals(v.status()) || "CONFIRMED".equals(v.status())))
                            .data(v)
                            .build());
                }
            }
        };
    }

    static String title(VisitSummary v) {
        String who = v.agencies().size() > 1 ? v.leadAgencyName() + " + " + (v.agencies().size() - 1) : v.leadAgencyName();
        String state = switch (v.status()) {
            case "PROPOSED" -> " (proposed)";
            case "CANCELLED" -> " (cancelled)";
            case "DONE" -> " (done)";
            default -> "";
        };
        return v.businessName() + ": " + who + state;
    }

    /** A planner clicked a day: open the plan form with that date filled in. */
    public void onDateSelect(SelectEvent<LocalDateTime> event) throws IOException {
        if (!planner || event.getObject() == null) {
            return;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/visit/plan.xhtml?day=" + event.getObject().toLocalDate());
    }

    /** A coordinator dropped a visit on another day or time: move it, or ask for a reason if it clashes. */
    public void onMove(ScheduleEntryMoveEvent event) {
        VisitSummary v = (VisitSummary) event.getScheduleEvent().getData();
        Instant newStart = LocalDateTime.ofInstant(v.startsAt(), London.ZONE)
                .plusYears(event.getYearDelta()).plusMonths(event.getMonthDelta())
                .plusDays(event.getDayDelta()).plusMinutes(event.getMinuteDelta())
                .atZone(London.ZONE).toInstant();
        pending = null;
        overrideReason = null;
        Messages.concerning("Not moved");
        try {
            visits.reschedule(v.id(), v.version(), newStart, null, null);
            Messages.info("Moved: " + v.businessName() + " is now on " + London.DAY_AND_TIME.format(newStart) + ".");
        } catch (VisitClashException clash) {
            pending = new PendingMove(v.id(), v.version(), v.businessName(), newStart, clash.clashes());
            PrimeFaces.current().ajax().addCallbackParam("clash", true);
        }
    }

    /** The coordinator goes ahead despite the warnings, with their reason. */
    public void moveAnyway() {
        if (pending == null) {
            return;
        }
        if (overrideReason == null || overrideReason.isBlank()) {
            Messages.fieldError("clashForm:overrideReason", "Say why the visit should go ahead despite the warnings.");
            return;
        }
        Messages.concerning("Not moved");
        try {
            visits.reschedule(pending.visitId(), pending.version(), pending.startsAt(), null, overrideReason);
            Messages.info("Moved: " + pending.businessName() + " is now on " + London.DAY_AND_TIME.format(pending.startsAt())
                    + ". Your reason is recorded with the warnings.");
        } catch (VisitClashException stillClashes) {
            Messages.error("Not moved: the visit still clashes; give a reason to go ahead.");
        } finally {
            pending = null;
        }
    }

    /** The coordinator keeps the old date: the calendar shows the visit where it was. */
    public void keepDate() {
        if (pending != null) {
            Messages.info("Not moved: " + pending.businessName() + " keeps its date.");
        }
        pending = null;
    }

    public void filterChanged() {
        // The schedule reloads its events with the new filters when it is updated.
    }

    public String when(Instant at) {
        return London.DAY_AND_TIME.format(at);
    }

    public ScheduleModel getModel() {
        return model;
    }

    public List<AgencySummary> getAgencies() {
        return agencies;
    }

    public List<OperationSummary> getOperations() {
        return operations;
    }

    public boolean isCoordinator() {
        return coordinator;
    }

    /** Whether the user may plan visits (coordinators and field officers). */
    public boolean isPlanner() {
        return planner;
    }

    public PendingMove getPending() {
        return pending;
    }

    public String getAgency() {
        return agency;
    }

    public void setAgency(String agency) {
        this.agency = agency;
    }

    public String getDistrict() {
        return district;
    }

    public void setDistrict(String district) {
        this.district = district;
    }

    public List<org.eyesandears.business.register.service.BusinessSummary> completeBusiness(String text) {
        return businesses.search(text, 15);
    }

    public org.eyesandears.business.register.service.BusinessSummary getBusiness() {
        return business;
    }

    public void setBusiness(org.eyesandears.business.register.service.BusinessSummary business) {
        this.business = business;
    }

    public Long getOperationId() {
        return operationId;
    }

    public void setOperationId(Long operationId) {
        this.operationId = operationId;
    }

    public String getOverrideReason() {
        return overrideReason;
    }

    public void setOverrideReason(String overrideReason) {
        this.overrideReason = overrideReason;
    }
}
