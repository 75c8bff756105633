package org.eyesandears.linkage.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.eyesandears.linkage.LinkRecord;

/**
 * Which phone lines count as shared (a switchboard), on generated names and numbers: one
 * business's records written many ways never make their own line shared; records of clearly
 * different businesses on one line always do; a record without a name never does. And which town
 * names the records show to be one place.
 */
class SharedValuesTest {

    private static final TermFrequencies NO_FREQUENCIES = TermFrequencies.build(List.of());

    private static PreparedRecord record(String id, String name, String phone) {
        return PreparedRecord.of(LinkRecord.builder("s", id).name(name)
                .address("1 High Street").phone(phone).build(), NO_FREQUENCIES);
    }

    @Property
    void oneBusinessWrittenManyWaysKeepsItsLine(@ForAll("words") String first, @ForAll("words") String second,
            @ForAll @IntRange(min = 2, max = 6) int copies, @ForAll @IntRange(min = 2000000, max = 9999999) int local) {
        List<PreparedRecord> records = new ArrayList<>();
        String[] forms = {"", " Ltd", " LIMITED", " & Co"};
        for (int i = 0; i < copies; i++) {
            String name = (i % 3 == 1 ? "The " : "") + first + " " + second + forms[i % forms.length];
            name = i % 2 == 0 ? name.toUpperCase(Locale.ROOT) : name;
            String phone = i % 2 == 0 ? "0161 " + local : "+44 161 " + local;
            records.add(record("r" + i, name, phone));
        }
        records.add(record("blank", null, "0161" + local));
        assertThat(SharedValues.mark(records)).isZero();
        assertThat(records).noneMatch(r -> r.sharedLine);
    }

    @Property
    void clearlyDifferentBusinessesOnOneLineShareIt(@ForAll("firstHalfWords") String a,
            @ForAll("secondHalfWords") String b, @ForAll @IntRange(min = 2000000, max = 9999999) int local) {
        // Clearly different: the two names have no letter in common (a random pair sharing a first
        // letter and a few others, such as "Rzbnjfa" and "Rljghz", may honestly look alike).
        List<PreparedRecord> records = new ArrayList<>(List.of(
                record("1", a + " Grill", "0113 " + local),
                record("2", b + " Nails", "(0113) " + local),
                record("3", "Other " + a + " Bakery", "0113 " + ((local + 1) % 10000000))));
        SharedValues.mark(records);
        assertThat(records.get(0).sharedLine).isTrue();
        assertThat(records.get(1).sharedLine).isTrue();
        assertThat(records.get(2).sharedLine).isFalse();
    }

    /**
     * One business written {@code copies} ways at "{house} High Street", then a record without a
     * name there.
     */
    private static List<PreparedRecord> oneBusinessAndABlankAt(String first, int copies, int house) {
        List<PreparedRecord> records = new ArrayList<>();
        for (int i = 0; i < copies; i++) {
            records.add(PreparedRecord.of(LinkRecord.builder("s", "a" + i)
                    .name((i == 1 ? "The " : "") + first + " Cafe" + (i == 2 ? " Ltd" : ""))
                    .address(house + (i % 2 == 0 ? " High Street" : " HIGH ST")).build(), NO_FREQUENCIES));
        }
        records.add(PreparedRecord.of(LinkRecord.builder("s", "blank")
                .address(house + " High St").build(), NO_FREQUENCIES));
        return records;
    }

    @Property
    void anAddressCountsItsBusinessesNotItsRecords(@ForAll("words") String first, @ForAll("words") String second,
            @ForAll @IntRange(min = 1, max = 4) int copies, @ForAll @IntRange(min = 1, max = 400) int house) {
        // Three agencies' records of one business at one address, and a record without a name:
        // one business. Two clearly different businesses at another address: two.
        List<PreparedRecord> records = oneBusinessAndABlankAt(first, copies, house);
        records.add(PreparedRecord.of(LinkRecord.builder("s", "x")
                .name("Zz" + first + " Grill").address(house + " Mill Road").build(), NO_FREQUENCIES));
        records.add(PreparedRecord.of(LinkRecord.builder("s", "y")
                .name("Qq" + second + " Nails").address(house + " Mill Rd").build(), NO_FREQUENCIES));
        TermFrequencies byRecord = TermFrequencies.build(records.stream().map(PreparedRecord::record).toList());
        Map<String, Integer> counts = SharedValues.businessCounts(records, Field.ADDRESS, byRecord);
        String high = TermFrequencies.valueOf(Field.ADDRESS, records.get(0).record());
        String mill = TermFrequencies.valueOf(Field.ADDRESS, records.get(records.size() - 1).record());
        assertThat(counts).containsEntry(high, 1);
        assertThat(counts.get(mill)).isBetween(1, 2);
        if (!Comparer.namesMayBeAlike(records.get(records.size() - 2), records.get(records.size() - 1))) {
            assertThat(counts).containsEntry(mill, 2);
        }
        // The frequency of the one business's address is that of a value seen once.
        TermFrequencies tf = byRecord.withBusinessCounts(Field.ADDRESS, counts);
        assertThat(tf.frequency(Field.ADDRESS, high)).isEqualTo(1.0 / records.size());
    }

