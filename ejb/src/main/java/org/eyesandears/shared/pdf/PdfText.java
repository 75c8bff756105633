package org.eyesandears.shared.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The application's printable documents (briefing packs, tasking packs): A4 text laid down the page
 * with word wrap, running onto further pages rather than being cut, in PDFBox's own copy of
 * Liberation Sans (SIL Open Font Licence), which covers accented Latin names; characters it cannot
 * draw print as "?". Strong lines are in Helvetica Bold (a standard PDF font, not embedded) when it
 * can draw every character, otherwise in the regular font. Every page carries the protective marking
 * at its head and foot and "Page n of m", as government documents must. Text only, so it reads aloud
 * and copies cleanly.
 *
 * <pre>{@code
 * PdfText pdf = new PdfText("Visit briefing", "OFFICIAL-SENSITIVE", "Eyes and Ears joint visit briefing, do not forward");
 * pdf.heading("Risk notes", 12);
 * pdf.text("Dog on the premises");
 * byte[] bytes = pdf.finish();
 * }</pre>
 */
public final class PdfText {

    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final float MARGIN = 50;
    private static final float BODY = 10;
    private static final float INDENT = 22;

    private final PDDocument doc = new PDDocument();
    private final PDFont font;
    private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private final String marking;
    private final String header;
    private PDPageContentStream page;
    private float y;

    /**
     * @param title the document's title (its metadata)
     * @param marking the protective marking on every page, e.g. OFFICIAL-SENSITIVE
     * @param header what the document is (and any handling instruction), beside the marking at each page's head
     */
    public PdfText(String title, String marking, String header) {
        this.marking = marking;
        this.header = header;
        try (InputStream in = PdfText.class.getResourceAsStream(FONT)) {
            this.font = PDType0Font.load(doc, in);
            doc.getDocumentInformation().setTitle(title);
            doc.getDocumentInformation().setAuthor("Eyes and Ears");
            newPage();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start a PDF", e);
        }
    }

    /** A heading, after a little space. */
    public PdfText heading(String text, float size) {
        gap();
        write(text, size, font, 0);
        return this;
    }

    /** Body text; each line break starts a new paragraph. */
    public PdfText text(String text) {
        return text(text, BODY);
    }

    /** Text in another size; each line break starts a new paragraph. */
    public PdfText text(String text, float size) {
        for (String paragraph : text.split("\\R")) {
            write(paragraph, size, font, 0);
        }
        return this;
    }

    /** A line in bold, e.g. a checklist item; in the regular font when bold cannot draw all of it. */
    public PdfText strong(String text, float size) {
        write(text, size, printable(bold, text).equals(text) ? bold : font, 0);
        return this;
    }

    /** Text indented under the line before it, e.g. an item's details. */
    public PdfText indented(String text, float size) {
        write(text, size, font, INDENT);
        return this;
    }

    /** A little vertical space. */
    public PdfText gap() {
        y -= BODY * 0.6f;
        return this;
    }

    /** Stamps every page's foot with the marking and "Page n of m"; the document's bytes. */
    public byte[] finish() {
        try {
            page.close();
            int pages = doc.getNumberOfPages();
            for (int i = 0; i < pages; i++) {
                try (PDPageContentStream foot = new PDPageContentStream(doc, doc.getPage(i),
                        PDPageContentStream.AppendMode.APPEND, true, true)) {
                    small(foot, marking + "  |  Page " + (i + 1) + " of " + pages, 25);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            doc.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the PDF", e);
        }
    }

    private void write(String text, float size, PDFont in, float indent) {
        try {
            for (String line : wrap(printable(in, text), in, size, PDRectangle.A4.getWidth() - 2 * MARGIN - indent)) {
                if (y < MARGIN + size) {
                    newPage();
                }
                page.beginText();
                page.setFont(in, size);
                page.newLineAtOffset(MARGIN + indent, y);
                page.showText(line);
                page.endText();
                y -= size * 1.35f;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the PDF", e);
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

    /** Characters the font cannot draw (emoji, some scripts) become "?" rather than failing. */
    private static String printable(PDFont font, String text) {
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
        small(page, marking + "  |  " + header, PDRectangle.A4.getHeight() - 30);
        y = PDRectangle.A4.getHeight() - MARGIN - 10;
    }

    private void small(PDPageContentStream stream, String text, float at) throws IOException {
        stream.beginText();
        stream.setFont(font, 8);
        stream.newLineAtOffset(MARGIN, at);
        stream.showText(printable(font, text));
        stream.endText();
    }
}
