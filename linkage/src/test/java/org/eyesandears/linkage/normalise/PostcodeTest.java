package org.eyesandears.linkage.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PostcodeTest {

    @Test
    void ukPostcodesAreCanonicalisedWithOutwardAndInwardParts() {
        Postcode p = Postcode.parse("sw1a1aa");
        assertThat(p.value()).isEqualTo("SW1A 1AA");
        assertThat(p.outward()).isEqualTo("SW1A");
        assertThat(p.inward()).isEqualTo("1AA");
        assertThat(Postcode.parse(" SW1A  1AA ").value()).isEqualTo("SW1A 1AA");
        assertThat(Postcode.parse("m1 3he").value()).isEqualTo("M1 3HE");
        assertThat(Postcode.parse("B11 1AN").outward()).isEqualTo("B11");
        assertThat(Postcode.parse("ec1a-1bb").value()).isEqualTo("EC1A 1BB");
    }

    @Test
    void usZipCodesKeepFiveDigitsAndTheirAreaPrefix() {
        assertThat(Postcode.parse("60610").value()).isEqualTo("60610");
        assertThat(Postcode.parse("60610-1234").value()).isEqualTo("60610");
        assertThat(Postcode.parse("60610").outward()).isEqualTo("606");
        assertThat(Postcode.parse("60610").inward()).isNull();
    }

    @Test
    void otherFormatsAreKeptForExactComparison() {
        assertThat(Postcode.parse("d02 x285").value()).isEqualTo("D02X285");
        assertThat(Postcode.parse("d02 x285").outward()).isNull();
        assertThat(Postcode.parse("  ")).isNull();
        assertThat(Postcode.parse(null)).isNull();
    }
}
