package org.eyesandears.agency.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.eyesandears.agency.service.AgencyService;
import org.eyesandears.agency.service.AgencySummary;
import org.eyesandears.agency.service.ContactSummary;
import org.eyesandears.agency.service.IndicatorSummary;
import org.eyesandears.agency.service.ReferenceDataService;
import org.eyesandears.shared.time.London;

/**
 * The printable Concern Card: the golden indicators offered now, grouped by heading, each with the
 * agencies it goes to and the guidance for officers, then whom to contact in each agency and area.
 * Built from the live reference data at each download, so a reprint after an administrator's edit
 * shows the new wording. A4, continuing onto further pages rather than cutting anything; pages
 * numbered.
 */
@ApplicationScoped
public class ConcernCardPdf {

    @Inject
    AgencyService agencyService;

    @Inject
    ReferenceDataService referenceData;

    @Inject
    Clock clock;

    /** The card from the indicators and contacts in use now, as the caller's services return them. */
    public byte[] live() {
        return pdf(agencyService.listIndicators(), agencyService.agenciesByCode(), referenceData.contacts(),
                London.today(clock));
    }

    /** PDFBox's own copy of Liberation Sans (SIL Open Font Licence), as the briefing pack uses. */
    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    public byte[] pdf(List<IndicatorSummary> indicators, Map<String, AgencySummary> agencies,
                      List<ContactSummary> contacts, LocalDate printedOn) {
        try (PDDocument doc = new PDDocument();
             InputStream regular = ConcernCardPdf.class.getResourceAsStream(FONT)) {
            PDFont plain = PDType0Font.load(doc, regular);
            // Headings in Helvetica Bold (a standard PDF font, not embedded); what it cannot draw becomes "?".
            PDFont strong = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            Writer w = new Writer(doc, plain, strong);
            w.line("Eyes and Ears: Concern Card", 16, true);
            w.line("Seen any of these signs at a business? Log a concern in Eyes and Ears (Log a concern) the same day."
                    + " Each sign goes to the agencies named beside it. If anyone is in immediate danger, call 999.", 9, false);
            w.line("Printed " + London.DATE.format(printedOn) + " from the indicators in use that day.", 8, false);
            Map<String, List<IndicatorSummary>> byArea = new LinkedHashMap<>();
            indicators.forEach(i -> byArea.computeIfAbsent(i.concernArea(), k -> new ArrayList<>()).add(i));
            for (Map.Entry<String, List<IndicatorSummary>> area : byArea.entrySet()) {
                w.gap();
                w.line(area.getKey(), 12, true);
                for (IndicatorSummary i : area.getValue()) {
                    w.line("[  ]  " + i.wording(), 10, true);
                    w.indented("Goes to: " + String.join(", ", i.receivingAgencies().stream()
                            .map(code -> agencies.containsKey(code) ? agencies.get(code).shortName() : code).toList()), 9);
                    if (i.guidance() != null && !i.guidance().isBlank()) {
                        w.indented("What to note: " + i.guidance(), 9);
                    }
                }
            }
            w.gap();
            w.line("Whom to contact", 12, true);
            if (contacts.isEmpty()) {
                w.line("No contact points are recorded yet.", 9, false);
            }
            String agency = null;
            for (ContactSummary c : contacts) {
                if (!c.agencyCode().equals(agency)) {
                    agency = c.agencyCode();
                    w.line(agencies.containsKey(agency) ? agencies.get(agency).name() : c.agencyName(), 10, true);
                }
                StringBuilder s = new StringBuilder(c.name()).append(", ").append(c.area());
                if (c.postcodeDistricts() != null) {
                    s.append(" (").append(c.postcodeDistricts()).append(')');
                }
                if (c.phone() != null) {
                    s.append(": ").append(c.phone());
                }
                if (c.email() != null) {
                    s.append(c.phone() == null ? ": " : ", ").append(c.email());
                }
                w.indented(s.toString(), 9);
            }
            w.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the Concern Card", e);
        }
    }

    /** Lays text down the page with word wrap, a new page when one is full, page numbers at the end. */
    private static final class Writer {
        private static final float MARGIN = 45;
        private static final float INDENT = 22;
        private final PDDocument doc;
        private final PDFont plain;
        private final PDFont bold;
        private PDPageContentStream page;
        private float y;

        Writer(PDDocument doc, PDFont plain, PDFont bold) throws IOException {
            this.doc = doc;
            this.plain = plain;
            this.bold = bold;
            newPage();
        }

        void gap() {
            y -= 5;
        }

        void line(String text, float size, boolean strong) throws IOException {
            write(text, size, strong ? bold : plain, 0);
        }

        void indented(String text, float size) throws IOException {
            write(text, size, plain, INDENT);
        }

        private void write(String text, float size, PDFont font, float indent) throws IOException {
            for (String line : wrap(printable(font, text), font, size, PDRectangle.A4.getWidth() - 2 * MARGIN - indent)) {
                if (y < MARGIN + size + 10) {
                    newPage();
                }
                page.beginText();
                page.setFont(font, size);
                page.newLineAtOffset(MARGIN + indent, y);
                page.showText(line);
                page.endText();
                y -= size * 1.3f;
            }
        }

        private static List<String> wrap(String text, PDFont font, float size, float width) throws IOException {
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

        /** Characters the font cannot draw become "?" rather than failing; line breaks become spaces. */
        private static String printable(PDFont font, String text) {
            StringBuilder out = new StringBuilder();
            text.replaceAll("\\s+", " ").codePoints().forEach(cp -> {
                String s = new String(Character.toChars(cp));
                try {
                    font.encode(s);
                    out.append(s);
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
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        void finish() throws IOException {
            page.close();
            int total = doc.getNumberOfPages();
            for (int n = 0; n < total; n++) {
                try (PDPageContentStream footer = new PDPageContentStream(doc, doc.getPage(n),
                        PDPageContentStream.AppendMode.APPEND, true)) {
                    footer.beginText();
                    footer.setFont(plain, 8);
                    footer.newLineAtOffset(MARGIN, 25);
                    footer.showText("Eyes and Ears Concern Card, page " + (n + 1) + " of " + total);
                    footer.endText();
                }
            }
        }
    }
}
