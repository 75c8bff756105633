package org.eyesandears.business.linking.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.eyesandears.linkage.LinkRecord;
import org.eyesandears.linkage.model.LinkageModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the model the application ships ({@code starting-model.json}) says about pairs a linkage
 * analyst would recognise, at the application's default thresholds: ordinary ways of writing one
 * business at one address are linked or put first in the review queue, different businesses at
 * one address are kept apart, and the pairs the integration tests and the demo data rely on to
 * fill the review queue really fall between the two thresholds. A refit of the model that breaks
 * one of these fails here, before any container starts.
 */
class StartingModelTest {

    private static final LinkThresholds DEFAULTS = new LinkThresholds(LinkThresholds.DEFAULT_UPPER,
            LinkThresholds.DEFAULT_LOWER);
    /** A street name nobody else uses, as the integration tests' {@code LinkageFixtures.uniqueRoad()} makes. */
    private static final String UNIQUE_ROAD = "Qobvarne";
    private static final String UNIQUE_POSTCODE = "ZE47 3QX";

    private static LinkageModel model;

    @BeforeAll
    static void loadTheShippedModel() throws IOException {
        try (InputStream in = RegisterIndex.class.getResourceAsStream(RegisterIndex.MODEL)) {
            assertThat(in).as("the application ships " + RegisterIndex.MODEL).isNotNull();
            model = LinkageModel.fromJson(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private static LinkRecord premises(String id, String name, String address, String town, String postcode,
            String phone) {
        return LinkRecord.builder(id.startsWith("F") ? "food" : "fire", id).name(name).address(address)
                .town(town).postcode(postcode).phone(phone).build();
    }

    private static double probability(LinkRecord a, LinkRecord b) {
        return model.score(a, b).probability();
    }

    @Test
    void wordOrderAndPluralsDoNotStopOneBusinessBeingLinkedAutomatically() {
        double p = probability(premises("F1", "Palace Kebabs", "22 Mill Street", "Luton", "LU1 1AA", null),
                premises("R1", "Kebab Palace", "22 Mill Street", null, "LU1 1AA", null));

        assertThat(DEFAULTS.verdict(p)).as("Palace Kebabs / Kebab Palace at 22 Mill Street: %s", p)
                .isEqualTo(LinkThresholds.Verdict.LINK);
    }

    @Test
    void aShortAndALongFormOfOneNameAtOneAddressScoreHigh() {
        double sunrise = probability(premises("F1", "Sunrise Stores", "5 Mill Road", "Luton", "LU1 1AA", null),
                premises("R1", "Sunrise Convenience Store", "5 Mill Road", null, "LU1 1AA", null));
        double wok = probability(premises("F1", "Golden Wok", "14 George Street", "Luton", "LU1 2AF", null),
                premises("R1", "Golden Wok Chinese Takeaway", "14 George St", null, "LU1 2AF", null));

        // High, and at least first in line for an analyst: the extra words may name another
        // business at the same address, which a person can tell and the model cannot.
        assertThat(sunrise).as("Sunrise Stores / Sunrise Convenience Store").isGreaterThan(0.99);
        assertThat(wok).as("Golden Wok / Golden Wok Chinese Takeaway").isGreaterThan(0.99);
    }

    @Test
    void aLegalFormALeadingTheAndASharedPhoneLinkAutomatically() {
        double p = probability(premises("F1", "Chicken Shop Ltd", "12 Mill Broadway", null, "LU1 1AA", "01582 400123"),
                premises("R1", "The Chicken Shop", "12 The Mill Broadway", "Luton", "LU1 1AA", "01582 400123"));

        assertThat(DEFAULTS.verdict(p)).isEqualTo(LinkThresholds.Verdict.LINK);
    }

    @Test
    void clearlyDifferentBusinessesAtOneAddressAreKeptApart() {
        double noPhones = probability(premises("F1", "Kebab Palace", "22 Mill Street", "Luton", "LU1 1AA", null),
                premises("R1", "Sunrise Nails", "22 Mill Street", null, "LU1 1AA", null));
        double twoPhones = probability(premises("F1", "Kebab Palace", "22 Mill Street", "Luton", "LU1 1AA", "01582 400111"),
                premises("R1", "Sunrise Nails", "22 Mill Street", null, "LU1 1AA", "01582 400222"));
        double successor = probability(premises("F1", "Golden Dragon", "3 High Street", "Luton", "LU2 7BB", null),
                premises("R1", "Lucky Star Launderette", "3 High Street", null, "LU2 7BB", null));

        assertThat(DEFAULTS.verdict(noPhones)).as("different names, same address: %s", noPhones)
                .isEqualTo(LinkThresholds.Verdict.NEW_BUSINESS);
        assertThat(DEFAULTS.verdict(successor)).as("a successive occupant: %s", successor)
                .isEqualTo(LinkThresholds.Verdict.NEW_BUSINESS);
        assertThat(twoPhones).as("different names and different phones count strongly against")
                .isLessThan(noPhones).isLessThan(0.001);
    }

    @Test
    void theSameNameAtAnotherHouseNumberIsNeverLinkedAutomatically() {
        double p = probability(premises("F1", "Kebab Palace", "22 George Street", "Luton", "LU1 2AF", null),
                premises("R1", "Kebab Palace", "24 George Street", null, "LU1 2AF", null));

        assertThat(p).as("22 vs 24 George Street is not 'likely the same business'").isLessThan(0.5);
    }

    @Test
    void theSameAddressInTwoTownsIsNeverLinkedAutomatically() {
        // Without postcodes, "22 George Street" names a street in hundreds of towns: the town is
        // what tells them apart, even when the name and number agree.
        double p = probability(premises("F1", "Kebab Palace", "22 George Street", "Luton", null, null),
                premises("R1", "Kebab Palace", "22 George Street", "Bedford", null, null));

        assertThat(DEFAULTS.verdict(p)).as("22 George Street, Luton / Bedford: %s", p)
                .isNotEqualTo(LinkThresholds.Verdict.LINK);
    }

    @Test
    void theSameNameAtACornerOfOnePostcodeIsLinkedAutomatically() {
        // A corner shop's two doors: another street, the same UK unit postcode (ADR 0044).
        double p = probability(premises("F1", "Kebab Palace", "22 George Street", "Luton", "LU1 2AF", null),
                premises("R1", "Kebab Palace", "1 Mill Lane", null, "LU1 2AF", null));

        assertThat(DEFAULTS.verdict(p)).as("22 George Street / 1 Mill Lane, LU1 2AF: %s", p)
                .isEqualTo(LinkThresholds.Verdict.LINK);
    }

    @Test
    void theIntegrationTestsReviewPairsFallBetweenTheThresholds() {
        String phone = "01632 418207";
        // LinkReviewIT and ReviewQueueUiIT: one name and one phone, house numbers 22 and 24.
        double kebab = probability(
                premises("F2", "Kebab Palace", "22 " + UNIQUE_ROAD + " Street", "Luton", UNIQUE_POSTCODE, phone),
                premises("R-200", "Kebab Palace", "24 " + UNIQUE_ROAD + " Street", null, UNIQUE_POSTCODE, phone));
        // LinkReviewIT: a shorter name and no house number on one side.
        double sunrise = probability(
                premises("F3", "Sunrise Convenience Store", "5 " + UNIQUE_ROAD + " Road", "Luton", UNIQUE_POSTCODE, null),
                premises("R-300", "Sunrise Stores", UNIQUE_ROAD + " Rd", null, UNIQUE_POSTCODE, null));
        // ... and once the newer file writes it as the register does, it would be linked automatically.
        double sunriseLater = probability(
                premises("F3", "Sunrise Convenience Store", "5 " + UNIQUE_ROAD + " Road", "Luton", UNIQUE_POSTCODE, null),
                premises("R-300", "Sunrise Convenience Store", "5 " + UNIQUE_ROAD + " Road", null, UNIQUE_POSTCODE, null));

        assertThat(DEFAULTS.verdict(kebab)).as("Kebab Palace 22/24, same phone: %s", kebab)
                .isEqualTo(LinkThresholds.Verdict.REVIEW);
        assertThat(DEFAULTS.verdict(sunrise)).as("Sunrise Stores / Sunrise Convenience Store: %s", sunrise)
                .isEqualTo(LinkThresholds.Verdict.REVIEW);
        assertThat(DEFAULTS.verdict(sunriseLater)).isEqualTo(LinkThresholds.Verdict.LINK);
    }

    @Test
    void theDemoDatasetsReviewPairFallsBetweenTheThresholds() {
        // devstack DemoDatasets (DemoDatasetsIT): FHRS 1009 and fire FS-205.
        double p = probability(premises("F1009", "Star Cafe", "5 Church Street", "Luton", "LU1 3JE", null),
                premises("FS-205", "Star Cafe & Takeaway", "Church Street", null, "LU1 3JE", null));

        assertThat(DEFAULTS.verdict(p)).as("Star Cafe / Star Cafe & Takeaway: %s", p)
                .isEqualTo(LinkThresholds.Verdict.REVIEW);
    }
}
