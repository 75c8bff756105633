package org.eyesandears.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.eyesandears.linkage.model.Comparer;
import org.eyesandears.linkage.model.Field;
import org.eyesandears.linkage.model.PreparedRecord;
import org.eyesandears.linkage.model.TermFrequencies;
import org.eyesandears.linkage.normalise.Address;
import org.eyesandears.linkage.normalise.AddressNormaliser;
import org.eyesandears.linkage.normalise.NameNormaliser;
import org.eyesandears.linkage.normalise.RecordNormaliser;

/**
 * The failure classes of issue 14 at the level of tidying and comparing, each checked on generated
 * perturbations of generated names and addresses (no copy of any data set).
 */
class FailureClassPropertiesTest {

    private static final String[] ORDINAL_WORDS = {"first", "second", "third", "fourth", "fifth",
        "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth"};
    private static final String[] CARDINAL_WORDS = {"one", "two", "three", "four", "five", "six",
        "seven", "eight", "nine", "ten", "eleven", "twelve"};
    private static final TermFrequencies NO_FREQUENCIES = TermFrequencies.build(List.of());

    private static String ordinal(int n) {
        String suffix = n == 1 ? "st" : n == 2 ? "nd" : n == 3 ? "rd" : "th";
        return n + suffix;
    }

    private static String randomCase(String s, int how) {
        return switch (how % 3) {
            case 0 -> s.toUpperCase(Locale.ROOT);
            case 1 -> s.toLowerCase(Locale.ROOT);
            default -> Character.toUpperCase(s.charAt(0)) + s.substring(1);
        };
    }

    private static int level(Field f, LinkRecord a, LinkRecord b) {
        return Comparer.level(f, PreparedRecord.of(RecordNormaliser.normalise(a), NO_FREQUENCIES),
                PreparedRecord.of(RecordNormaliser.normalise(b), NO_FREQUENCIES));
    }

    // Class 1: numbers as words and ordinals; flat, unit and floor prefixes.

    @Property
    void anOrdinalStreetIsOneStreetInDigitsOrWords(@ForAll @IntRange(min = 1, max = 12) int n,
            @ForAll @IntRange(min = 1, max = 999) int house, @ForAll("streetTypes") String type,
            @ForAll @IntRange(min = 0, max = 2) int caseA, @ForAll @IntRange(min = 0, max = 2) int caseB) {
        Address digits = AddressNormaliser.parse(house + " " + randomCase(ordinal(n), caseA) + " " + type);
        Address words = AddressNormaliser.parse(house + " " + randomCase(ORDINAL_WORDS[n - 1], caseB) + " "
                + type);
        assertThat(words.key()).isEqualTo(digits.key());
    }

    @Property
    void aHouseNumberWrittenAsAWordIsTheNumber(@ForAll @IntRange(min = 1, max = 12) int n,
            @ForAll("streetNames") String street) {
        Address word = AddressNormaliser.parse(CARDINAL_WORDS[n - 1] + " " + street + " Road");
        assertThat(word.houseNumber()).isEqualTo(String.valueOf(n));
        assertThat(word.key()).isEqualTo(AddressNormaliser.parse(n + " " + street + " Rd").key());
    }

    @Property
    void aUnitOrFloorPrefixNeverMakesADifferentStreetOrNumber(
            @ForAll @IntRange(min = 1, max = 999) int house, @ForAll("streetNames") String street,
            @ForAll("prefixes") String prefix) {
        LinkRecord plain = LinkRecord.builder("a", "1").name("x").address(house + " " + street + " Street")
                .build();
        LinkRecord prefixed = LinkRecord.builder("b", "1").name("x")
                .address(prefix + house + " " + street + " St").build();
        // Same building: exact, or "same street, number missing or written differently".
        assertThat(level(Field.ADDRESS, plain, prefixed)).isLessThanOrEqualTo(1);
    }

