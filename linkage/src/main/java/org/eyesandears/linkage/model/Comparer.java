package org.eyesandears.linkage.model;

import java.util.Objects;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.eyesandears.linkage.normalise.Address;
import org.eyesandears.linkage.normalise.NormalisedRecord;
import org.eyesandears.linkage.normalise.Postcode;

/**
 * Decides, for each field, which agreement level a pair of records reaches. The cut-offs are fixed
 * and generic: the model learns from the data how much each level is worth, so the cut-offs only
 * need to separate "nearly the same" from "somewhat alike" from "different".
 */
public final class Comparer {

    /** Jaro-Winkler at or above this: a typo or two apart. */
    static final double JW_VERY_CLOSE = 0.94;
    /** Jaro-Winkler at or above this: alike, with more differences. */
    static final double JW_CLOSE = 0.88;
    /** Rarity-weighted overlap of name words at or above this: nearly the same words. */
    static final double WORDS_SAME = 0.8;
    /** Rarity-weighted containment at or above this: one name is (almost) inside the other. */
    static final double WORDS_CONTAINED = 0.8;
    /** Rarity-weighted containment at or above this: some distinctive words shared. */
    static final double WORDS_SOME = 0.4;

    /** Identifiers shorter than this are never read as one slip apart. */
    static final int MIN_SLIP_LENGTH = 5;
    /** Address level: different streets, the same UK unit postcode. */
    public static final int ADDRESS_OTHER_STREET_SAME_POSTCODE = 3;
    /** Address level: different addresses. */
    public static final int ADDRESS_DIFFERENT = 4;

    private static final JaroWinklerSimilarity JW = new JaroWinklerSimilarity();

    private Comparer() {
    }

    /**
     * All field levels of a pair, packed {@link Field#BITS} bits per field.
     *
     * @param a first record
     * @param b second record
     * @return packed pattern
     */
    public static int pattern(PreparedRecord a, PreparedRecord b) {
        int p = 0;
        for (Field f : Field.ALL) {
            p |= level(f, a, b) << (Field.BITS * f.ordinal());
        }
        return p;
    }

    /**
     * The agreement level of one field.
     *
     * @param f field
     * @param a first record
     * @param b second record
     * @return level index, or {@link Field#NULL} when missing on either side
     */
    public static int level(Field f, PreparedRecord a, PreparedRecord b) {
        NormalisedRecord x = a.record();
        NormalisedRecord y = b.record();
        return switch (f) {
            case NAME -> name(a, b);
            case ADDRESS -> {
                int l = address(x.address(), y.address(), a, b);
                if (l == ADDRESS_DIFFERENT) {
                    // Different streets under one UK unit postcode, which names a dozen or so
                    // addresses: a corner building, a second entrance or a cross-street. A ZIP or
                    // other numeric code names thousands of addresses and says nothing here.
                    yield unitPostcodes(x, y) && x.postcode().value().equals(y.postcode().value())
                            ? ADDRESS_OTHER_STREET_SAME_POSTCODE : l;
                }
                // The same street name in another postcode district is another street ("12 High
                // Street" in two towns), unless both records name the same town: then one of the
                // postcodes is the slip ("2103" for "2013"), not the street.
                yield l != Field.NULL && areasDiffer(x, y) && !sameTown(a, b) ? ADDRESS_DIFFERENT : l;
            }
            // A postcode pins down the town, so comparing both would count one fact twice.
            case TOWN -> x.postcode() != null && y.postcode() != null ? Field.NULL : townLevel(a, b);
            // A full address already says where the premises are and, with the district check
            // and the unit postcode level above, what the postcode would add; counting both would
            // count one fact twice and make two businesses at one address look like one business
            // twice over. So the postcode is the location evidence only when an address is missing.
            case POSTCODE -> hasStreet(x) && hasStreet(y) ? Field.NULL : postcode(x, y);
            case PHONE -> {
                int l = phone(x.phone(), y.phone(), a.phoneLocal, b.phoneLocal);
                // A line that clearly different businesses give (a switchboard) says the two
                // records are reached the same way, not that they are one business: no evidence.
                yield l < 2 && (a.sharedLine || b.sharedLine) ? Field.NULL : l;
            }
            case COMPANY -> identifier(x.company(), y.company());
            case UPRN -> identifier(x.uprn(), y.uprn());
            case CONTACT -> contact(x.contact(), y.contact(), a.contactWords, b.contactWords);
        };
    }

