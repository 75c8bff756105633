package org.eyesandears.agency.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class LeadAdviceTest {

    private static long ids;

    private static PowerSummary power(String agency, String kind, String title) {
        return new PowerSummary(++ids, agency, agency + " name", kind, title, "Act " + ids, null, true, 0);
    }

    private static final List<PowerSummary> DIRECTORY = List.of(
            power("HMRC", "PAY_RECORDS", "Require pay records"),
            power("HMRC", "INSPECTION", "Inspect for tax"),
            power("IMMIGRATION", "ENTRY_WITHOUT_WARRANT", "Enter to arrest"),
            power("IMMIGRATION", "CLOSURE", "Illegal working closure notice"),
            power("IMMIGRATION", "CIVIL_PENALTY", "Civil penalty"),
            power("FOOD", "ENTRY_WITHOUT_WARRANT", "Enter food premises"),
            power("FOOD", "PROHIBITION", "Hygiene emergency prohibition"),
            power("INSOLVENCY", "DIRECTOR_DISQUALIFICATION", "Disqualify directors"));

    @Test
    void anEnforcementVisitIsLedByTheInterestedAgencyThatCanGetInWithTheMostEnforcementPowers() {
        LeadAdvice.Suggestion s = LeadAdvice.suggest(List.of("HMRC", "FOOD", "IMMIGRATION"), "ENFORCEMENT", DIRECTORY);

        assertThat(s.agencyCode()).isEqualTo("IMMIGRATION");
        assertThat(s.powers()).hasSize(3).first().asString().startsWith("Enter to arrest (Act ");
        assertThat(s.reason()).isEqualTo("It can enter without a warrant; it holds 3 powers an enforcement visit may need.");
    }

    @Test
    void complianceSupportCountsInspectionAndPayRecordsSoHmrcLeadsOverFood() {
        LeadAdvice.Suggestion s = LeadAdvice.suggest(List.of("FOOD", "HMRC"), "COMPLIANCE_SUPPORT", DIRECTORY);

        assertThat(s.agencyCode()).isEqualTo("HMRC");
        assertThat(s.powers()).containsExactly("Require pay records (Act 1)", "Inspect for tax (Act 2)");
        assertThat(s.reason()).isEqualTo("It has a power of inspection; it holds 2 powers a compliance support visit may need.");
    }

    @Test
    void anAgencyThatCanGetInBeatsOneWithMorePowersButNoEntry() {
        List<PowerSummary> directory = List.of(power("A", "CLOSURE", "c1"), power("A", "SEIZURE", "s1"),
                power("A", "CIVIL_PENALTY", "p1"), power("B", "ENTRY_WITHOUT_WARRANT", "e1"));

        assertThat(LeadAdvice.suggest(List.of("A", "B"), "ENFORCEMENT", directory).agencyCode()).isEqualTo("B");
    }

    @Test
    void onEqualPowersTheAgencyWithMoreInterestComesFirst() {
        assertThat(LeadAdvice.suggest(List.of("FOOD", "IMMIGRATION"), null,
                List.of(power("IMMIGRATION", "ENTRY_WITHOUT_WARRANT", "i"), power("FOOD", "ENTRY_WITHOUT_WARRANT", "f")))
                .agencyCode()).isEqualTo("FOOD");
    }

    @Test
    void noSuggestionWhenNoInterestedAgencyHoldsAPowerTheVisitMayNeed() {
        assertThat(LeadAdvice.suggest(List.of("INSOLVENCY"), "ENFORCEMENT", DIRECTORY)).isNull();
        assertThat(LeadAdvice.suggest(List.of(), "MIXED", DIRECTORY)).isNull();
    }
}
