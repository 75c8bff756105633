package org.eyesandears.shared.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void keepsOrdinaryTextLineFeedsTabsAndAccentsAsTheyAre() {
        String typed = "Café \"Zoë's\"\n\tTwo tills – one hidden; £200 cash";
        assertThat(Text.clean(typed)).isSameAs(typed);
    }

    @Test
    void dropsNulAndOtherControlCharacters() {
        assertThat(Text.clean("Chicken\u0000 Shop\u0007\u001b[31m\u007f\u0085")).isEqualTo("Chicken Shop[31m");
    }

    @Test
    void turnsCarriageReturnsIntoOneLineFeed() {
        assertThat(Text.clean("first\r\nsecond\rthird")).isEqualTo("first\nsecond\nthird");
    }

    @Test
    void dropsBidirectionalOverridesSoANameReadsAsStored() {
        // "invoice\u202Efdp.exe" shows as "invoiceexe.pdf" in many viewers
        assertThat(Text.clean("invoice\u202Efdp.exe")).isEqualTo("invoicefdp.exe");
        assertThat(Text.clean("a\u2066b\u2067c\u2068d\u2069e\u202a\u202b\u202c\u202d")).isEqualTo("abcde");
    }

    @Test
    void leavesNullAlone() {
        assertThat(Text.clean(null)).isNull();
    }

    @Test
    void cutsLongNamesWithoutSplittingACharacterAndMarksTheCut() {
        assertThat(Text.cut("Kebab Palace", 80)).isEqualTo("Kebab Palace");
        String cake = "🍰".repeat(100);
        String cut = Text.cut(cake, 80);
        assertThat(cut.codePointCount(0, cut.length())).isEqualTo(80);
        assertThat(cut).endsWith("🍰…");
    }
}
