package org.eyesandears.linkage.normalise;

import java.util.List;

/**
 * An address line taken apart: the house number and flat/unit are pulled out so "Flat 2, 12 The
 * Broadway" and "12 Broadway" can be seen to share a building, street abbreviations are written out,
 * and any postcode typed at the end is lifted out.
 *
 * @param houseNumber house number as typed ("12", "12a", "12-14"), or null
 * @param flat flat, unit, suite or room number, or null
 * @param street street words with abbreviations expanded ("north cleveland avenue"), or null
 * @param streetCore the distinctive street words only (no compass points, street types or "the"),
 *     used for fuzzy comparison and blocking, or null
 * @param locality words after the street line (district, town), or null
 * @param postcode postcode found at the end of the line, or null
 */
public record Address(String houseNumber, String flat, String street, String streetCore,
        String locality, Postcode postcode) {

    /**
     * One-line key: house number and street, the form compared for exact agreement.
     *
     * @return key, or null when there is no street
     */
    public String key() {
        if (street == null) {
            return null;
        }
        return houseNumber == null ? street : houseNumber + " " + street;
    }

    /**
     * Distinctive street words as a list.
     *
     * @return tokens, possibly empty
     */
    public List<String> coreTokens() {
        return streetCore == null ? List.of() : List.of(streetCore.split(" "));
    }
}