    @Property(tries = 50)
    void aRegisterCountsItsAddressesInBusinessesAndANewRecordAddsOneOnlyWhenClearlyAnother(
            @ForAll("words") String first, @ForAll("words") String second,
            @ForAll @IntRange(min = 1, max = 4) int copies, @ForAll @IntRange(min = 1, max = 400) int house) {
        if (first.regionMatches(true, 0, second, 0, 3)) {
            return; // look-alike names are not "clearly different"
        }
        // The register: one business listed `copies` times at one address, and a record without a
        // name there; as in a batch, one business.
        List<PreparedRecord> register = oneBusinessAndABlankAt(first, copies, house);
        TermFrequencies model = TermFrequencies.build(List.of(register.get(0).record(), register.get(0).record()));
        SharedValues.Register shared = new SharedValues.Register(register, model);
        String high = TermFrequencies.valueOf(Field.ADDRESS, register.get(0).record());

        // On the model's scale: the model's own table (which held this address twice) is not used.
        assertThat(shared.tables().frequency(Field.ADDRESS, high)).isEqualTo(1.0 / 2);
        PreparedRecord sameBusiness = PreparedRecord.of(LinkRecord.builder("n", "x")
                .name(first.toUpperCase(Locale.ROOT) + " CAFE").address(house + " High Street").build(), NO_FREQUENCIES);
        PreparedRecord another = PreparedRecord.of(LinkRecord.builder("n", "y")
                .name("Qq" + second + " Nails").address(house + " High Street").build(), NO_FREQUENCIES);
        PreparedRecord nameless = PreparedRecord.of(LinkRecord.builder("n", "z")
                .address(house + " High Street").build(), NO_FREQUENCIES);
        assertThat(shared.businessesWith(sameBusiness)).isZero();
        assertThat(shared.businessesWith(nameless)).isZero();
        assertThat(shared.businessesWith(another)).isEqualTo(2);
        // An address the register knows from a record without a name only keeps its record count,
        // as in a batch: a new record without a name there makes it held twice, not once.
        PreparedRecord premisesOnly = PreparedRecord.of(LinkRecord.builder("n", "w")
                .address(house + " Low Road").build(), NO_FREQUENCIES);
        List<PreparedRecord> withPremises = new ArrayList<>(register);
        withPremises.add(PreparedRecord.of(LinkRecord.builder("s", "p")
                .address(house + " LOW RD").build(), NO_FREQUENCIES));
        assertThat(new SharedValues.Register(withPremises, model).businessesWith(premisesOnly)).isEqualTo(2);
    }

    private static PreparedRecord placed(String id, String town, String postcode) {
        return PreparedRecord.of(LinkRecord.builder("s", id).name("x" + id)
                .address(id + " High Street").town(town).postcode(postcode).build(), NO_FREQUENCIES);
    }

    @Property
    void aDistrictAndItsTownSeenInOnePostcodeAreaAreSimilarTowns(@ForAll("firstHalfWords") String district,
            @ForAll("secondHalfWords") String town, @ForAll("secondHalfWords") String elsewhere,
            @ForAll @IntRange(min = 1, max = 30) int number) {
        // Class 2: "Headingley" and "Leeds" are one place at two scales, which only the records can
        // tell: both are given with LS6 postcodes. A town only ever seen in another area stays a
        // different town, and one mistyped postcode does not join two places.
        String area = "LS" + number;
        List<PreparedRecord> records = new ArrayList<>(List.of(
                placed("1", district, area + " 1AB"), placed("2", district, area + " 2CD"),
                placed("3", town, area + " 3EF"), placed("4", town.toUpperCase(Locale.ROOT), area + " 4GH"),
                placed("5", elsewhere + "ton", "M" + number + " 1AB"), placed("6", elsewhere + "ton", "M" + number + " 2CD"),
                placed("7", elsewhere + "ton", area + " 9ZZ")));
        SharedValues.relateTowns(records);
        assertThat(Comparer.level(Field.TOWN, withoutPostcode(records.get(0)), records.get(2))).isEqualTo(1);
        assertThat(Comparer.level(Field.TOWN, withoutPostcode(records.get(0)), records.get(4))).isEqualTo(2);
    }

    /** The record as one that gives no postcode: town compared, its town's areas kept. */
    private static PreparedRecord withoutPostcode(PreparedRecord r) {
        PreparedRecord x = PreparedRecord.of(LinkRecord.builder("s", "p")
                .name("p").town(r.record().town()).build(), NO_FREQUENCIES);
        x.townAreas = r.townAreas;
        return x;
    }

    @Provide
    Arbitrary<String> words() {
        return words('a', 'z');
    }

    @Provide
    Arbitrary<String> firstHalfWords() {
        return words('a', 'm');
    }

    @Provide
    Arbitrary<String> secondHalfWords() {
        return words('n', 'z');
    }

    private static Arbitrary<String> words(char from, char to) {
        return Arbitraries.strings().withCharRange(from, to).ofMinLength(5).ofMaxLength(9)
                .map(s -> Character.toUpperCase(s.charAt(0)) + s.substring(1));
    }
}
