package org.eyesandears.linkage.normalise;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Parses a free-text address line into an {@link Address}. */
public final class AddressNormaliser {

    private static final Map<String, String> STREET_WORDS = Map.ofEntries(
            Map.entry("rd", "road"), Map.entry("ave", "avenue"), Map.entry("av", "avenue"),
            Map.entry("avn", "avenue"), Map.entry("blvd", "boulevard"), Map.entry("bvd", "boulevard"),
            Map.entry("dr", "drive"), Map.entry("drv", "drive"), Map.entry("ln", "lane"),
            Map.entry("pl", "place"), Map.entry("ct", "court"), Map.entry("crt", "court"),
            Map.entry("cres", "crescent"), Map.entry("cresc", "crescent"),
            Map.entry("gdns", "gardens"), Map.entry("sq", "square"), Map.entry("pk", "park"),
            Map.entry("hwy", "highway"), Map.entry("pkwy", "parkway"), Map.entry("ter", "terrace"),
            Map.entry("terr", "terrace"), Map.entry("cl", "close"), Map.entry("gr", "grove"),
            Map.entry("gro", "grove"), Map.entry("mt", "mount"), Map.entry("hse", "house"),
            Map.entry("bldg", "building"), Map.entry("est", "estate"), Map.entry("ind", "industrial"),
            Map.entry("wy", "way"), Map.entry("pde", "parade"), Map.entry("cir", "circle"),
            Map.entry("expy", "expressway"), Map.entry("cswy", "causeway"), Map.entry("sth", "south"),
            Map.entry("nth", "north"), Map.entry("n", "north"), Map.entry("s", "south"),
            Map.entry("e", "east"), Map.entry("w", "west"), Map.entry("ne", "northeast"),
            Map.entry("nw", "northwest"), Map.entry("se", "southeast"), Map.entry("sw", "southwest"));

    private static final Set<String> NOT_CORE = Set.of("the", "north", "south", "east", "west",
            "northeast", "northwest", "southeast", "southwest", "street", "road", "avenue", "boulevard",
            "drive", "lane", "place", "court", "crescent", "gardens", "square", "highway", "parkway",
            "terrace", "close", "grove", "way", "parade", "circle", "expressway", "causeway", "of");

    private static final Set<String> FLAT_MARKERS = Set.of("flat", "unit", "apt", "apartment", "suite",
            "room", "rm", "floor", "fl", "office", "no", "number", "ste", "bay", "shop", "stall");

    /**
     * Ordinal words and their numeric forms, in both directions one canonical form ("5th"), so
     * "Fifth Avenue", "5th Ave" and "5Th Avenue" are one street.
     */
    private static final Map<String, String> ORDINALS = ordinals();

    /**
     * Cardinal number words, read as a house number only where a house number stands (first word
     * of the line, before the street): "One Canada Square" is 1 Canada Square.
     */
    private static final Map<String, String> CARDINALS = Map.ofEntries(
            Map.entry("one", "1"), Map.entry("two", "2"), Map.entry("three", "3"),
            Map.entry("four", "4"), Map.entry("five", "5"), Map.entry("six", "6"),
            Map.entry("seven", "7"), Map.entry("eight", "8"), Map.entry("nine", "9"),
            Map.entry("ten", "10"), Map.entry("eleven", "11"), Map.entry("twelve", "12"));

    /**
     * Words naming a floor or part of a building. "First Floor, 12 High Street" is the building at
     * 12 High Street; the floor is kept like a flat, so two floors of one building still differ.
     */
    private static final Set<String> FLOOR_WORDS = Set.of("floor", "flr", "fl");
    private static final Set<String> FLOOR_ALONE = Set.of("basement", "ground", "lower", "upper",
            "mezzanine", "rear", "front");

    private static final Pattern HOUSE_NUMBER = Pattern.compile("^[0-9]+[a-z]?(-[0-9]+[a-z]?)?$");
    private static final Pattern HYPHEN_NOT_RANGE = Pattern.compile("(?<![0-9])-|-(?![0-9])");

    private AddressNormaliser() {
    }