    @Property
    void addressLinesInAnotherOrderNameTheSameStreet(@ForAll @IntRange(min = 1, max = 999) int house,
            @ForAll("streetNames") String street, @ForAll("streetNames") String place,
            @ForAll("streetTypes") String type) {
        // "26 Chant Street, Durraween" / "26 Durraween, Chant Street": one street, lines swapped.
        LinkRecord a = LinkRecord.builder("a", "1").name("x").address(house + " " + street + " " + type
                + ", " + place).build();
        LinkRecord b = LinkRecord.builder("b", "1").name("x").address(house + " " + place + ", " + street
                + " " + type).build();
        assertThat(level(Field.ADDRESS, a, b)).isLessThanOrEqualTo(1);
        // A different house number on it is still "same street, different number", not another street.
        LinkRecord c = LinkRecord.builder("c", "1").name("x").address((house + 1) + " " + place + ", "
                + street + " " + type).build();
        assertThat(level(Field.ADDRESS, a, c)).isEqualTo(2);
    }

    // Class 5 (co-located or look-alike premises): a numeric postcode (US ZIP, Australian
    // postcode) names an area like a UK postcode district, so the same number and street in two
    // such codes is another place unless the towns agree; a UK postcode with the same outward code
    // is the same district.

    @Property
    void theSameStreetInTwoZipCodesIsAnotherPlaceUnlessTheTownsAgree(
            @ForAll @IntRange(min = 1, max = 9999) int house, @ForAll("streetNames") String street,
            @ForAll @IntRange(min = 10000, max = 99998) int zip, @ForAll @IntRange(min = 1, max = 99) int step,
            @ForAll("streetNames") String town) {
        String other = String.valueOf(Math.min(99999, zip + step));
        LinkRecord a = LinkRecord.builder("a", "1").name("x").address(house + " W " + street + " Ave")
                .postcode(String.valueOf(zip)).build();
        LinkRecord b = LinkRecord.builder("b", "1").name("x").address(house + " West " + street + " Avenue")
                .postcode(other).build();
        LinkRecord sameZip = LinkRecord.builder("c", "1").name("x").address(house + " W. " + street + " Av")
                .postcode(zip + "-1234").build();
        LinkRecord noZip = LinkRecord.builder("d", "1").name("x").address(house + " W " + street + " Ave").build();
        assertThat(level(Field.ADDRESS, a, b)).isEqualTo(Comparer.ADDRESS_DIFFERENT);
        assertThat(level(Field.ADDRESS, a, sameZip)).isLessThanOrEqualTo(1);
        assertThat(level(Field.ADDRESS, a, noZip)).isLessThanOrEqualTo(1);
        // Both records name the same town: one of the codes is the slip.
        LinkRecord aTown = LinkRecord.builder("a", "1").name("x").address(house + " W " + street + " Ave")
                .town(town).postcode(String.valueOf(zip)).build();
        LinkRecord bTown = LinkRecord.builder("b", "1").name("x").address(house + " West " + street + " Avenue")
                .town(town.toUpperCase(Locale.ROOT)).postcode(other).build();
        assertThat(level(Field.ADDRESS, aTown, bTown)).isLessThanOrEqualTo(1);
    }

    @Property
    void aUkPostcodeInTheSameDistrictKeepsTheStreet(@ForAll @IntRange(min = 1, max = 999) int house,
            @ForAll("streetNames") String street, @ForAll @IntRange(min = 1, max = 9) int inwardA,
            @ForAll @IntRange(min = 1, max = 9) int inwardB) {
        LinkRecord a = LinkRecord.builder("a", "1").name("x").address(house + " " + street + " Road")
                .postcode("M20 " + inwardA + "AB").build();
        LinkRecord b = LinkRecord.builder("b", "1").name("x").address(house + " " + street + " Rd")
                .postcode("M20 " + inwardB + "XY").build();
        LinkRecord elsewhere = LinkRecord.builder("c", "1").name("x").address(house + " " + street + " Rd")
                .postcode("LS6 " + inwardB + "XY").build();
        assertThat(level(Field.ADDRESS, a, b)).isZero();
        assertThat(level(Field.ADDRESS, a, elsewhere)).isEqualTo(Comparer.ADDRESS_DIFFERENT);
    }

