package org.eyesandears.linkage.blocking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import org.eyesandears.linkage.model.Comparer;
import org.eyesandears.linkage.model.PreparedRecord;
import org.eyesandears.linkage.model.TermFrequencies;
import org.eyesandears.linkage.normalise.Address;
import org.eyesandears.linkage.normalise.NormalisedRecord;
import org.eyesandears.linkage.normalise.PhoneNormaliser;

/**
 * One blocking rule: records that share a key of this rule become candidate pairs. Each rule is
 * chosen so a true match is likely to share its key even when other fields were typed differently;
 * the union of rules is what keeps recall high.
 */
public enum BlockingRule {
    /** Same canonical postcode. */
    POSTCODE("postcode"),
    /** Same local phone number (last seven digits), so numbers with and without area code meet. */
    PHONE("phone"),
    /** Same company number. */
    COMPANY("company"),
    /** Same UPRN. */
    UPRN("uprn"),
    /** Same house number and first distinctive street word ("12 broadway"). */
    HOUSE_STREET("house+street"),
    /** Same canonical name. */
    NAME("name"),
    /**
     * Sharing one of the record's two rarest name words, among words used by at most {@link
     * #MAX_RARE_WORD_RECORDS} named records.
     */
    RARE_NAME_WORD("rare-name-word");

    /** How many of a record's rarest name words become keys. */
    static final int RARE_WORDS_PER_RECORD = 2;
    /**
     * A name word used by more named records than this is not rare, whatever else the name holds,
     * and is no key of {@link #RARE_NAME_WORD}: ten times the largest block compared
     * all-against-all ({@link Blocker#DEFAULT_MAX_BLOCK}). Up to it, a word's records are compared
     * all-against-all or, above that block size, with their neighbours in name order; beyond it the
     * neighbours in name order are what the {@link #NAME} rule already meets, and in a million
     * records such words (every "bakery", every "smith") made nine in ten of all candidate pairs.
     */
    static final int MAX_RARE_WORD_RECORDS = 300;

    private final String label;

    BlockingRule(String label) {
        this.label = label;
    }

    /** @return short name used in reports */
    public String label() {
        return label;
    }

    /**
     * Whether two records that share a key of this rule are worth comparing in full. A pair is
     * dropped only when the fields this rule does not look at already make it hopeless and any
     * other evidence would bring it in through another rule:
     * <ul>
     * <li>{@link #RARE_NAME_WORD}: a shared name word is all such a pair is known to have in
     * common, so it is kept only when the names can reach at least the "shares distinctive words"
     * level ({@link Comparer#namesMayBeAlike}).
     * <li>{@link #HOUSE_STREET}: the same house number and street word in two different places
     * ({@link Comparer#localitiesDiffer}) under names that are certainly different is two
     * businesses in two towns, and is dropped.
     * </ul>
     * Every other rule keeps all its pairs. A dropped pair would score far below any link: its
     * names count several bits against, and so does its address or, for a shared word only, the
     * absence of any shared postcode, phone, street, company number or UPRN, which the other rules
     * would have found.
     *
     * @param a one record
     * @param b another record sharing a key with it
     * @return true to keep the pair as a candidate
     */
    public boolean worthComparing(PreparedRecord a, PreparedRecord b) {
        return switch (this) {
            case RARE_NAME_WORD -> Comparer.namesMayBeAlike(a, b);
            case HOUSE_STREET -> Comparer.namesMayBeAlike(a, b) || !Comparer.localitiesDiffer(a, b);
            default -> true;
        };
    }

    /**
     * {@link #worthComparing} for neighbours in a block too large to compare all-against-all.
     * There, in addition, records with the same {@link #NAME} in two different places ({@link
     * Comparer#localitiesDiffer}) are not compared: a name shared by more than {@link
     * Blocker#DEFAULT_MAX_BLOCK} records is a chain's or a common one, and its records in two
     * towns are two branches unless a phone, company number or UPRN (another rule) says
     * otherwise. A name held by fewer records is compared everywhere: a rare name is strong
     * evidence even when the business moved town.
     *
     * @param a one record
     * @param b its neighbour in name order
     * @return true to keep the pair as a candidate
     */
    public boolean worthComparingInLargeBlock(PreparedRecord a, PreparedRecord b) {
        if (this == NAME) {
            return !Comparer.localitiesDiffer(a, b);
        }
        return worthComparing(a, b);
    }

    /**
     * The record's keys for this rule.
     *
     * @param p prepared record
     * @param tf frequency tables (for rare name words)
     * @return keys, possibly empty
     */
    public List<String> keys(PreparedRecord p, TermFrequencies tf) {
        NormalisedRecord r = p.record();
        switch (this) {
            case POSTCODE:
                return r.postcode() == null ? List.of() : List.of(r.postcode().value());
            case PHONE:
                return r.phone() == null ? List.of() : List.of(PhoneNormaliser.local(r.phone()));
            case COMPANY:
                return r.company() == null ? List.of() : List.of(r.company());
            case UPRN:
                return r.uprn() == null ? List.of() : List.of(r.uprn());
            case HOUSE_STREET: {
                Address a = r.address();
                if (a == null || a.houseNumber() == null || a.streetCore() == null) {
                    return List.of();
                }
                String core = a.streetCore();
                int sp = core.indexOf(' ');
                return List.of(a.houseNumber() + " " + (sp < 0 ? core : core.substring(0, sp)));
            }
            case NAME:
                return r.name() == null ? List.of() : List.of(r.name());
            case RARE_NAME_WORD: {
                List<String> words = new ArrayList<>(new LinkedHashSet<>(r.nameTokens()));
                // Words seen once cannot pair with anything, common words are not rare; rarest
                // first, ties by the word itself.
                words.removeIf(w -> tf.documentFrequency(w) < 2
                        || tf.documentFrequency(w) > MAX_RARE_WORD_RECORDS);
                words.sort(Comparator.comparingInt(tf::documentFrequency)
                        .thenComparing(Comparator.naturalOrder()));
                return words.size() <= RARE_WORDS_PER_RECORD ? words
                        : words.subList(0, RARE_WORDS_PER_RECORD);
            }
            default:
                throw new IllegalStateException();
        }
    }
}
