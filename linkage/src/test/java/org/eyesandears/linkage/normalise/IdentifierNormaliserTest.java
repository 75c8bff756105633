package org.eyesandears.linkage.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdentifierNormaliserTest {

    @Test
    void companyNumbersArePaddedToEightCharacters() {
        assertThat(CompanyNumberNormaliser.normalise("1234567")).isEqualTo("01234567");
        assertThat(CompanyNumberNormaliser.normalise("01234567")).isEqualTo("01234567");
        assertThat(CompanyNumberNormaliser.normalise("SC 1234")).isEqualTo("SC001234");
        assertThat(CompanyNumberNormaliser.normalise("sc123456")).isEqualTo("SC123456");
        assertThat(CompanyNumberNormaliser.normalise("OC301234")).isEqualTo("OC301234");
        assertThat(CompanyNumberNormaliser.normalise("NI-612345")).isEqualTo("NI612345");
        assertThat(CompanyNumberNormaliser.normalise("R0 12345")).isEqualTo("R0012345");
        assertThat(CompanyNumberNormaliser.normalise("LP 7")).isEqualTo("LP000007");
    }

    @Test
    void unusableCompanyNumbersAreMissingAndForeignOnesKept() {
        assertThat(CompanyNumberNormaliser.normalise("00000000")).isNull();
        assertThat(CompanyNumberNormaliser.normalise(" ")).isNull();
        assertThat(CompanyNumberNormaliser.normalise("HRB 12345")).isEqualTo("HRB12345");
    }

    @Test
    void uprnsAreDigitsWithoutLeadingZeros() {
        assertThat(UprnNormaliser.normalise("000100023336956")).isEqualTo("100023336956");
        assertThat(UprnNormaliser.normalise("100023336956.0")).isEqualTo("100023336956");
        assertThat(UprnNormaliser.normalise("10002 3336956")).isEqualTo("100023336956");
        assertThat(UprnNormaliser.normalise("ABC123")).isNull();
        assertThat(UprnNormaliser.normalise("1234567890123")).isNull();
    }

    @Test
    void contactNamesIgnoreTitlesAndOrder() {
        assertThat(PersonNameNormaliser.normalise("Smith, John"))
                .isEqualTo(PersonNameNormaliser.normalise("Mr John SMITH"))
                .isEqualTo("john smith");
    }
}
