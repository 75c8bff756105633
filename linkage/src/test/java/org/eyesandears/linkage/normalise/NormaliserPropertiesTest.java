package org.eyesandears.linkage.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class NormaliserPropertiesTest {

    @Property
    void nameNormalisationIsIdempotent(@ForAll String raw) {
        String once = NameNormaliser.normalise(raw);
        if (once != null) {
            assertThat(NameNormaliser.normalise(once)).isEqualTo(once);
        }
    }

    @Property
    void nameNormalisationIgnoresCase(@ForAll("names") String raw) {
        assertThat(NameNormaliser.normalise(raw.toUpperCase(java.util.Locale.ROOT)))
                .isEqualTo(NameNormaliser.normalise(raw.toLowerCase(java.util.Locale.ROOT)));
    }

    @Property
    void postcodesSurviveAnySpacingAndCase(@ForAll("ukPostcodes") String canonical,
            @ForAll boolean lower, @ForAll boolean squash) {
        String typed = squash ? canonical.replace(" ", "") : canonical.replace(" ", "   ");
        typed = lower ? typed.toLowerCase(java.util.Locale.ROOT) : typed;
        Postcode p = Postcode.parse(typed);
        assertThat(p.value()).isEqualTo(canonical);
        assertThat(Postcode.parse(p.value())).isEqualTo(p);
    }

    @Property
    void ukPhoneFormsAllCompareEqual(@ForAll("ukNationalNumbers") String nsn) {
        String expected = PhoneNormaliser.normalise("0" + nsn);
        assertThat(PhoneNormaliser.normalise("+44 " + nsn)).isEqualTo(expected);
        assertThat(PhoneNormaliser.normalise("0044" + nsn)).isEqualTo(expected);
        assertThat(PhoneNormaliser.normalise("+44 (0)" + nsn)).isEqualTo(expected);
        assertThat(PhoneNormaliser.normalise(expected)).isEqualTo(expected);
    }

    @Property
    void companyNumberNormalisationIsIdempotent(@ForAll("companyNumbers") String raw) {
        String once = CompanyNumberNormaliser.normalise(raw);
        assertThat(once).hasSize(8);
        assertThat(CompanyNumberNormaliser.normalise(once)).isEqualTo(once);
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.of("The Chicken Shop Ltd", "Café Zoë", "Smith & Jones LLP",
                "ST. MARY'S NURSERY", "Ocean Fish Bar", "A.B.C. Motors Limited");
    }

    @Provide
    Arbitrary<String> ukPostcodes() {
        Arbitrary<String> area = Arbitraries.of("SW", "M", "LS", "B", "EC", "G", "BT", "N");
        Arbitrary<Integer> district = Arbitraries.integers().between(1, 29);
        Arbitrary<Integer> sector = Arbitraries.integers().between(0, 9);
        Arbitrary<String> unit = Arbitraries.strings().withChars("ABDEFGHJLNPQRSTUWXYZ").ofLength(2);
        return Combinators.combine(area, district, sector, unit)
                .as((a, d, s, u) -> a + d + " " + s + u);
    }

    @Provide
    Arbitrary<String> ukNationalNumbers() {
        return Arbitraries.strings().numeric().ofLength(9).map(s -> "1" + s);
    }

    @Provide
    Arbitrary<String> companyNumbers() {
        Arbitrary<String> prefix = Arbitraries.of("", "SC", "NI", "OC", "SO", "NC", "LP", "SL", "FC");
        Arbitrary<String> digits = Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(6)
                .filter(d -> Long.parseLong(d) > 0);
        return Combinators.combine(prefix, digits).as((p, d) -> p + d);
    }
}