    private static int name(PreparedRecord a, PreparedRecord b) {
        String x = a.record().name();
        String y = b.record().name();
        if (x == null || y == null) {
            return Field.NULL;
        }
        if (x.equals(y)) {
            return 0;
        }
        double shared = sharedWeight(a, b);
        double union = a.nameWeightSum + b.nameWeightSum - shared;
        double overlap = union <= 0 ? 0 : shared / union;
        double smaller = Math.min(a.nameWeightSum, b.nameWeightSum);
        double contained = smaller <= 0 ? 0 : shared / smaller;
        if (overlap >= WORDS_SAME) {
            return 1;
        }
        // Jaro-Winkler is the costly part; skip it when its cheap upper bound already decides.
        double bound = nameBound(a, b);
        if (bound < JW_CLOSE) {
            return contained >= WORDS_CONTAINED ? 2 : contained >= WORDS_SOME ? 3 : 4;
        }
        if (contained >= WORDS_CONTAINED && bound < JW_VERY_CLOSE) {
            return 2;
        }
        double jw = JW.apply(x, y);
        if (jw >= JW_VERY_CLOSE) {
            return 1;
        }
        if (jw >= JW_CLOSE || contained >= WORDS_CONTAINED) {
            return 2;
        }
        return contained >= WORDS_SOME ? 3 : 4;
    }

    /**
     * Rarity weight of the name words the two records share; the words are interned ({@link
     * PreparedRecord}), so identity is equality.
     */
    private static double sharedWeight(PreparedRecord a, PreparedRecord b) {
        double shared = 0;
        for (int i = 0; i < a.nameWords.length; i++) {
            String w = a.nameWords[i];
            for (String v : b.nameWords) {
                if (w == v) {
                    shared += a.nameWordWeights[i];
                    break;
                }
            }
        }
        return shared;
    }

    /**
     * A cheap test that never says no to a pair whose names reach level 3 ("shares distinctive
     * words") or better: either the rarity-weighted share of words is high enough, or the cheap
     * upper bound of Jaro-Winkler leaves room for "similar". Used by blocking to drop pairs met
     * only through a shared name word whose names are otherwise different, before they are
     * compared in full.
     *
     * @param a one record
     * @param b another
     * @return false only when the names are certainly at the "different" level
     */
    public static boolean namesMayBeAlike(PreparedRecord a, PreparedRecord b) {
        String x = a.record().name();
        String y = b.record().name();
        if (x == null || y == null || x.equals(y)) {
            return true;
        }
        double shared = sharedWeight(a, b);
        double smaller = Math.min(a.nameWeightSum, b.nameWeightSum);
        double contained = smaller <= 0 ? 0 : shared / smaller;
        return contained >= WORDS_SOME || nameBound(a, b) >= JW_CLOSE;
    }

    /**
     * Whether two records are clearly in different places: postcodes in different districts, or,
     * without both postcodes, different towns. The same house number and street in two different
     * places is two premises (the address level is then "different", see {@link #level}).
     *
     * @param a one record
     * @param b another
     * @return true only when the localities conflict; a missing postcode and town is no conflict
     */
    public static boolean localitiesDiffer(PreparedRecord a, PreparedRecord b) {
        int p = postcode(a.record(), b.record());
        if (p != Field.NULL) {
            return p == 2 && !sameTown(a, b);
        }
        return townLevel(a, b) == 2;
    }

    /**
     * {@link #jaroWinklerBound} for two names, from each record's sorted characters: the common
     * characters are counted by one merge of the two sorted arrays, with no table to fill and
     * clear, since this runs for every candidate and random pair whose names differ.
     */
    static double nameBound(PreparedRecord a, PreparedRecord b) {
        char[] x = a.nameChars;
        char[] y = b.nameChars;
        if (x.length == 0 || y.length == 0) {
            return 0;
        }
        int common = 0;
        int i = 0;
        int j = 0;
        while (i < x.length && j < y.length) {
            char cx = x[i];
            char cy = y[j];
            if (cx == cy) {
                common++;
                i++;
                j++;
            } else if (cx < cy) {
                i++;
            } else {
                j++;
            }
        }
        return boundFrom(common, a.record().name(), b.record().name());
    }

    private static final ThreadLocal<int[]> CHAR_COUNTS = ThreadLocal.withInitial(() -> new int[128]);

