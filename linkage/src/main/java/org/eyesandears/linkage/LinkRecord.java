package org.eyesandears.linkage;

import java.util.Objects;

/**
 * One record as an agency holds it, before normalisation. Only {@code source}, {@code id} and
 * {@code name} are required; every other field may be null when the source does not record it.
 *
 * @param source name of the list the record came from ("fsa-fhrs", "fire-inspections")
 * @param id the record's identifier within its source
 * @param name trading or organisation name
 * @param address address line(s) as typed; may include town and postcode
 * @param town town or locality
 * @param postcode postcode or ZIP
 * @param phone phone number in any format
 * @param company company registration number
 * @param uprn Unique Property Reference Number
 * @param contact a named contact person
 */
public record LinkRecord(String source, String id, String name, String address, String town,
        String postcode, String phone, String company, String uprn, String contact) {

    /**
     * Checks the required fields.
     *
     * @throws NullPointerException when source or id is null
     */
    public LinkRecord {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(id, "id");
    }

    /**
     * Starts a builder for a record of the given source and id.
     *
     * @param source source name
     * @param id record id
     * @return builder
     */
    public static Builder builder(String source, String id) {
        return new Builder(source, id);
    }

    /** Fluent builder, so callers set only the fields they have. */
    public static final class Builder {
        private final String source;
        private final String id;
        private String name;
        private String address;
        private String town;
        private String postcode;
        private String phone;
        private String company;
        private String uprn;
        private String contact;

        private Builder(String source, String id) {
            this.source = source;
            this.id = id;
        }

        /** @param v name @return this builder */
        public Builder name(String v) {
            name = v;
            return this;
        }

        /** @param v address @return this builder */
        public Builder address(String v) {
            address = v;
            return this;
        }

        /** @param v town @return this builder */
        public Builder town(String v) {
            town = v;
            return this;
        }

        /** @param v postcode @return this builder */
        public Builder postcode(String v) {
            postcode = v;
            return this;
        }

        /** @param v phone @return this builder */
        public Builder phone(String v) {
            phone = v;
            return this;
        }

        /** @param v company number @return this builder */
        public Builder company(String v) {
            company = v;
            return this;
        }

        /** @param v UPRN @return this builder */
        public Builder uprn(String v) {
            uprn = v;
            return this;
        }

        /** @param v contact name @return this builder */
        public Builder contact(String v) {
            contact = v;
            return this;
        }

        /** @return the record */
        public LinkRecord build() {
            return new LinkRecord(source, id, name, address, town, postcode, phone, company, uprn,
                    contact);
        }
    }
}
