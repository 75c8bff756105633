package org.eyesandears.visit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eyesandears.referral.service.ReferralBrief;
import org.eyesandears.visit.service.VisitDetail;
import org.eyesandears.visit.service.VisitSummary;
import org.junit.jupiter.api.Test;

class BriefingPackTest {

    private static VisitSummary summary(String name) {
        return new VisitSummary(1, 2, name, "12 The Broadway", "LU6 1AA", "LU6",
                Instant.parse("2026-07-01T09:00:00Z"), Instant.parse("2026-07-01T11:00:00Z"), "MIXED", "LICENSING",
                "Licensing", List.of("LICENSING", "FOOD"), "CONFIRMED", null, null, true, 3);
    }

    private static VisitDetail detail(String name, String riskNotes, List<ReferralBrief> referrals) {
        return new VisitDetail(summary(name), null,
                List.of(new VisitDetail.Participant("LICENSING", "Licensing", 2, "ACCEPTED", null, true),
                        new VisitDetail.Participant("FOOD", "Food safety and environmental health", 1, "ACCEPTED", null, false)),
                true, riskNotes, List.of(new VisitDetail.Officer("officer.food", "Fatima Okafor", "Food safety")),
                referrals, List.of(), List.of(), List.of(),
                List.of(new VisitDetail.PastVisit(9, Instant.parse("2026-03-02T10:00:00Z"), "Fire and rescue", "DONE")),
                false, false, false);
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
    void aUsualVisitFitsOnePageInLondonTimeWithConditionsOfCGradedReferralsInCapitals() throws Exception {
        ReferralBrief cGraded = new ReferralBrief(5, "EE-2026-000005", LocalDate.parse("2026-06-20"), "1/B/C",
                "Not to be shared with the business's landlord", List.of("Two tills (one for undeclared trade)"),
                "Second till under the counter.", null);
        ReferralBrief erased = new ReferralBrief(6, "EE-2019-000006", LocalDate.parse("2019-02-01"), "2/C/P", null,
                List.of(), "", LocalDate.parse("2026-05-04"));
        byte[] pdf = new BriefingPack().pdf(detail("The Chicken Shop", "Dog on the premises", List.of(cGraded, erased)));

        assertThat(pages(pdf)).isEqualTo(1);
        assertThat(text(pdf)).contains("OFFICIAL-SENSITIVE", "Visit briefing: The Chicken Shop",
                "Wednesday 1 July 2026, 10:00 to 12:00 (London time)", "Licensing (lead)", "Fatima Okafor",
                "Dog on the premises", "EE-2026-000005", "HANDLING CONDITIONS: Not to be shared with the business's landlord",
                "Monday 2 March 2026, 10:00, lead Fire and rescue, done",
                "EE-2019-000006", "ERASED on 4 May 2026 after its retention review");
    }

    @Test
    void accentedNamesPrintAndCharactersTheFontLacksDoNotBreakThePack() throws Exception {
        byte[] pdf = new BriefingPack().pdf(detail("Café Łódź 🍰", "Ask for Zoë", List.of()));

        assertThat(text(pdf)).contains("Visit briefing: Café Łódź ?", "Ask for Zoë");
    }

    @Test
    void longRiskNotesRunOntoAnotherPageRatherThanBeingCut() throws Exception {
        String notes = "Line of risk notes that goes on. ".repeat(400) + "THE LAST WORDS";
        byte[] pdf = new BriefingPack().pdf(detail("Long Notes Ltd", notes, List.of()));

        assertThat(pages(pdf)).isGreaterThan(1);
        assertThat(text(pdf)).contains("THE LAST WORDS");
    }
}
