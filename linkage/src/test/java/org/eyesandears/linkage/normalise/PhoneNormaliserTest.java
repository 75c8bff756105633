package org.eyesandears.linkage.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhoneNormaliserTest {

    @Test
    void ukNumbersCompareEqualWithOrWithoutCountryCodeAndTrunkPrefix() {
        String expected = "2079460000";
        assertThat(PhoneNormaliser.normalise("020 7946 0000")).isEqualTo(expected);
        assertThat(PhoneNormaliser.normalise("+44 20 7946 0000")).isEqualTo(expected);
        assertThat(PhoneNormaliser.normalise("0044 20 7946 0000")).isEqualTo(expected);
        assertThat(PhoneNormaliser.normalise("+44 (0)20 7946 0000")).isEqualTo(expected);
        assertThat(PhoneNormaliser.normalise("(020) 7946-0000")).isEqualTo(expected);
        assertThat(PhoneNormaliser.normalise("07700 900123")).isEqualTo("7700900123");
    }

    @Test
    void northAmericanNumbersDropTheirLongDistancePrefix() {
        assertThat(PhoneNormaliser.normalise("1-312-534-8440")).isEqualTo("3125348440");
        assertThat(PhoneNormaliser.normalise("+1 (312) 534-8440")).isEqualTo("3125348440");
        assertThat(PhoneNormaliser.normalise("534-8440")).isEqualTo("5348440");
    }

    @Test
    void localPartLetsNumbersWithoutAreaCodeMeet() {
        assertThat(PhoneNormaliser.local(PhoneNormaliser.normalise("(312) 534-8440")))
                .isEqualTo(PhoneNormaliser.local(PhoneNormaliser.normalise("5348440")));
    }

    @Test
    void extensionsAreIgnoredAndShortJunkIsMissing() {
        assertThat(PhoneNormaliser.normalise("0113 496 0101 ext 23")).isEqualTo("1134960101");
        assertThat(PhoneNormaliser.normalise("0113 496 0101 x23")).isEqualTo("1134960101");
        assertThat(PhoneNormaliser.normalise("n/a")).isNull();
        assertThat(PhoneNormaliser.normalise("123")).isNull();
        assertThat(PhoneNormaliser.normalise(null)).isNull();
    }
}
