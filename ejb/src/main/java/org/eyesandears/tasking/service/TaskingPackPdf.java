package org.eyesandears.tasking.service;

import org.eyesandears.business.register.service.BusinessHit;
import org.eyesandears.shared.pdf.PdfText;
import org.eyesandears.shared.time.London;
import org.eyesandears.triage.service.InboxItem;
import org.eyesandears.triage.service.OverdueCount;
import org.eyesandears.triage.service.RequestView;
import org.eyesandears.visit.service.FollowUpItem;
import org.eyesandears.visit.service.VisitSummary;

/** A tasking pack as a printable PDF, with exactly what the page shows its reader. */
public final class TaskingPackPdf {

    private TaskingPackPdf() {
    }

    public static byte[] write(TaskingPack p) {
        PdfText pdf = new PdfText("Tasking pack, week of " + London.DATE.format(p.from()), "OFFICIAL-SENSITIVE",
                "Eyes and Ears weekly tasking pack, do not forward");
        pdf.heading("Weekly tasking pack: " + p.scope(), 15);
        pdf.text("Week of " + London.DATE.format(p.from()) + "; made " + London.DAY_AND_TIME.format(p.madeAt())
                + ". It shows only what you may see.");
        if (p.quiet()) {
            pdf.heading("Nothing needs you this week", 12);
        }
        section(pdf, "Businesses newly of interest to three or more agencies", p.newlyShared().isEmpty());
        for (BusinessHit b : p.newlyShared()) {
            pdf.text("- " + b.name() + ", " + b.address() + ", " + b.postcode() + ": " + b.agencies() + " agencies");
        }
        section(pdf, "Urgent routings not yet closed", p.urgent().isEmpty());
        for (InboxItem i : p.urgent()) {
            pdf.text("- " + i.reference() + ", " + i.businessName() + ", from " + i.referringAgency() + ": "
                    + i.status().toLowerCase().replace('_', ' '));
        }
        section(pdf, "Overdue routings", p.overdue().isEmpty() && p.overdueCounts().isEmpty());
        for (InboxItem i : p.overdue()) {
            pdf.text("- " + i.reference() + ", " + i.businessName() + ": first decision due "
                    + London.DATE.format(i.firstDecisionDue()) + ", feedback due " + London.DATE.format(i.feedbackDue()));
        }
        for (OverdueCount o : p.overdueCounts()) {
            pdf.text("- " + o.agencyName() + ": " + o.awaitingDecision() + " awaiting a first decision, "
                    + o.awaitingFeedback() + " awaiting feedback");
        }
        section(pdf, "Information requests to answer", p.requests().isEmpty());
        for (RequestView r : p.requests()) {
            pdf.text("- " + r.fromAgencyName() + " about " + r.businessName() + ", due " + London.DATE.format(r.dueOn())
                    + (r.overdue() ? " (overdue)" : ""));
        }
        section(pdf, "Visits in the next fortnight", p.visits().isEmpty());
        for (VisitSummary v : p.visits()) {
            pdf.text("- " + London.DAY_AND_TIME.format(v.startsAt()) + ": " + v.businessName() + ", " + v.postcode()
                    + ", lead " + v.leadAgencyName() + " (" + v.status().toLowerCase() + ")");
        }
        section(pdf, "Your follow-up tasks", p.followUps().isEmpty());
        for (FollowUpItem f : p.followUps()) {
            pdf.text("- " + f.businessName() + ": " + f.description() + ", due " + London.DATE.format(f.dueOn())
                    + (f.overdue() ? " (overdue)" : ""));
        }
        return pdf.finish();
    }

    private static void section(PdfText pdf, String title, boolean empty) {
        pdf.heading(title, 12);
        if (empty) {
            pdf.text("None.");
        }
    }
}
