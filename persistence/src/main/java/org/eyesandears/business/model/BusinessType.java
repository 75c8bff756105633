package org.eyesandears.business.model;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of business partnerships target, on the register (issue 16). An agency's own wording
 * ("Takeaway/sandwich shop", "Hotel/bed &amp; breakfast/guest house", "Hand car wash") is read into
 * one of these by {@link #fromText}; wording that fits none leaves the type unknown rather than
 * guessing.
 */
public enum BusinessType {
    CAR_WASH("Car wash or valet", List.of("car wash", "carwash", "car valet", "hand wash", "valeting")),
    NAIL_BAR("Nail bar or beauty salon", List.of("nail", "beauty")),
    BARBER("Barber or hairdresser", List.of("barber", "hairdress", "hair salon")),
    TAKEAWAY("Takeaway", List.of("takeaway", "take away", "take-away", "sandwich")),
    RESTAURANT("Restaurant or cafe", List.of("restaurant", "cafe", "café", "canteen")),
    HMO("House in multiple occupation", List.of("hmo", "multiple occupation")),
    HOTEL("Hotel, guest house or B&B", List.of("hotel", "guest house", "guesthouse", "b&b", "bed and breakfast",
            "bed & breakfast")),
    MONEY_SERVICE("Money service business", List.of("money service", "money transfer", "bureau de change",
            "remittance", "cheque cash")),
    SHOP("Shop or convenience store", List.of("retail", "shop", "convenience", "supermarket", "grocer",
            "off licence", "off-licence", "mini market", "mini-market")),
    FACTORY("Factory or warehouse", List.of("factory", "warehouse", "manufactur", "packer", "distribution"));

    private final String label;
    private final List<String> words;

    BusinessType(String label, List<String> words) {
        this.label = label;
        this.words = words;
    }

    /** What pages show: "Car wash or valet". */
    public String label() {
        return label;
    }

    /** The type a code names ("CAR_WASH"), or empty for null, blank or an unknown code. */
    public static Optional<BusinessType> ofCode(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        for (BusinessType t : values()) {
            if (t.name().equalsIgnoreCase(code.strip())) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /**
     * The type an agency's wording names: a code or label as such, else the first type (in the
     * order above, so "nail bar" is not a bar and "takeaway/sandwich shop" not a shop) one of whose
     * words it contains; empty when none fits.
     */
    public static Optional<BusinessType> fromText(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip().toLowerCase(Locale.UK);
        for (BusinessType type : values()) {
            if (type.name().equalsIgnoreCase(t) || type.label.equalsIgnoreCase(t)) {
                return Optional.of(type);
            }
        }
        for (BusinessType type : values()) {
            if (type.words.stream().anyMatch(t::contains)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
