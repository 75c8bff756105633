package org.eyesandears.linkage.blocking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.eyesandears.linkage.LinkRecord;
import org.eyesandears.linkage.model.Comparer;
import org.eyesandears.linkage.model.Field;
import org.eyesandears.linkage.model.PreparedRecord;
import org.eyesandears.linkage.model.TermFrequencies;
import org.eyesandears.linkage.normalise.NormalisedRecord;
import org.eyesandears.linkage.normalise.RecordNormaliser;
import org.junit.jupiter.api.Test;

/**
 * The rare-name-word rule drops a pair before it is compared in full only when the names are
 * certainly "different". Checked on generated names and generated perturbations of them (typos,
 * words dropped, added and swapped, legal forms), with word rarities from a generated list, so
 * that the cheap test is never the reason a pair of alike names goes unseen.
 */
class NameWordPruningPropertiesTest {

    private static PreparedRecord[] prepare(String nameA, String nameB, List<String> corpus) {
        List<NormalisedRecord> all = new ArrayList<>();
        for (int i = 0; i < corpus.size(); i++) {
            all.add(RecordNormaliser.normalise(LinkRecord.builder("c", "c" + i).name(corpus.get(i)).build()));
        }
        NormalisedRecord a = RecordNormaliser.normalise(LinkRecord.builder("a", "1").name(nameA).build());
        NormalisedRecord b = RecordNormaliser.normalise(LinkRecord.builder("b", "1").name(nameB).build());
        all.add(a);
        all.add(b);
        TermFrequencies tf = TermFrequencies.build(all);
        return new PreparedRecord[] {PreparedRecord.of(a, tf), PreparedRecord.of(b, tf)};
    }

    @Property(tries = 400)
    void aPairWhoseNamesAreAtLeastAlikeIsNeverDropped(@ForAll("names") List<String> words,
            @ForAll("perturbations") List<Integer> how, @ForAll("names") List<String> other,
            @ForAll @IntRange(min = 0, max = 30) int commonCopies) {
        String original = String.join(" ", words);
        String changed = perturb(words, how, other);
        // The first word is made common in the list, so word rarity differs across the name.
        List<String> corpus = new ArrayList<>();
        for (int i = 0; i < commonCopies; i++) {
            corpus.add(words.get(0) + " " + other.get(i % other.size()));
        }
        PreparedRecord[] p = prepare(original, changed, corpus);

        int level = Comparer.level(Field.NAME, p[0], p[1]);
        boolean kept = BlockingRule.RARE_NAME_WORD.worthComparing(p[0], p[1]);

        if (level != Field.NULL && level <= 3) {
            assertThat(kept).as("'%s' / '%s' at name level %d", original, changed, level).isTrue();
        }
        assertThat(BlockingRule.POSTCODE.worthComparing(p[0], p[1])).isTrue();
    }

    @Test
    void namesThatShareOnlyACommonWordAreDroppedAndAlikeNamesKept() {
        // "Acme Bakery" and "Zenith Bakery" in a list where "bakery" is everywhere: different
        // businesses, unless something else they share (found by another rule) says otherwise.
        List<String> corpus = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            corpus.add("Shop" + Integer.toString(i, 26).replaceAll("[0-9]", "k") + " Bakery");
        }
        PreparedRecord[] different = prepare("Acme Bakery", "Zenith Bakery", corpus);
        PreparedRecord[] typo = prepare("Acme Bakery", "Amce Bakery", corpus);
        PreparedRecord[] longer = prepare("Acme Bakery", "Acme Family Bakery", corpus);

        assertThat(BlockingRule.RARE_NAME_WORD.worthComparing(different[0], different[1])).isFalse();
        assertThat(BlockingRule.RARE_NAME_WORD.worthComparing(typo[0], typo[1])).isTrue();
        assertThat(BlockingRule.RARE_NAME_WORD.worthComparing(longer[0], longer[1])).isTrue();
        assertThat(BlockingRule.PHONE.worthComparing(different[0], different[1])).isTrue();
    }

    private static String perturb(List<String> words, List<Integer> how, List<String> other) {
        List<String> w = new ArrayList<>(words);
        for (int k = 0; k < how.size(); k++) {
            int i = k % w.size();
            switch (how.get(k)) {
                case 0 -> w.set(i, typo(w.get(i), k)); // a keying slip
                case 1 -> {
                    if (w.size() > 1) {
                        w.remove(i); // a word left out
                    }
                }
                case 2 -> w.add(other.get(k % other.size())); // a word added
                case 3 -> w.add(0, w.remove(w.size() - 1)); // word order
                case 4 -> w.add("Ltd"); // a legal form
                default -> w.set(i, w.get(i).toUpperCase(Locale.ROOT)); // case
            }
        }
        return String.join(" ", w);
    }

    private static String typo(String s, int k) {
        if (s.length() < 3) {
            return s + "e";
        }
        int at = 1 + k % (s.length() - 2);
        return switch (k % 3) {
            case 0 -> s.substring(0, at) + s.substring(at + 1);
            case 1 -> s.substring(0, at) + s.charAt(at + 1) + s.charAt(at) + s.substring(at + 2);
            default -> s.substring(0, at) + "x" + s.substring(at);
        };
    }

    @Provide
    Arbitrary<String> word() {
        return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(4).ofMaxLength(9);
    }

    @Provide
    Arbitrary<List<String>> names() {
        return word().list().ofMinSize(1).ofMaxSize(4);
    }

    @Provide
    Arbitrary<List<Integer>> perturbations() {
        return Arbitraries.integers().between(0, 5).list().ofMinSize(0).ofMaxSize(3);
    }
}
