package org.eyesandears.visit.web;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import org.eyesandears.referral.service.ReferralBrief;
import org.eyesandears.shared.pdf.PdfText;
import org.eyesandears.shared.time.London;
import org.eyesandears.shared.web.Labels;
import org.eyesandears.visit.service.VisitDetail;
import org.eyesandears.visit.service.VisitSummary;

/**
 * The briefing pack of a visit as a PDF, built from what the reader may see ({@link VisitDetail}):
 * business, time, lead agency, participants and contacts, risk notes and the prompting referrals the
 * reader may see, each with its handling conditions when graded C. A4, one page for a usual visit;
 * longer content runs onto further pages rather than being cut. Every page is marked
 * OFFICIAL-SENSITIVE at its head and foot and numbered ({@link PdfText}).
 */
@ApplicationScoped
public class BriefingPack {

    public byte[] pdf(VisitDetail detail) {
        PdfText w = new PdfText("Visit briefing: " + detail.summary().businessName(), "OFFICIAL-SENSITIVE",
                "Eyes and Ears joint visit briefing, do not forward");
        VisitSummary v = detail.summary();
        w.heading("Visit briefing: " + v.businessName(), 15);
        w.text(v.address() + ", " + v.postcode());
        w.text(London.DAY_AND_TIME.format(v.startsAt()) + " to " + London.TIME.format(v.endsAt()) + " (London time)");
        w.text("Status: " + v.status().toLowerCase(Locale.UK) + ". Purpose: "
                + Labels.wordsOf(v.purpose()) + ". Lead agency: " + v.leadAgencyName()
                + (v.operationName() == null ? "" : ". Operation: " + v.operationName()));
        if (detail.cancelReason() != null) {
            w.text("Cancelled: " + detail.cancelReason());
        }
        w.heading("Agencies taking part", 12);
        for (VisitDetail.Participant p : detail.participants()) {
            w.text("- " + p.agencyName() + (p.lead() ? " (lead)" : "") + ": " + p.headCount()
                    + (p.headCount() == 1 ? " officer, " : " officers, ")
                    + p.response().toLowerCase(Locale.UK));
        }
        w.heading("Other visits to this business", 12);
        if (detail.history().isEmpty()) {
            w.text("None recorded.");
        }
        for (VisitDetail.PastVisit past : detail.history()) {
            w.text("- " + London.DAY_AND_TIME.format(past.startsAt()) + ", lead " + past.leadAgencyName() + ", "
                    + past.status().toLowerCase(Locale.UK));
        }
        if (!detail.details()) {
            w.heading("Details", 12);
            w.text("Risk notes, contacts and intelligence are shown only to the agencies taking part.");
        } else {
            w.heading("Contacts", 12);
            if (detail.officers().isEmpty()) {
                w.text("No officers named yet.");
            }
            for (VisitDetail.Officer o : detail.officers()) {
                w.text("- " + o.displayName() + ", " + o.agencyName());
            }
            w.heading("Risk notes for officer safety", 12);
            w.text(detail.riskNotes() == null ? "None recorded." : detail.riskNotes());
            w.heading("Referrals that prompted the visit (those you may see)", 12);
            if (detail.referrals().isEmpty()) {
                w.text("None you may see.");
            }
            for (ReferralBrief r : detail.referrals()) {
                w.text(r.reference() + ", seen " + r.visitDate() + ", graded " + r.grading());
                if (r.conditions() != null) {
                    w.text("HANDLING CONDITIONS: " + r.conditions());
                }
                if (r.erasedOn() != null) {
                    w.text("ERASED on " + London.DATE.format(r.erasedOn()) + " after its retention review");
                }
                if (!r.indicators().isEmpty()) {
                    w.text("Indicators: " + String.join("; ", r.indicators()));
                }
                w.text(r.observation());
                w.gap();
            }
        }
        return w.finish();
    }
}
