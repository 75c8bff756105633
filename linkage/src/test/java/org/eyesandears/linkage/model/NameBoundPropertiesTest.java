package org.eyesandears.linkage.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.eyesandears.linkage.LinkRecord;
import org.eyesandears.linkage.normalise.RecordNormaliser;

/**
 * The cheap bound that lets name comparison skip Jaro-Winkler must never be below it, or a pair
 * of alike names would be read as different: checked on generated names with generated slips.
 */
class NameBoundPropertiesTest {

    private static final TermFrequencies NONE = TermFrequencies.build(List.of());
    private static final JaroWinklerSimilarity JW = new JaroWinklerSimilarity();

    private static PreparedRecord prepared(String name) {
        return PreparedRecord.of(RecordNormaliser.normalise(LinkRecord.builder("s", "1").name(name).build()),
                NONE);
    }

    @Property(tries = 500)
    void theNameBoundIsNeverBelowJaroWinklerAndAgreesWithTheStringBound(@ForAll("names") String x,
            @ForAll("names") String y, @ForAll("slips") int slip) {
        String typed = slip == 0 ? y : x.length() > 2 ? x.substring(0, slip % x.length()) + y + x.substring(slip % x.length()) : y;
        PreparedRecord a = prepared(x);
        PreparedRecord b = prepared(typed);
        String nx = a.record().name();
        String ny = b.record().name();
        if (nx == null || ny == null) {
            return;
        }
        double bound = Comparer.nameBound(a, b);
        assertThat(bound).isGreaterThanOrEqualTo(JW.apply(nx, ny) - 1e-12);
        // The table-based bound may merge non-ASCII characters, so it is never tighter.
        assertThat(bound).isLessThanOrEqualTo(Comparer.jaroWinklerBound(nx, ny) + 1e-12);
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.strings().withCharRange('a', 'z').withChars(' ', '\u00e9', '\u00fc')
                .ofMinLength(1).ofMaxLength(25);
    }

    @Provide
    Arbitrary<Integer> slips() {
        return Arbitraries.integers().between(0, 20);
    }
}
