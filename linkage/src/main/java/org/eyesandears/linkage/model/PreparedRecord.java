package org.eyesandears.linkage.model;

import java.util.LinkedHashSet;
import java.util.List;
import org.eyesandears.linkage.LinkRecord;
import org.eyesandears.linkage.normalise.NormalisedRecord;
import org.eyesandears.linkage.normalise.PhoneNormaliser;
import org.eyesandears.linkage.normalise.RecordNormaliser;

/**
 * A normalised record plus what comparisons need again and again (distinct name words with their
 * rarity weights, the local phone number, the words of the street, the town and the contact), computed once
 * per record rather than once per pair.
 */
public final class PreparedRecord {

    private final NormalisedRecord record;
    final String[] nameWords;
    final double[] nameWordWeights;
    final double nameWeightSum;
    final String phoneLocal;
    final String[] coreWords;
    final String[] townWords;
    /** Words of the address after its street line (a district, a building, another street). */
    final String[] localityWords;
    final String[] contactWords;
    /** The name's characters in ascending order, for a cheap bound on name similarity. */
    final char[] nameChars;
    /**
     * Whether this record's phone line is also given by records of clearly different businesses
     * ({@link SharedValues}); set once after all records are prepared.
     */
    volatile boolean sharedLine;
    /**
     * The postcode areas that records naming this record's town give, in the records being linked
     * ({@link SharedValues#relateTowns}): two towns seen in one area are a district and its town, or
     * two names of one place. Set once after all records are prepared; empty until then.
     */
    volatile String[] townAreas = new String[0];

    PreparedRecord(NormalisedRecord record, TermFrequencies tf) {
        this.record = record;
        List<String> distinct = List.copyOf(new LinkedHashSet<>(record.nameTokens()));
        nameWords = distinct.toArray(new String[0]);
        nameWordWeights = new double[nameWords.length];
        double sum = 0;
        for (int i = 0; i < nameWords.length; i++) {
            nameWords[i] = nameWords[i].intern();
            nameWordWeights[i] = tf.idf(nameWords[i]);
            sum += nameWordWeights[i];
        }
        nameWeightSum = sum;
        phoneLocal = PhoneNormaliser.local(record.phone());
        coreWords = record.address() == null || record.address().streetCore() == null ? new String[0]
                : record.address().streetCore().split(" ");
        for (int i = 0; i < coreWords.length; i++) {
            coreWords[i] = coreWords[i].intern();
        }
        localityWords = record.address() == null || record.address().locality() == null ? new String[0]
                : record.address().locality().split(" ");
        townWords = record.town() == null ? new String[0] : record.town().split(" ");
        nameChars = record.name() == null ? new char[0] : record.name().toCharArray();
        java.util.Arrays.sort(nameChars);
        contactWords = record.contact() == null ? new String[0] : record.contact().split(" ");
    }

    /**
     * Normalises and prepares a raw record against the given frequency tables.
     *
     * @param r raw record
     * @param tf frequency tables of the model in use
     * @return prepared record
     */
    public static PreparedRecord of(LinkRecord r, TermFrequencies tf) {
        return new PreparedRecord(RecordNormaliser.normalise(r), tf);
    }

    /**
     * Prepares an already normalised record.
     *
     * @param r normalised record
     * @param tf frequency tables of the model in use
     * @return prepared record
     */
    public static PreparedRecord of(NormalisedRecord r, TermFrequencies tf) {
        return new PreparedRecord(r, tf);
    }

    /** @return the normalised record */
    public NormalisedRecord record() {
        return record;
    }
}