    /**
     * An upper bound on Jaro-Winkler similarity from the characters the two strings have in common
     * (ignoring order and distance), which is never below the true value: Jaro is at most
     * (c/|x| + c/|y| + 1) / 3 for c common characters, and the Winkler prefix bonus only raises it
     * by a fixed share of what is left.
     *
     * @param x one string
     * @param y another
     * @return bound in [0, 1]
     */
    static double jaroWinklerBound(String x, String y) {
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        int[] counts = CHAR_COUNTS.get();
        for (int i = 0; i < x.length(); i++) {
            counts[Math.min(x.charAt(i), 127)]++;
        }
        int common = 0;
        for (int i = 0; i < y.length(); i++) {
            int c = Math.min(y.charAt(i), 127);
            if (counts[c] > 0) {
                counts[c]--;
                common++;
            }
        }
        for (int i = 0; i < x.length(); i++) {
            counts[Math.min(x.charAt(i), 127)] = 0;
        }
        return boundFrom(common, x, y);
    }

    private static double boundFrom(int common, String x, String y) {
        if (common == 0) {
            return 0;
        }
        double jaro = ((double) common / x.length() + (double) common / y.length() + 1) / 3;
        int prefix = 0;
        int max = Math.min(4, Math.min(x.length(), y.length()));
        while (prefix < max && x.charAt(prefix) == y.charAt(prefix)) {
            prefix++;
        }
        return Math.min(1, jaro + 0.1 * prefix * (1 - jaro));
    }

    private static boolean jwAtLeast(String x, String y, double threshold) {
        return jaroWinklerBound(x, y) >= threshold && JW.apply(x, y) >= threshold;
    }

    private static int address(Address x, Address y, PreparedRecord a, PreparedRecord b) {
        String[] coreX = a.coreWords;
        String[] coreY = b.coreWords;
        if (x == null || y == null || x.street() == null || y.street() == null) {
            return Field.NULL;
        }
        boolean sameNumber = Objects.equals(x.houseNumber(), y.houseNumber());
        boolean flatConflict = x.flat() != null && y.flat() != null && !x.flat().equals(y.flat());
        if (sameNumber && !flatConflict && x.street().equals(y.street())) {
            return 0;
        }
        // "Different" counts as a conflict of premises (see ModelTrainer), so a street is only
        // different when it is clearly so; a typo ("Orchdard") still reads as the same street.
        boolean streetClose = Objects.equals(x.streetCore(), y.streetCore())
                || contains(coreX, coreY) || contains(coreY, coreX)
                // Lines in another order: "26 Durraween, Chant Street" / "26 Chant Street,
                // Durraween" names the street in the other record's second line.
                || contains(a.localityWords, coreY) || contains(b.localityWords, coreX)
                || (x.streetCore() != null && y.streetCore() != null
                        && jwAtLeast(x.streetCore(), y.streetCore(), JW_CLOSE));
        if (!streetClose) {
            return ADDRESS_DIFFERENT;
        }
        // A number recorded on one side only is missing information, not a different premises.
        boolean numberConflict = !sameNumber && x.houseNumber() != null && y.houseNumber() != null;
        return numberConflict || flatConflict ? 2 : 1;
    }

    /**
     * Towns, with two names that the records show to be one place ("Headingley" and "Leeds" both
     * under LS6: a district and its town) similar rather than different.
     */
    private static int townLevel(PreparedRecord a, PreparedRecord b) {
        int l = town(a, b);
        return l == 2 && shareAny(a.townAreas, b.townAreas) ? 1 : l;
    }

