package org.eyesandears.linkage.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameNormaliserTest {

    @Test
    void variantsOfOneTradingNameAgree() {
        assertThat(NameNormaliser.normalise("The Chicken Shop Ltd.")).isEqualTo("chicken shop");
        assertThat(NameNormaliser.normalise("CHICKEN SHOP LIMITED")).isEqualTo("chicken shop");
        assertThat(NameNormaliser.normalise("  Chicken   Shop  ")).isEqualTo("chicken shop");
    }

    @Test
    void ampersandAndAndAreTheSame() {
        assertThat(NameNormaliser.normalise("Smith & Jones LLP"))
                .isEqualTo(NameNormaliser.normalise("Smith and Jones"));
        assertThat(NameNormaliser.normalise("Boys+Girls Club")).isEqualTo("boys and girls club");
    }

    @Test
    void legalSuffixesAreDroppedOnlyAtTheEnd() {
        assertThat(NameNormaliser.normalise("Acme Holdings Co Ltd")).isEqualTo("acme holdings");
        assertThat(NameNormaliser.normalise("Philips N.V.")).isEqualTo("philips");
        assertThat(NameNormaliser.normalise("Widgets Inc")).isEqualTo("widgets");
        assertThat(NameNormaliser.normalise("Acme PLC")).isEqualTo("acme");
        assertThat(NameNormaliser.normalise("Limited Edition Cakes")).isEqualTo("limited edition cakes");
        // A name that is nothing but a legal form is kept rather than erased.
        assertThat(NameNormaliser.normalise("Company")).isEqualTo("company");
    }

    @Test
    void leadingTheIsDroppedButNotALoneThe() {
        assertThat(NameNormaliser.normalise("The Red Lion")).isEqualTo("red lion");
        assertThat(NameNormaliser.normalise("Theatre Bar")).isEqualTo("theatre bar");
    }

    @Test
    void accentsApostrophesAndMangledApostrophesFold() {
        assertThat(NameNormaliser.normalise("Café Zoë")).isEqualTo("cafe zoe");
        assertThat(NameNormaliser.normalise("Patel's Newsagents")).isEqualTo("patels newsagents");
        assertThat(NameNormaliser.normalise("Patel\u2019s Newsagents")).isEqualTo("patels newsagents");
        assertThat(NameNormaliser.normalise("Children?s House")).isEqualTo("childrens house");
    }

    @Test
    void initialismsAndAbbreviationsAreWrittenOneWay() {
        assertThat(NameNormaliser.normalise("A.B.C. Nursery")).isEqualTo("abc nursery");
        assertThat(NameNormaliser.normalise("St. Lucy School")).isEqualTo("saint lucy school");
        assertThat(NameNormaliser.normalise("Albany Park Comm Ctr"))
                .isEqualTo("albany park community centre");
        assertThat(NameNormaliser.normalise("Health Center")).isEqualTo("health centre");
    }

    @Test
    void namesKeepTheirWordsButCompareThemInTheSingular() {
        assertThat(NameNormaliser.normalise("Palace Kebabs")).isEqualTo("palace kebabs");
        assertThat(NameNormaliser.wordForm("kebabs")).isEqualTo("kebab");
        assertThat(NameNormaliser.wordForm("stores")).isEqualTo("store");
        assertThat(NameNormaliser.wordForm("bakeries")).isEqualTo("bakery");
        assertThat(NameNormaliser.wordForm("churches")).isEqualTo("church");
        assertThat(NameNormaliser.wordForm("joes")).isEqualTo("joe");
        // Not plurals: kept as written.
        assertThat(NameNormaliser.wordForm("glass")).isEqualTo("glass");
        assertThat(NameNormaliser.wordForm("campus")).isEqualTo("campus");
        assertThat(NameNormaliser.wordForm("tennis")).isEqualTo("tennis");
        assertThat(NameNormaliser.wordForm("bus")).isEqualTo("bus");
        assertThat(RecordNormaliser.normalise(org.eyesandears.linkage.LinkRecord.builder("a", "1").name("Sunrise Stores").build()).nameTokens()).containsExactly("sunrise", "store");
    }

    @Test
    void blankNamesAreMissing() {
        assertThat(NameNormaliser.normalise(null)).isNull();
        assertThat(NameNormaliser.normalise(" - ")).isNull();
    }
}
