package org.eyesandears.shared.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfTextTest {

    @Test
    void everyPageOfALongDocumentIsMarkedAtHeadAndFootAndNumbered() throws Exception {
        PdfText pdf = new PdfText("Test", "OFFICIAL-SENSITIVE", "Test pack, do not forward");
        for (int i = 0; i < 150; i++) {
            pdf.text("Line " + i + ": Café Ñandú, a name with accents, and a cake 🍰 the font cannot draw.");
        }
        try (PDDocument doc = Loader.loadPDF(pdf.finish())) {
            int pages = doc.getNumberOfPages();
            assertThat(pages).isGreaterThan(1);
            for (int page = 1; page <= pages; page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(doc);
                assertThat(text).contains("OFFICIAL-SENSITIVE  |  Test pack, do not forward",
                        "OFFICIAL-SENSITIVE  |  Page " + page + " of " + pages);
            }
            String all = new PDFTextStripper().getText(doc);
            assertThat(all).contains("Line 0: Café Ñandú", "Line 149:", "a cake ? the font");
        }
    }
}
