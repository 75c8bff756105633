package org.eyesandears.visit.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import org.eyesandears.referral.service.ReferralBrief;
import org.eyesandears.shared.time.London;
import org.eyesandears.shared.web.Labels;
import org.eyesandears.visit.service.VisitDetail;
import org.eyesandears.visit.service.VisitSummary;

/**
 * The briefing pack of a visit as a PDF, built from what the reader may see ({@link VisitDetail}):
 * business, time, lead agency, participants and contacts, risk notes and the prompting referrals the
 * reader may see, each with its handling conditions when graded C. A4, one page for a usual visit;
 * longer content runs onto further pages rather than being cut. Every page is marked
 * OFFICIAL-SENSITIVE.
 */
@ApplicationScoped
public class BriefingPack {

    /** PDFBox's own copy of Liberation Sans (SIL Open Font Licence): covers accented Latin text. */
    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    public byte[] pdf(VisitDetail detail) {
        try (PDDocument doc = new PDDocument(); InputStream font = BriefingPack.class.getResourceAsStream(FONT)) {
            Writer w = new Writer(doc, PDType0Font.load(doc, font));
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
                w.text("- " + p.agencyName() + (p.lead() ? " (lead)" : "") + ": " + p.headCount() + " officer(s), "
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
            w.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the briefing pack", e);
        }
    }

    /** Lays text down the page with word wrap, starting a new page when one is full. */
    private static final class Writer {
        private static final float MARGIN = 50;
        private static final float BODY = 10;
        private final PDDocument doc;
        private final PDFont font;
        private PDPageContentStream page;
        private float y;

        Writer(PDDocument doc, PDFont font) throws IOException {
            this.doc = doc;
            this.font = font;
            newPage();
        }

        void heading(String text, float size) throws IOException {
            gap();
            write(text, size);
        }

        void text(String text) throws IOException {
            for (String paragraph : text.split("\\R")) {
                write(paragraph, BODY);
            }
        }

        void gap() {
            y -= BODY * 0.6f;
        }

        private void write(String text, float size) throws IOException {
            for (String line : wrap(printable(text), size, PDRectangle.A4.getWidth() - 2 * MARGIN)) {
                if (y < MARGIN + size) {
                    newPage();
                }
                page.beginText();
                page.setFont(font, size);
                page.newLineAtOffset(MARGIN, y);
                page.showText(line);
                page.endText();
                y -= size * 1.35f;
            }
        }

        private List<String> wrap(String text, float size, float width) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : text.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * size > width) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            lines.add(line.toString());
            return lines;
        }

        /** Characters the font cannot draw (emoji, some scripts) become "?" rather than failing. */
        private String printable(String text) {
            StringBuilder out = new StringBuilder();
            text.codePoints().forEach(cp -> {
                String s = new String(Character.toChars(cp));
                try {
                    font.encode(s);
                    out.append(cp == '\t' ? " " : s);
                } catch (IOException | IllegalArgumentException e) {
                    out.append('?');
                }
            });
            return out.toString();
        }

        private void newPage() throws IOException {
            if (page != null) {
                page.close();
            }
            PDPage p = new PDPage(PDRectangle.A4);
            doc.addPage(p);
            page = new PDPageContentStream(doc, p);
            page.beginText();
            page.setFont(font, 8);
            page.newLineAtOffset(MARGIN, PDRectangle.A4.getHeight() - 30);
            page.showText("OFFICIAL-SENSITIVE  |  Eyes and Ears joint visit briefing  |  do not forward");
            page.endText();
            y = PDRectangle.A4.getHeight() - MARGIN - 10;
        }

        void finish() throws IOException {
            page.close();
        }
    }
}
