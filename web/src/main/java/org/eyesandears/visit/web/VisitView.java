package org.eyesandears.visit.web;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eyesandears.shared.config.Settings;
import org.eyesandears.shared.time.London;
import org.eyesandears.shared.web.Messages;
import org.eyesandears.shared.error.ConcurrentChangeException;
import org.eyesandears.shared.error.NotFoundException;
import org.eyesandears.user.service.UserService;
import org.eyesandears.user.service.UserSummary;
import org.eyesandears.user.web.CurrentUserView;
import org.eyesandears.visit.service.ICalendar;
import org.eyesandears.visit.service.VisitDetail;
import org.eyesandears.visit.service.VisitClashException;
import org.eyesandears.visit.service.VisitQueries;
import org.eyesandears.visit.service.VisitService;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * One visit: what the reader may see of it, the invited agency's answer, the planner's confirm or
 * cancel, each agency's outcome with a follow-up task, and the briefing pack (PDF or print view).
 */
@Named
@ViewScoped
public class VisitView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    VisitQueries queries;

    @Inject
    VisitService visits;

    @Inject
    BriefingPack briefing;

    @Inject
    Clock clock;

    @Inject
    UserService users;

    @Inject
    CurrentUserView currentUser;

    private Long id;
    private VisitDetail visit;
    private String reason;
    private Boolean concernsFound;
    private String findings;
    private Integer arrests;
    private Integer notices;
    private Integer seizures;
    private boolean adviceGiven;
    private String taskDescription;
    private String taskOwner;
    private LocalDate taskDue;
    private List<UserSummary> colleagues;
    private LocalDate newDay;
    private java.time.LocalTime newFrom;
    private java.time.LocalTime newTo;
    private String overrideReason;
    private List<org.eyesandears.visit.service.VisitClashPolicy.Clash> clashes = List.of();

    /** Loads the visit named in the address; an unknown one answers 404. */
    public void load() {
        visit = id == null ? null : queries.detail(id).orElse(null);
        if (visit == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().setResponseStatus(404);
            Messages.warn("No such visit.");
        }
    }

    /**
     * Moves the visit to another date and time: the keyboard's way to do what the calendar does by
     * dragging. Clash warnings are shown and the move needs a reason to go ahead.
     */
    public void move() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (newDay == null || newFrom == null || newTo == null) {
            Messages.error("Not moved: give the new date, start and end.");
            faces.validationFailed();
            return;
        }
        java.time.Instant start = newDay.atTime(newFrom).atZone(London.ZONE).toInstant();
        java.time.Instant end = newDay.atTime(newTo).atZone(London.ZONE).toInstant();
        Messages.concerning("Not saved");
        try {
            visits.reschedule(id, visit.summary().version(), start, end, overrideReason);
            clashes = List.of();
            overrideReason = null;
            Messages.info("Moved: the visit is now on " + London.DAY_AND_TIME.format(start) + ".");
            load();
        } catch (VisitClashException clash) {
            clashes = clash.clashes();
            Messages.warn("Clash warnings: change the date, or give a reason to go ahead anyway.");
            faces.validationFailed();
        } catch (ConcurrentChangeException | NotFoundException stale) {
            // Show the visit as it is now; the message is PageErrorHandler's.
            load();
            throw stale;
        }
    }

    public void accept() {
        act(() -> visits.respond(id, true, reason), "Accepted", "Your agency takes part.");
    }

    public void decline() {
        act(() -> visits.respond(id, false, reason), "Declined", "The planner will see your reason.");
    }

    public void confirm() {
        act(() -> visits.confirm(id, visit.summary().version()), "Confirmed", "The visit is confirmed.");
    }

    public void cancel() {
        act(() -> visits.cancel(id, visit.summary().version(), reason), "Cancelled",
                "Everyone taking part sees the reason.");
    }

    public void recordOutcome() {
        List<VisitService.FollowUp> followUps = taskDescription == null || taskDescription.isBlank() ? List.of()
                : List.of(new VisitService.FollowUp(taskDescription, taskOwner, taskDue));
        act(() -> visits.recordOutcome(id, new VisitService.OutcomeReport(concernsFound, findings, arrests, notices, seizures,
                adviceGiven, followUps)), "Outcome recorded", "Your agency's outcome is on the visit.");
    }

    public void completeTask(long taskId) {
        act(() -> visits.completeTask(taskId), "Done", "The task is marked done.");
    }

    /** The briefing pack as the reader may see it, as a PDF download. */
    public StreamedContent getBriefingPdf() {
        byte[] pdf = briefing.pdf(visit);
        return DefaultStreamedContent.builder().name("briefing-visit-" + id + ".pdf").contentType("application/pdf")
                .stream(() -> new ByteArrayInputStream(pdf)).build();
    }

    /**
     * The visit as a calendar file (one event, METHOD:PUBLISH) to add to Outlook or a phone calendar
     * by hand; its UID is the one the invitations and the feed use, so a later invitation updates it.
     */
    public StreamedContent getCalendarFile() {
        byte[] ics = ICalendar.single(visit.summary(), Settings.appUrl(), clock.instant()).getBytes(StandardCharsets.UTF_8);
        return DefaultStreamedContent.builder().name("visit-" + id + ".ics").contentType("text/calendar; charset=UTF-8")
                .stream(() -> new ByteArrayInputStream(ics)).build();
    }

    private void act(Runnable action, String summary, String detail) {
        Messages.concerning("Not saved");
        try {
            action.run();
            Messages.info(summary + ": " + detail);
            reason = null;
            concernsFound = null;
            findings = null;
            taskDescription = null;
            load();
        } catch (ConcurrentChangeException | NotFoundException stale) {
            // Show the visit as it is now; the message is PageErrorHandler's.
            load();
            throw stale;
        }
    }

    public String when(Instant at) {
        return at == null ? "" : London.DAY_AND_TIME.format(at);
    }

    public String until(Instant at) {
        return London.TIME.format(at);
    }

    /** Colleagues of the caller's own agency, to own a follow-up task. */
    public List<UserSummary> getColleagues() {
        if (colleagues == null) {
            String own = currentUser.getMe().agency();
            colleagues = currentUser.hasRole("coordinator") || currentUser.hasRole("officer")
                    ? users.colleagues().stream().filter(u -> u.agency().equals(own)).toList()
                    : List.of();
        }
        return colleagues;
    }

    public LocalDate getNewDay() {
        return newDay;
    }

    public void setNewDay(LocalDate newDay) {
        this.newDay = newDay;
    }

    public java.time.LocalTime getNewFrom() {
        return newFrom;
    }

    public void setNewFrom(java.time.LocalTime newFrom) {
        this.newFrom = newFrom;
    }

    public java.time.LocalTime getNewTo() {
        return newTo;
    }

    public void setNewTo(java.time.LocalTime newTo) {
        this.newTo = newTo;
    }

    public String getOverrideReason() {
        return overrideReason;
    }

    public void setOverrideReason(String overrideReason) {
        this.overrideReason = overrideReason;
    }

    public List<org.eyesandears.visit.service.VisitClashPolicy.Clash> getClashes() {
        return clashes;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public VisitDetail getVisit() {
        return visit;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getFindings() {
        return findings;
    }

    public void setFindings(String findings) {
        this.findings = findings;
    }

    public Boolean getConcernsFound() {
        return concernsFound;
    }

    public void setConcernsFound(Boolean concernsFound) {
        this.concernsFound = concernsFound;
    }

    public Integer getArrests() {
        return arrests;
    }

    public void setArrests(Integer arrests) {
        this.arrests = arrests;
    }

    public Integer getNotices() {
        return notices;
    }

    public void setNotices(Integer notices) {
        this.notices = notices;
    }

    public Integer getSeizures() {
        return seizures;
    }

    public void setSeizures(Integer seizures) {
        this.seizures = seizures;
    }

    public boolean isAdviceGiven() {
        return adviceGiven;
    }

    public void setAdviceGiven(boolean adviceGiven) {
        this.adviceGiven = adviceGiven;
    }

    public String getTaskDescription() {
        return taskDescription;
    }

    public void setTaskDescription(String taskDescription) {
        this.taskDescription = taskDescription;
    }

    public String getTaskOwner() {
        return taskOwner;
    }

    public void setTaskOwner(String taskOwner) {
        this.taskOwner = taskOwner;
    }

    public LocalDate getTaskDue() {
        return taskDue;
    }

    public void setTaskDue(LocalDate taskDue) {
        this.taskDue = taskDue;
    }
}