    // Class 2: locality variants are similar, not different.

    @Property
    void aTownWithCityOrAStateAfterItIsStillThatTown(@ForAll("streetNames") String town,
            @ForAll("townTails") String tail) {
        LinkRecord a = LinkRecord.builder("a", "1").name("x").town(town).build();
        LinkRecord b = LinkRecord.builder("b", "1").name("x").town(town + tail).build();
        assertThat(level(Field.TOWN, a, b)).isLessThanOrEqualTo(1);
    }

    // Class 4: a blank field counts for nothing either way.

    @Property
    void aBlankNameIsNeitherAgreementNorDisagreement(@ForAll("streetNames") String word) {
        LinkRecord named = LinkRecord.builder("a", "1").name(word + " Cafe").address("1 High St").build();
        LinkRecord premisesOnly = LinkRecord.builder("b", "1").address("1 High Street").build();
        assertThat(level(Field.NAME, named, premisesOnly)).isEqualTo(Field.NULL);
        assertThat(level(Field.ADDRESS, named, premisesOnly)).isZero();
    }

    // Class 3 (a conflict is evidence, not a veto): an identifier with one keying slip says the
    // records meant one number, so it counts neither way; two numbers further apart still differ.

    @Property
    void aCompanyNumberWithOneKeyingSlipIsNotADifferentCompany(
            @ForAll @IntRange(min = 1_000_000, max = 9_999_999) int number, @ForAll @IntRange(min = 0, max = 6) int at,
            @ForAll @IntRange(min = 0, max = 3) int slip, @ForAll @IntRange(min = 1, max = 9) int shift) {
        String digits = String.valueOf(number);
        char changed = (char) ('0' + (digits.charAt(at) - '0' + shift) % 10);
        String typed = switch (slip) {
            case 0 -> digits.substring(0, at) + changed + digits.substring(at + 1);
            case 1 -> digits.substring(0, at) + digits.substring(at + 1);
            case 2 -> digits.substring(0, at) + changed + digits.substring(at);
            default -> at < 6 && digits.charAt(at) != digits.charAt(at + 1)
                    ? digits.substring(0, at) + digits.charAt(at + 1) + digits.charAt(at) + digits.substring(at + 2)
                    : digits.substring(0, at) + changed + digits.substring(at + 1);
        };
        LinkRecord a = LinkRecord.builder("a", "1").name("x").company("SC" + digits).build();
        LinkRecord b = LinkRecord.builder("b", "1").name("x").company("SC" + typed).build();
        assertThat(level(Field.COMPANY, a, b)).isEqualTo(Field.NULL);
        assertThat(level(Field.COMPANY, b, a)).isEqualTo(Field.NULL);
        // Two digits changed, not side by side: another number.
        int other = (at + 3) % 7;
        char changedToo = (char) ('0' + (digits.charAt(other) - '0' + shift) % 10);
        String twice = digits.substring(0, at) + changed + digits.substring(at + 1);
        twice = twice.substring(0, other) + changedToo + twice.substring(other + 1);
        LinkRecord c = LinkRecord.builder("c", "1").name("x").company("SC" + twice).build();
        assertThat(level(Field.COMPANY, a, c)).isEqualTo(1);
    }

    // Class 6: legal forms of many countries, punctuation, word order.

    @Property
    void legalFormsAndPunctuationDoNotChangeAName(@ForAll("orgNames") String name,
            @ForAll("legalForms") String form, @ForAll @IntRange(min = 0, max = 2) int how,
            @ForAll boolean comma) {
        String written = randomCase(name, how) + (comma ? ", " : " ") + form;
        assertThat(NameNormaliser.normalise(written)).isEqualTo(NameNormaliser.normalise(name));
    }

