package org.eyesandears.linkage.model;

import java.util.List;

/**
 * The fields compared between two records, each with its agreement levels from strongest (index
 * 0, exact agreement) to "different" (last index). A field missing on either record has no level
 * and adds nothing to the score.
 */
public enum Field {
    /** Business or organisation name. */
    NAME("name", List.of("exact", "very similar", "similar", "shares distinctive words", "different"),
            List.of("same name", "very similar names", "similar names",
                    "names share some distinctive words but otherwise differ", "different names")),
    /** House number, flat and street. */
    ADDRESS("address", List.of("exact", "same street, written differently or number missing",
            "same street, different number", "different street, same postcode", "different"),
            List.of("same address", "same street and house number, written differently or with the"
                    + " number missing on one record",
                    "same street but a different house or flat number",
                    "different streets but the same postcode (a corner, a second entrance or a"
                            + " cross-street)", "different addresses")),
    /** Town or locality. */
    TOWN("town", List.of("exact", "similar", "different"),
            List.of("same town", "similar town names, or a district and its town (seen in one postcode"
                    + " area)", "different towns")),
    /** Postcode or ZIP. */
    POSTCODE("postcode", List.of("exact", "same district", "different"),
            List.of("same postcode", "same postcode district", "different postcodes")),
    /** Phone number. */
    PHONE("phone", List.of("exact", "same local number", "different"),
            List.of("same phone number", "same local phone number (area code missing or different)",
                    "different phone numbers")),
    /** Company registration number. */
    COMPANY("company", List.of("exact", "different"),
            List.of("same company number", "different company numbers")),
    /** Unique Property Reference Number. */
    UPRN("uprn", List.of("exact", "different"),
            List.of("same property reference (UPRN)", "different property references (UPRN)")),
    /** Named contact person. */
    CONTACT("contact", List.of("exact", "similar", "different"),
            List.of("same contact name", "similar contact names", "different contact names"));

    /**
     * All fields in ordinal order, shared: {@code values()} copies its array on every call, which
     * the per-pair loops would pay tens of millions of times.
     */
    static final Field[] ALL = values();

    /** Bits per field in a packed comparison pattern. */
    public static final int BITS = 3;
    /** Level code meaning "missing on one or both records". */
    public static final int NULL = 7;

    private final String key;
    private final List<String> levels;
    private final List<String> phrases;

    Field(String key, List<String> levels, List<String> phrases) {
        this.key = key;
        this.levels = levels;
        this.phrases = phrases;
    }

    /** @return the lower-case key used in CLI column maps and saved models */
    public String key() {
        return key;
    }

    /** @return number of agreement levels (excluding missing) */
    public int levelCount() {
        return levels.size();
    }

    /** @param level level index @return short technical label of the level */
    public String levelLabel(int level) {
        return level == NULL ? "missing" : levels.get(level);
    }

    /** @param level level index @return plain-English description of what was observed */
    public String phrase(int level) {
        return level == NULL ? key + " missing on one or both records" : phrases.get(level);
    }

    /**
     * Reads a field from its key.
     *
     * @param key key such as "postcode"
     * @return the field
     * @throws IllegalArgumentException for an unknown key
     */
    public static Field fromKey(String key) {
        for (Field f : values()) {
            if (f.key.equals(key)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown field '" + key + "'");
    }

    /**
     * Extracts this field's level from a packed pattern.
     *
     * @param pattern packed levels, {@link #BITS} bits per field in ordinal order
     * @return level index, or {@link #NULL}
     */
    public int levelIn(int pattern) {
        return (pattern >>> (BITS * ordinal())) & 7;
    }
}