    /** True when the two lists of interned values have one in common. */
    private static boolean shareAny(String[] x, String[] y) {
        for (String s : x) {
            for (String t : y) {
                if (s == t) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The area a postcode names for comparing places: a UK postcode's district (outward code), a
     * numeric code whole (a US ZIP already names an area of a few thousand addresses), anything
     * else as written.
     *
     * @param p postcode, may be null
     * @return the area, or null
     */
    static String area(Postcode p) {
        if (p == null) {
            return null;
        }
        return p.inward() != null ? p.outward() : p.value();
    }

    /** True when every word of the shorter list is in the longer one. */
    private static boolean contains(String[] big, String[] small) {
        if (small.length == 0 || small.length > big.length) {
            return false;
        }
        outer:
        for (String s : small) {
            for (String b : big) {
                if (s.equals(b)) {
                    continue outer;
                }
            }
            return false;
        }
        return true;
    }

    private static boolean sameTown(PreparedRecord a, PreparedRecord b) {
        int l = town(a, b);
        return l == 0 || l == 1;
    }

    /** Both postcodes name a unit of a few addresses (a UK postcode with its inward code). */
    private static boolean unitPostcodes(NormalisedRecord x, NormalisedRecord y) {
        return x.postcode() != null && y.postcode() != null && x.postcode().inward() != null
                && y.postcode().inward() != null;
    }

    private static boolean hasStreet(NormalisedRecord r) {
        return r.address() != null && r.address().street() != null;
    }

    /**
     * Whether two postcodes name different delivery areas: for a UK postcode its outward code (the
     * district, "SW1A"), for a numeric code (a US ZIP, an Australian postcode) the whole code, which
     * already names an area of a few thousand addresses; its leading digits ("606") cover a whole
     * region or metropolis, where one street name is found in many places.
     */
    static boolean areasDiffer(NormalisedRecord x, NormalisedRecord y) {
        return x.postcode() != null && y.postcode() != null
                && !area(x.postcode()).equals(area(y.postcode()));
    }

    private static int postcode(NormalisedRecord x, NormalisedRecord y) {
        if (x.postcode() == null || y.postcode() == null) {
            return Field.NULL;
        }
        if (x.postcode().value().equals(y.postcode().value())) {
            return 0;
        }
        String ox = x.postcode().outward();
        return ox != null && ox.equals(y.postcode().outward()) ? 1 : 2;
    }

    private static int phone(String x, String y, String localX, String localY) {
        if (x == null || y == null) {
            return Field.NULL;
        }
        if (x.equals(y)) {
            return 0;
        }
        return localX.equals(localY) ? 1 : 2;
    }

    /**
     * Identifiers (company number, UPRN): exact or different. Two that differ by one keying slip
     * (one character changed, dropped or added, or two neighbours swapped) are neither: the
     * slip says the records meant one number, not that they name two, and two different
     * identifiers that close (a group's companies registered one after another) may be one
     * premises' businesses. So such a pair is not compared, and the rest of the evidence decides.
     */
    private static int identifier(String x, String y) {
        if (x == null || y == null) {
            return Field.NULL;
        }
        if (x.equals(y)) {
            return 0;
        }
        return oneSlipApart(x, y) ? Field.NULL : 1;
    }

    /**
     * Whether two strings of at least {@link #MIN_SLIP_LENGTH} characters are one keying slip apart
     * (optimal string alignment distance 1: one changed, dropped or added, or two neighbours
     * swapped); equal strings are not.
     */
    static boolean oneSlipApart(String x, String y) {
        int lx = x.length();
        int ly = y.length();
        if (Math.min(lx, ly) < MIN_SLIP_LENGTH || Math.abs(lx - ly) > 1 || x.equals(y)) {
            return false;
        }
        int i = 0;
        while (i < lx && i < ly && x.charAt(i) == y.charAt(i)) {
            i++;
        }
        if (lx == ly) {
            // One changed, or two neighbours swapped: the tails after them agree.
            if (x.regionMatches(i + 1, y, i + 1, lx - i - 1)) {
                return true;
            }
            return i + 1 < lx && x.charAt(i) == y.charAt(i + 1) && x.charAt(i + 1) == y.charAt(i)
                    && x.regionMatches(i + 2, y, i + 2, lx - i - 2);
        }
        // One dropped or added: skipping it in the longer string leaves the same tail.
        return lx > ly ? x.regionMatches(i + 1, y, i, ly - i) : y.regionMatches(i + 1, x, i, lx - i);
    }

    /**
     * Towns: exact; similar when alike or when one name's words all stand in the other ("new york"
     * in "new york ny", a district named with its town); otherwise different.
     */
    private static int town(PreparedRecord a, PreparedRecord b) {
        String x = a.record().town();
        String y = b.record().town();
        if (x == null || y == null) {
            return Field.NULL;
        }
        if (x.equals(y)) {
            return 0;
        }
        if (jwAtLeast(x, y, JW_CLOSE)) {
            return 1;
        }
        return contains(a.townWords, b.townWords) || contains(b.townWords, a.townWords) ? 1 : 2;
    }

    private static int contact(String x, String y, String[] wx, String[] wy) {
        if (x == null || y == null) {
            return Field.NULL;
        }
        if (x.equals(y)) {
            return 0;
        }
        if (jwAtLeast(x, y, JW_VERY_CLOSE)) {
            return 1;
        }
        int shared = 0;
        for (String s : wx) {
            for (String t : wy) {
                if (s.length() > 1 && s.equals(t)) {
                    shared++;
                    break;
                }
            }
        }
        return shared > 0 && shared * 2 >= Math.min(wx.length, wy.length) ? 1 : 2;
    }
}
