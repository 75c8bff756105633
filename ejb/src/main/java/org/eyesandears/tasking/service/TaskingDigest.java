package org.eyesandears.tasking.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

import org.eyesandears.agency.service.AgencyService;
import org.eyesandears.audit.model.AuditObject;
import org.eyesandears.audit.model.AuditOperation;
import org.eyesandears.audit.service.AuditService;
import org.eyesandears.notification.service.NotificationService;
import org.eyesandears.shared.config.Settings;
import org.eyesandears.shared.schedule.JobLeases;
import org.eyesandears.shared.security.Roles;
import org.eyesandears.triage.service.InboxQueries;
import org.eyesandears.triage.service.InformationRequestQueries;
import org.eyesandears.visit.service.VisitQueries;

/**
 * The weekly e-mail digest of the tasking pack (docs/tasking.md): every Monday at 07:00 London time,
 * each desk officer, coordinator and manager of an agency who has signed in is told, in counts, what
 * waits for their agency this week, with a link to the pack, where they see the detail they may see.
 * Counts only, each of the reader's own agency, and each only to the role that works it (routings
 * and requests to desks, visits to everyone, overdue counts to managers), so nobody learns of
 * another agency's work. Runs as no user, so it reads as an administrator; an administrator can
 * also send it at once ({@link #sendNow}).
 */
@Singleton
@RunAs(Roles.ADMIN)
public class TaskingDigest {

    private static final Logger LOG = Logger.getLogger(TaskingDigest.class.getName());

    @Inject
    AgencyService agencies;

    @Inject
    InboxQueries inbox;

    @Inject
    InformationRequestQueries requests;

    @Inject
    VisitQueries visits;

    @Inject
    NotificationService notifications;

    @Inject
    AuditService audit;

    @Inject
    Clock clock;

    @Inject
    JobLeases leases;

    @Schedule(dayOfWeek = "Mon", hour = "7", minute = "0", timezone = "Europe/London", persistent = false,
            info = "weekly tasking digest")
    void weekly() {
        if (!leases.take("tasking-digest", Duration.ofDays(1))) {
            return;
        }
        int sent = send();
        LOG.info(() -> "Weekly tasking digest: " + sent + " e-mail(s)");
    }

    /** Sends this week's digest now; the answer is how many people it went to. */
    @RolesAllowed(Roles.ADMIN)
    public int sendNow() {
        return send();
    }

    private int send() {
        Instant now = clock.instant();
        int sent = 0;
        for (Map.Entry<String, String> agency : agencies.agencyNames().entrySet()) {
            String code = agency.getKey();
            InboxQueries.DeskCounts desk = inbox.deskCounts(code);
            long open = requests.openTo(code);
            long coming = visits.countTakingPart(code, now, now.plus(TaskingPackQueries.FORTNIGHT));
            Set<String> desks = new LinkedHashSet<>(notifications.holders(code, Roles.DESK));
            Set<String> readers = new LinkedHashSet<>(desks);
            readers.addAll(notifications.holders(code, Roles.COORDINATOR));
            Set<String> managers = new LinkedHashSet<>(notifications.holders(code, Roles.MANAGER));
            readers.addAll(managers);
            for (String user : readers) {
                List<String> lines = new ArrayList<>();
                if (desks.contains(user)) {
                    lines.add(desk.urgentOpen() + " urgent routing(s) to your agency not yet closed");
                    lines.add(desk.awaitingDecision() + " routing(s) past their first-decision date, "
                            + desk.awaitingFeedback() + " past their feedback date");
                    lines.add(open + " information request(s) to your agency waiting for an answer");
                } else if (managers.contains(user)) {
                    lines.add(desk.awaitingDecision() + " routing(s) to your agency past their first-decision date, "
                            + desk.awaitingFeedback() + " past their feedback date");
                }
                lines.add(coming + " visit(s) in the next fortnight that your agency takes part in");
                notifications.mailUser(user, "Eyes and Ears: your weekly tasking pack for " + agency.getValue(),
                        "This week for " + agency.getValue() + ":\n\n- " + String.join("\n- ", lines)
                                + "\n\nThe tasking pack (you will be asked to sign in): " + Settings.appUrl()
                                + "/tasking/pack.xhtml\n\nThis e-mail gives counts only; the details are in"
                                + " Eyes and Ears.\n");
                sent++;
            }
        }
        audit.record(AuditOperation.DISCLOSURE, AuditObject.TASKING_DIGEST, "weekly", sent + " digest e-mail(s), counts only",
                null);
        return sent;
    }
}