    /**
     * Parses an address line (or several joined with commas or line breaks).
     *
     * @param raw address as typed, may be null
     * @return the parsed address, or null when blank
     */
    public static Address parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String folded = Text.fold(raw).replace('\n', ',').replace('\r', ',');
        Postcode postcode = null;
        int pc = Postcode.trailingPostcodeStart(folded);
        if (pc >= 0) {
            postcode = Postcode.parse(folded.substring(pc));
            folded = folded.substring(0, pc);
        }
        folded = HYPHEN_NOT_RANGE.matcher(folded).replaceAll(" ");
        // Commas become a token of their own so that line structure survives tokenising.
        folded = folded.replace(",", " , ").replace("#", " # ");
        List<String> tokens = new ArrayList<>();
        for (String part : folded.split(" ")) {
            if (part.equals(",") || part.equals("#")) {
                tokens.add(part);
            } else if (!part.isEmpty()) {
                tokens.addAll(Text.tokens(part, "-", false));
            }
        }
        String flat = null;
        String floor = null;
        List<String> rest = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            // "First Floor", "1st Floor", "Floor 2", "Ground Floor", "Basement": a part of the
            // building, kept apart from the house number and the street.
            String next = i + 1 < tokens.size() ? tokens.get(i + 1) : "";
            if (FLOOR_WORDS.contains(next) && (FLOOR_ALONE.contains(t) || ORDINALS.containsKey(t)
                    || ORDINALS.containsValue(t))) {
                floor = floor == null ? "floor " + ordinal(t) : floor;
                i++;
                continue;
            }
            if ((t.equals("floor") || t.equals("flr")) && isNumberLike(next)) {
                floor = floor == null ? "floor " + next : floor;
                i++;
                continue;
            }
            if (t.equals("basement") && (next.equals(",") || next.isEmpty()
                    || HOUSE_NUMBER.matcher(next).matches())) {
                floor = floor == null ? "floor basement" : floor;
                continue;
            }
            boolean marker = FLAT_MARKERS.contains(t) || t.equals("#");
            if (marker && i + 1 < tokens.size() && isNumberLike(tokens.get(i + 1))) {
                // "st" after a number would be "street", so only a following number makes a flat.
                if (flat == null) {
                    flat = tokens.get(i + 1);
                }
                i++;
                continue;
            }
            rest.add(t);
        }
        // A number written as a word where the house number stands: "One Canada Square".
        for (int i = 0; i < rest.size(); i++) {
            String t = rest.get(i);
            if (t.equals(",") || t.equals("#")) {
                continue;
            }
            if (CARDINALS.containsKey(t) && i + 1 < rest.size() && !rest.get(i + 1).equals(",")) {
                rest.set(i, CARDINALS.get(t));
            }
            break;
        }
        int h = -1;
        for (int i = 0; i < rest.size(); i++) {
            if (HOUSE_NUMBER.matcher(rest.get(i)).matches()) {
                h = i;
                break;
            }
        }
        String houseNumber = h >= 0 ? rest.get(h) : null;
        int from = h >= 0 ? h + 1 : 0;
        List<String> street = new ArrayList<>();
        int i = from;
        for (; i < rest.size(); i++) {
            String t = rest.get(i);
            if (t.equals(",")) {
                if (street.isEmpty()) {
                    continue;
                }
                break;
            }
            if (t.equals("#")) {
                continue;
            }
            street.add(t);
        }
        List<String> locality = new ArrayList<>();
        for (; i < rest.size(); i++) {
            String t = rest.get(i);
            if (!t.equals(",") && !t.equals("#")) {
                locality.add(t);
            }
        }
        List<String> expanded = new ArrayList<>(street.size());
        for (int k = 0; k < street.size(); k++) {
            String t = street.get(k);
            if (t.equals("st")) {
                // "St" last (or before a compass point) is Street; first, before a name, is Saint.
                boolean last = k == street.size() - 1;
                expanded.add(last || k > 0 ? "street" : "saint");
            } else {
                expanded.add(ordinal(STREET_WORDS.getOrDefault(t, t)));
            }
        }
        if (expanded.size() > 1 && expanded.get(0).equals("the")) {
            // "12 The Broadway" and "12 Broadway" are one street; the article is often left out.
            expanded.remove(0);
        }
        List<String> core = new ArrayList<>();
        for (String t : expanded) {
            if (!NOT_CORE.contains(t)) {
                core.add(t);
            }
        }
        if (core.isEmpty()) {
            core = expanded;
        }
        if (flat == null && floor != null) {
            flat = floor;
        }
        if (expanded.isEmpty() && houseNumber == null && flat == null) {
            return postcode == null ? null : new Address(null, null, null, null, null, postcode);
        }
        return new Address(houseNumber, flat, expanded.isEmpty() ? null : String.join(" ", expanded),
                core.isEmpty() ? null : String.join(" ", core),
                locality.isEmpty() ? null : String.join(" ", locality), postcode);
    }

    private static Map<String, String> ordinals() {
        String[] words = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
            "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
            "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"};
        Map<String, String> m = new java.util.HashMap<>();
        for (int i = 0; i < words.length; i++) {
            int n = i + 1;
            String suffix = n % 100 >= 11 && n % 100 <= 13 ? "th"
                    : n % 10 == 1 ? "st" : n % 10 == 2 ? "nd" : n % 10 == 3 ? "rd" : "th";
            m.put(words[i], n + suffix);
        }
        return Map.copyOf(m);
    }

    /**
     * Canonical ordinal: "fifth" and "5th" become "5th"; anything else unchanged.
     *
     * @param t token
     * @return canonical token
     */
    static String ordinal(String t) {
        return ORDINALS.getOrDefault(t, t);
    }

    private static boolean isNumberLike(String t) {
        return !t.isEmpty() && (Character.isDigit(t.charAt(0))
                || (t.length() <= 2 && Character.isLetter(t.charAt(0)) && t.length() == 1));
    }
}
