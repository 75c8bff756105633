package org.eyesandears.linkage.normalise;

import java.util.List;

/**
 * A record with every field in canonical form, ready to be compared. Missing or unusable fields are
 * null (never empty strings), so "not recorded" is never mistaken for "recorded as different".
 *
 * @param source source name
 * @param id record id within the source
 * @param name canonical name, or null
 * @param nameTokens words of the canonical name in their singular form
 *        ({@link NameNormaliser#wordForm}), possibly empty
 * @param address parsed address, or null
 * @param town canonical town (from the town field, else from the address line), or null
 * @param postcode canonical postcode (from the postcode field, else from the address line), or null
 * @param phone national-form phone digits, or null
 * @param company canonical company number, or null
 * @param uprn UPRN digits, or null
 * @param contact canonical contact name, or null
 */
public record NormalisedRecord(String source, String id, String name, List<String> nameTokens,
        Address address, String town, Postcode postcode, String phone, String company, String uprn,
        String contact) {
}
