package org.eyesandears.referral.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.eyesandears.referral.model.HandlingCode;
import org.eyesandears.referral.model.IntelligenceAssessment;
import org.eyesandears.referral.model.PersonCategory;
import org.eyesandears.referral.model.SourceEvaluation;
import org.eyesandears.referral.model.Urgency;
import org.eyesandears.shared.validation.InvalidInputException.Violation;
import org.junit.jupiter.api.Test;

class ReferralValidatorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    private static NewReferral.NewBusiness premises(String postcode, String companyNumber, String uprn) {
        return new NewReferral.NewBusiness("Chicken Shop", "12 The Broadway", null, "Luton", postcode,
                "01582 000000", companyNumber, uprn, "TAKEAWAY");
    }

    private static NewReferral card(NewReferral.NewBusiness business, LocalDate visit, List<String> indicators,
                                    String other, String otherAgency, HandlingCode handling, String conditions) {
        return new NewReferral(null, business, visit, "Inspection", indicators, other, otherAgency,
                "Mattresses in the store room.",
                List.of(new NewReferral.NewPerson("Kitchen worker", "cook", PersonCategory.VICTIM)),
                new NewReferral.NewGrading(SourceEvaluation.RELIABLE, IntelligenceAssessment.B, handling, conditions),
                Urgency.ROUTINE);
    }

    private static List<String> fields(List<Violation> violations) {
        return violations.stream().map(Violation::field).toList();
    }

    @Test
    void aCompleteCardPasses() {
        assertThat(ReferralValidator.validate(card(premises("lu1 1aa", "SC123456", "100023336956"), TODAY,
                List.of("HMRC_TWO_TILLS"), null, null, HandlingCode.P, null), TODAY)).isEmpty();
    }

    @Test
    void postcodesAreCanonicalisedAndCheckedAsUkPostcodes() {
        assertThat(ReferralValidator.canonicalPostcode(" sw1a1aa ")).isEqualTo("SW1A 1AA");
        assertThat(ReferralValidator.canonicalPostcode("EC1A  1BB")).isEqualTo("EC1A 1BB");
        assertThat(fields(ReferralValidator.validate(card(premises("W1A 0AX", null, null), TODAY,
                List.of("DC_PESTS"), null, null, HandlingCode.P, null), TODAY))).isEmpty();
        assertThat(fields(ReferralValidator.validate(card(premises("12345", null, null), TODAY,
                List.of("DC_PESTS"), null, null, HandlingCode.P, null), TODAY)))
                .containsExactly("newBusiness.postcode");
    }

    @Test
    void companyNumbersTakeCompaniesHouseForms() {
        assertThat(ReferralValidator.canonicalCompanyNumber("1234567")).isEqualTo("01234567");
        assertThat(ReferralValidator.canonicalCompanyNumber("sc 123456")).isEqualTo("SC123456");
        assertThat(fields(ReferralValidator.validate(card(premises("LU1 1AA", "ABC12", "12ab"), TODAY,
                List.of("DC_PESTS"), null, null, HandlingCode.P, null), TODAY)))
                .containsExactly("newBusiness.companyNumber", "newBusiness.uprn");
    }

    @Test
    void aVisitCannotBeInTheFuture() {
        assertThat(fields(ReferralValidator.validate(card(premises("LU1 1AA", null, null), TODAY.plusDays(1),
                List.of("DC_PESTS"), null, null, HandlingCode.P, null), TODAY))).containsExactly("visitDate");
    }

    @Test
    void anIndicatorOrAnOtherConcernWithItsAgencyIsRequired() {
        assertThat(fields(ReferralValidator.validate(card(premises("LU1 1AA", null, null), TODAY,
                List.of(), null, null, HandlingCode.P, null), TODAY))).containsExactly("indicatorCodes");
        assertThat(fields(ReferralValidator.validate(card(premises("LU1 1AA", null, null), TODAY,
                List.of(), "Fly-tipping behind the shop", null, HandlingCode.P, null), TODAY)))
                .containsExactly("otherConcernAgency");
        assertThat(ReferralValidator.validate(card(premises("LU1 1AA", null, null), TODAY,
                List.of(), "Fly-tipping behind the shop", "FOOD", HandlingCode.P, null), TODAY)).isEmpty();
    }

    @Test
    void handlingCodeCNeedsItsConditions() {
        assertThat(fields(ReferralValidator.validate(card(premises("LU1 1AA", null, null), TODAY,
                List.of("DC_PESTS"), null, null, HandlingCode.C, " "), TODAY))).containsExactly("grading.conditions");
        assertThat(ReferralValidator.validate(card(premises("LU1 1AA", null, null), TODAY,
                List.of("DC_PESTS"), null, null, HandlingCode.C, "Not to be shared with the licensee"), TODAY))
                .isEmpty();
    }

    @Test
    void anObservationOverFourThousandCharactersIsRefused() {
        NewReferral base = card(premises("LU1 1AA", null, null), TODAY, List.of("DC_PESTS"), null, null,
                HandlingCode.P, null);
        NewReferral tooLong = new NewReferral(null, base.newBusiness(), TODAY, null, base.indicatorCodes(),
                null, null, "x".repeat(4001), List.of(), base.grading(), Urgency.URGENT);

        assertThat(fields(ReferralValidator.validate(tooLong, TODAY))).containsExactly("observation");
    }
}
