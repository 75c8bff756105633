package org.eyesandears.linkage.blocking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
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
    /** Sharing one of the record's two rarest name words. */
    RARE_NAME_WORD("rare-name-word");

    /** How many of a record's rarest name words become keys. */
    static final int RARE_WORDS_PER_RECORD = 2;

    private final String label;

    BlockingRule(String label) {
        this.label = label;
    }

    /** @return short name used in reports */
    public String label() {
        return label;
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
                // Words seen once cannot pair with anything; rarest first, ties by the word itself.
                words.removeIf(w -> tf.documentFrequency(w) < 2);
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
