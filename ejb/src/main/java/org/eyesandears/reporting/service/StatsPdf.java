package org.eyesandears.reporting.service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.eyesandears.triage.service.OverdueCount;

/**
 * A one-to-few page PDF summary of the dashboard for a period, for partnership board papers
 * (Apache PDFBox 3, Apache-2.0). Text only, so it reads aloud and copies cleanly.
 */
public final class StatsPdf {

    private static final float MARGIN = 50;
    private static final float LEADING = 14;

    private final PDDocument document = new PDDocument();
    private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private PDPageContentStream out;
    private float y;

    private StatsPdf() {
    }

    public static byte[] summary(StatsSummary s, java.util.function.Function<String, String> agencyName) {
        StatsPdf pdf = new StatsPdf();
        try {
            return pdf.write(s, agencyName);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] write(StatsSummary s, java.util.function.Function<String, String> name) throws IOException {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle("Eyes and Ears partnership summary " + s.period().from() + " to " + s.period().to());
        info.setAuthor("Eyes and Ears");
        newPage();
        line(bold, 16, "Eyes and Ears: partnership summary");
        line(regular, 10, "OFFICIAL-SENSITIVE. " + ("ALL".equals(s.scope()) ? "All agencies" : name.apply(s.scope()))
                + ", " + s.period().from() + " to " + s.period().to() + " (previous period " + s.previousPeriod().from()
                + " to " + s.previousPeriod().to() + "). Times in working days, England and Wales.");
        gap();

        heading("Success criteria");
        if (s.targets().isEmpty()) {
            line(regular, 10, "No targets have been set for these agencies.");
        }
        for (TargetResult t : s.targets()) {
            line(regular, 10, t.agencyName() + ": " + t.criterion() + ", target " + t.target() + ", measured "
                    + t.measured() + " - " + (t.met() == null ? (t.notYetDue() ? "not yet due" : "not measurable") : t.met() ? "met" : "not met"));
        }
        gap();

        heading("Feedback and time to act, by receiving agency (previous period in brackets)");
        List<AgencyFigures> rows = new ArrayList<>(s.current().agencies().stream()
                .filter(a -> a.routingsReceived() > 0 || a.routingsSent() > 0).toList());
        rows.add(s.current().partnership());
        for (AgencyFigures a : rows) {
            AgencyFigures b = "ALL".equals(a.agency()) ? s.previous().partnership() : s.previous().agencies().stream()
                    .filter(p -> p.agency().equals(a.agency())).findFirst().orElse(null);
            line(bold, 10, a.agencyName());
            line(regular, 10, "  Referrals sent " + cmp(a.referralsSent(), b == null ? null : b.referralsSent())
                    + "; routings received " + cmp(a.routingsReceived(), b == null ? null : b.routingsReceived()));
            line(regular, 10, "  Feedback rate " + cmp(a.feedbackRatePct(), b == null ? null : b.feedbackRatePct()) + " %"
                    + "; within target " + cmp(a.feedbackWithinTargetPct(), b == null ? null : b.feedbackWithinTargetPct()) + " %");
            line(regular, 10, "  Days to first decision: median " + cmp(a.triageMedianDays(), b == null ? null : b.triageMedianDays())
                    + ", 90th percentile " + cmp(a.triageP90Days(), b == null ? null : b.triageP90Days()));
            line(regular, 10, "  Days to feedback: median " + cmp(a.feedbackMedianDays(), b == null ? null : b.feedbackMedianDays())
                    + ", 90th percentile " + cmp(a.feedbackP90Days(), b == null ? null : b.feedbackP90Days()));
        }
        gap();

        heading("Overdue routings now");
        for (OverdueCount o : s.overdue()) {
            line(regular, 10, o.agencyName() + ": " + o.awaitingDecision() + " awaiting a first decision, "
                    + o.awaitingFeedback() + " awaiting feedback");
        }
        line(regular, 10, "Partnership: " + s.overdueTotal().awaitingDecision() + " awaiting a first decision, "
                + s.overdueTotal().awaitingFeedback() + " awaiting feedback");
        gap();

        if (!s.current().teams().isEmpty() || !s.previous().teams().isEmpty()) {
            heading("Referrals per team of " + name.apply(s.scope()) + " (previous period in brackets)");
            java.util.Set<String> labels = new java.util.LinkedHashSet<>();
            s.current().teams().forEach(t -> labels.add(t.label()));
            s.previous().teams().forEach(t -> labels.add(t.label()));
            for (String label : labels) {
                line(regular, 10, label + ": " + cmp(teamCount(s.current(), label), teamCount(s.previous(), label)));
            }
            gap();
        }

        if (s.current().use() != null) {
            heading("Is the scheme used? (previous period in brackets)");
            List<UseFigures.AgencyUse> use = new ArrayList<>(s.current().use().agencies().stream()
                    .filter(u -> u.officers() > 0 || u.referrals() > 0 || u.feedbackRated() > 0 || u.autoLinks() > 0)
                    .toList());
            use.add(s.current().use().partnership());
            for (UseFigures.AgencyUse u : use) {
                UseFigures.AgencyUse b = s.previous().use() == null ? null : "ALL".equals(u.agency())
                        ? s.previous().use().partnership() : s.previous().use().agencies().stream()
                        .filter(p -> p.agency().equals(u.agency())).findFirst().orElse(null);
                line(bold, 10, u.agencyName());
                line(regular, 10, "  Officers " + cmp(u.officers(), b == null ? null : b.officers()) + ", active "
                        + cmp(u.activeOfficers(), b == null ? null : b.activeOfficers()) + "; referrals per 100 officers "
                        + cmp(u.referralsPer100Officers(), b == null ? null : b.referralsPer100Officers()));
                line(regular, 10, "  Card open to sent, seconds: median " + cmp(u.composeMedianSeconds(),
                        b == null ? null : b.composeMedianSeconds()) + ", 90th percentile " + cmp(u.composeP90Seconds(),
                        b == null ? null : b.composeP90Seconds()));
                line(regular, 10, "  Cards timed " + cmp(u.cardsTimed(), b == null ? null : b.cardsTimed()));
                line(regular, 10, "  Feedback rated useful " + u.feedbackRatedUseful() + " of " + u.feedbackRated()
                        + "; automatic links undone " + u.autoLinksUndone() + " of " + u.autoLinks());
            }
            gap();
        }

        heading("Businesses of interest to several agencies");
        line(regular, 10, "Two or more agencies: " + cmp(s.current().businesses().twoOrMore(), s.previous().businesses().twoOrMore())
                + "; three or more: " + cmp(s.current().businesses().threeOrMore(), s.previous().businesses().threeOrMore()));
        gap();

        heading("Joint visits held (previous period in brackets)");
        VisitFigures v = s.current().visits();
        VisitFigures pv = s.previous().visits();
        if (v != null && pv != null) {
            if (!"ALL".equals(s.scope())) {
                line(regular, 10, "With " + name.apply(s.scope()) + ": " + cmp(v.held(), pv.held())
                        + " joint visits; agencies per visit, mean " + cmp(v.meanAgencies(), pv.meanAgencies()));
            }
            line(regular, 10, "Partnership: " + cmp(v.heldPartnership(), pv.heldPartnership())
                    + " joint visits; agencies per visit, mean " + cmp(v.meanAgenciesPartnership(), pv.meanAgenciesPartnership()));
            for (VisitFigures.SizeCount c : v.agenciesPerVisit()) {
                line(regular, 10, "  " + c.agencies() + " agencies: " + c.visits() + " visits");
            }
            List<VisitFigures.AgencyVisits> parts = new ArrayList<>(v.agencies().stream().filter(a -> a.visits() > 0).toList());
            parts.add(v.partnership());
            for (VisitFigures.AgencyVisits a : parts) {
                line(regular, 10, a.agencyName() + ": took part in " + a.visits() + ", outcomes recorded "
                        + a.outcomesRecorded() + " (arrests " + a.arrests() + ", notices " + a.notices() + ", seizures "
                        + a.seizures() + ", advice given " + a.adviceGiven() + ")");
            }
        }
        for (FollowUpCount f : s.followUpsOverdue()) {
            line(regular, 10, f.agencyName() + ": " + f.overdue() + " follow-up tasks overdue now");
        }
        line(regular, 10, "Partnership: " + s.followUpsOverdueTotal() + " follow-up tasks overdue now");

        out.close();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        document.save(bytes);
        document.close();
        return bytes.toByteArray();
    }

    private static long teamCount(Figures f, String label) {
        return f.teams().stream().filter(t -> t.label().equals(label)).mapToLong(TeamCount::referrals).sum();
    }

    private static String cmp(Number now, Number before) {
        return (now == null ? "-" : now.toString()) + " (" + (before == null ? "-" : before.toString()) + ")";
    }

    private void heading(String text) throws IOException {
        line(bold, 12, text);
    }

    private void gap() {
        y -= LEADING / 2;
    }

    /** Writes text, wrapping at the margin and starting a new page when the page is full. */
    private void line(PDType1Font font, float size, String text) throws IOException {
        float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
        for (String wrapped : wrap(font, size, safe(font, text), width)) {
            if (y < MARGIN) {
                out.close();
                newPage();
            }
            out.beginText();
            out.setFont(font, size);
            out.newLineAtOffset(MARGIN, y);
            out.showText(wrapped);
            out.endText();
            y -= size + 4;
        }
    }

    private static List<String> wrap(PDType1Font font, float size, String text, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = current.isEmpty() ? word : current + " " + word;
            if (!current.isEmpty() && font.getStringWidth(candidate) / 1000 * size > width) {
                lines.add(current.toString());
                current = new StringBuilder(word);
            } else {
                current = new StringBuilder(candidate);
            }
        }
        lines.add(current.toString());
        return lines;
    }

    /** The standard fonts cover WinAnsi only: anything else becomes '?'. */
    private static String safe(PDType1Font font, String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> {
            String ch = new String(Character.toChars(c));
            try {
                font.encode(ch);
                out.append(ch);
            } catch (IOException | IllegalArgumentException e) {
                out.append('?');
            }
        });
        return out.toString();
    }

    private void newPage() throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        out = new PDPageContentStream(document, page);
        y = PDRectangle.A4.getHeight() - MARGIN;
    }
}
