package org.eyesandears.agency.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eyesandears.agency.service.AgencySummary;
import org.eyesandears.agency.service.ContactSummary;
import org.eyesandears.agency.service.IndicatorSummary;
import org.junit.jupiter.api.Test;

class ConcernCardPdfTest {

    private static final Map<String, AgencySummary> AGENCIES = Map.of(
            "FIRE", new AgencySummary("FIRE", "Fire and rescue (fire protection)", true, 5, 20, 6, "Fire and rescue", 0),
            "HOUSING", new AgencySummary("HOUSING", "Housing (HMOs)", true, 5, 20, 6, "Housing", 0),
            "HMRC", new AgencySummary("HMRC", "HMRC (tax and national minimum wage)", true, 5, 20, 6, "HMRC", 0));

    private static IndicatorSummary indicator(String code, String area, String wording, String guidance,
                                              String... receivers) {
        return new IndicatorSummary(code, area, wording, 2, List.of(receivers), guidance, 1, true, 0);
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    private static int pages(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        }
    }

    @Test
    void theCardListsEachIndicatorUnderItsHeadingWithReceiversGuidanceAndWhomToContact() throws Exception {
        byte[] pdf = new ConcernCardPdf().pdf(
                List.of(indicator("FIRE_SLEEPING", "Fire protection", "People sleeping above the shop",
                                "Note where people sleep and how they would get out.", "FIRE", "HOUSING"),
                        indicator("HMRC_TWO_TILLS", "HMRC", "Two tills (one for undeclared trade)", null, "HMRC")),
                AGENCIES,
                List.of(new ContactSummary(1, "FIRE", "Fire and rescue (fire protection)", "Fire protection hub",
                                "01632 960141", "fire.protection@bedsfire.example.gov.uk", "Bedfordshire", null, true, 0),
                        new ContactSummary(2, "HMRC", "HMRC (tax and national minimum wage)", "Partnership contact", null,
                                "partnership.spoc@hmrc.example.gov.uk", "England", null, true, 0),
                        new ContactSummary(3, "HOUSING", "Housing (HMOs)", "HMO licensing", "01632 960121", null, "Luton",
                                "LU1 LU2", true, 0)),
                LocalDate.parse("2026-12-06"));

        String text = text(pdf);
        assertThat(pages(pdf)).isEqualTo(1);
        assertThat(text).contains("Eyes and Ears: Concern Card", "Printed 6 December 2026",
                "Fire protection [ ] People sleeping above the shop Goes to: Fire and rescue, Housing",
                "What to note: Note where people sleep and how they would get out.",
                "HMRC [ ] Two tills (one for undeclared trade) Goes to: HMRC Whom to contact",
                "Fire and rescue (fire protection) Fire protection hub, Bedfordshire: 01632 960141, fire.protection@bedsfire.example.gov.uk",
                "Partnership contact, England: partnership.spoc@hmrc.example.gov.uk",
                "HMO licensing, Luton (LU1 LU2): 01632 960121", "OFFICIAL | Page 1 of 1");
    }

    @Test
    void aLongCardRunsOntoNumberedPagesWithoutLosingAnIndicator() throws Exception {
        List<IndicatorSummary> many = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            many.add(indicator("I" + i, "Area " + (i % 4), "Sign number " + i + " of sixty",
                    "Guidance " + i + " that is long enough to wrap onto a second line on the card when printed at"
                            + " nine points across the width of an A4 page with its margins.", "FIRE"));
        }
        byte[] pdf = new ConcernCardPdf().pdf(many, AGENCIES, List.of(), LocalDate.parse("2026-12-06"));

        int pages = pages(pdf);
        assertThat(pages).isGreaterThan(1);
        String text = text(pdf);
        for (int i = 1; i <= 60; i++) {
            assertThat(text).contains("Sign number " + i + " of sixty");
        }
        assertThat(text).contains("OFFICIAL | Page " + pages + " of " + pages, "No contact points are recorded yet.");
    }
}
