package org.eyesandears.business.register.service;

import java.io.Serializable;

/** A business as the type-ahead lists it: name and where it is. */
public record BusinessSummary(long id, String tradingName, String addressLine1, String town,
                              String postcode, boolean confirmed) implements Serializable {

    /** One line for pickers: "Chicken Shop, 12 The Broadway, Luton LU1 1AA". */
    public String label() {
        StringBuilder s = new StringBuilder(tradingName);
        if (addressLine1 != null) {
            s.append(", ").append(addressLine1);
        }
        if (town != null) {
            s.append(", ").append(town);
        }
        if (postcode != null) {
            s.append(town == null ? ", " : " ").append(postcode);
        }
        return s.toString();
    }
}