    @Property
    void wordOrderDoesNotMakeNamesDifferent(@ForAll("orgNames") String first,
            @ForAll("orgNames") String second) {
        LinkRecord a = LinkRecord.builder("a", "1").name(first + " " + second).build();
        LinkRecord b = LinkRecord.builder("b", "1").name(second + " " + first + " Ltd").build();
        assertThat(level(Field.NAME, a, b)).isLessThanOrEqualTo(1);
    }

    @Property
    void aPluralOrPossessiveInANameIsTheSameWord(@ForAll("orgNames") String first,
            @ForAll("singularNouns") String second, @ForAll @IntRange(min = 0, max = 2) int how) {
        // "Palace Kebabs" / "Kebab Palace", "Joe's Cafe" / "Joe Cafe": the same words.
        String plural = how == 0 ? second + "s" : how == 1 ? second + "'s" : second + "\u2019s";
        LinkRecord a = LinkRecord.builder("a", "1").name(first + " " + plural).build();
        LinkRecord b = LinkRecord.builder("b", "1").name(second + " " + first).build();
        assertThat(level(Field.NAME, a, b)).isLessThanOrEqualTo(1);
    }

    @Property
    void aNameInsideALongerNameIsSimilarWhateverTheNumber(@ForAll("orgNames") String first,
            @ForAll("singularNouns") String second, @ForAll("orgNames") String extra) {
        // "Sunrise Stores" / "Sunrise Convenience Store": one name's words, singular or plural,
        // all stand in the other.
        LinkRecord a = LinkRecord.builder("a", "1").name(first + " " + second + "s").build();
        LinkRecord b = LinkRecord.builder("b", "1").name(first + " " + extra + " " + second).build();
        assertThat(level(Field.NAME, a, b)).isLessThanOrEqualTo(2);
    }

    @Provide
    Arbitrary<String> streetTypes() {
        return Arbitraries.of("Ave", "Avenue", "St", "Street", "Rd", "Road");
    }

    @Provide
    Arbitrary<String> streetNames() {
        return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(4).ofMaxLength(10)
                .filter(s -> !List.of(ORDINAL_WORDS).contains(s) && !List.of(CARDINAL_WORDS).contains(s))
                .map(s -> Character.toUpperCase(s.charAt(0)) + s.substring(1));
    }

    @Provide
    Arbitrary<String> prefixes() {
        return Arbitraries.of("Unit 3, ", "Unit 3 ", "Flat 2, ", "Shop 1, ", "First Floor, ",
                "1st Floor, ", "Ground Floor, ", "Basement, ", "Suite 12, ");
    }

    @Provide
    Arbitrary<String> townTails() {
        return Arbitraries.of(" City", " NY", ", CA", " Town Centre");
    }

    @Provide
    Arbitrary<String> orgNames() {
        return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(5).ofMaxLength(9)
                .map(s -> Character.toUpperCase(s.charAt(0)) + s.substring(1))
                .filter(s -> NameNormaliser.normalise(s).equals(s.toLowerCase(Locale.ROOT)));
    }

    /** Words that take a plain "s" in the plural (ending in a consonant other than s, x, z, h, y). */
    @Provide
    Arbitrary<String> singularNouns() {
        return orgNames().filter(s -> "bdfgklmnprt".indexOf(s.charAt(s.length() - 1)) >= 0);
    }

    @Provide
    Arbitrary<String> legalForms() {
        List<String> forms = new ArrayList<>(List.of("Ltd", "Ltd.", "Limited", "PLC", "p.l.c.", "LLP",
                "Inc", "Inc.", "Corp.", "Corporation", "Co.", "Company", "& Co", "N.V.", "NV", "B.V.",
                "GmbH", "AG", "S.A.", "S.p.A.", "SpA", "Oy", "Oyj", "AB", "A/S", "ApS", "S.r.l.",
                "S.A.S.", "SARL", "K.K.", "Pte Ltd", "Sdn Bhd", "Pty Ltd", "LLC", "S.L.", "Sp. z o.o.",
                "s.r.o.", "Kft."));
        Collections.shuffle(forms);
        return Arbitraries.of(forms);
    }
}
