package org.eyesandears.linkage.normalise;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Canonical form of a business or organisation name: folded case and accents, "&amp;" and "+" as
 * "and", punctuation removed, a leading "the" and trailing legal-form suffixes (Ltd, Limited, PLC,
 * LLP, N.V., LLC, Inc ...) dropped, and a few common word abbreviations written out. "The Chicken
 * Shop Ltd." and "CHICKEN SHOP LIMITED" both become "chicken shop".
 */
public final class NameNormaliser {

    /** Legal forms that say nothing about which business it is; removed from the end of a name. */
    static final Set<String> LEGAL_SUFFIXES = Set.of(
            // UK, Ireland, US, Canada, Australia
            "ltd", "limited", "plc", "llp", "lp", "llc", "inc", "incorporated", "corp", "corporation",
            "co", "company", "cic", "cio", "pty", "ulc", "lc", "pllc", "pc", "uk", "dac", "cia",
            // Netherlands, Belgium, Germany, Austria, Switzerland
            "nv", "bv", "vof", "cv", "bvba", "sprl", "srl", "gmbh", "ag", "kg", "ohg", "ug", "mbh",
            "ev", "eg", "kgaa", "se",
            // France, Spain, Portugal, Italy, Latin America
            "sa", "sarl", "sas", "sasu", "sca", "snc", "sl", "slu", "spa", "sapa", "scarl", "ltda",
            "lda", "sab",
            // Nordic countries
            "oy", "oyj", "ab", "publ", "as", "asa", "aps", "hf", "ehf", "ans", "ky",
            // Central and Eastern Europe, Turkey, Russia
            "sro", "sp", "spzoo", "zoo", "kft", "zrt", "nyrt", "doo", "dd", "ad", "ood", "ooo", "oao",
            "zao", "pao", "pjsc", "jsc", "sti", "tic",
            // Asia and elsewhere
            "kk", "gk", "yk", "pte", "bhd", "sdn", "tbk", "pvt");

    // Word-level expansions that are unambiguous inside business names.
    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("ctr", "centre"), Map.entry("center", "centre"), Map.entry("cntr", "centre"),
            Map.entry("acad", "academy"), Map.entry("assoc", "association"),
            Map.entry("assn", "association"), Map.entry("intl", "international"),
            Map.entry("dept", "department"), Map.entry("svcs", "services"), Map.entry("svc", "service"),
            Map.entry("bros", "brothers"), Map.entry("st", "saint"), Map.entry("ste", "sainte"),
            Map.entry("mt", "mount"), Map.entry("univ", "university"), Map.entry("sch", "school"),
            Map.entry("comm", "community"), Map.entry("dev", "development"),
            Map.entry("mgmt", "management"), Map.entry("natl", "national"),
            Map.entry("hosp", "hospital"), Map.entry("rest", "restaurant"),
            Map.entry("takeaway", "takeaway"), Map.entry("grp", "group"),
            Map.entry("mfg", "manufacturing"), Map.entry("mfrs", "manufacturers"),
            Map.entry("hldgs", "holdings"), Map.entry("hldg", "holding"),
            Map.entry("inds", "industries"), Map.entry("ind", "industries"),
            Map.entry("labs", "laboratories"), Map.entry("lab", "laboratory"),
            Map.entry("sys", "systems"), Map.entry("tech", "technology"),
            Map.entry("techs", "technologies"), Map.entry("engg", "engineering"),
            Map.entry("eng", "engineering"), Map.entry("mgt", "management"),
            Map.entry("ins", "insurance"), Map.entry("pharm", "pharmaceuticals"),
            Map.entry("chem", "chemicals"), Map.entry("elec", "electric"),
            Map.entry("coop", "cooperative"));

    private NameNormaliser() {
    }

    /**
     * Normalises a name to lower-case ASCII words separated by single spaces.
     *
     * @param raw name as typed, may be null
     * @return canonical name, or null when nothing meaningful is left
     */
    public static String normalise(String raw) {
        List<String> tokens = tokens(raw);
        return tokens.isEmpty() ? null : String.join(" ", tokens);
    }

    /**
     * A name word in the form used to compare words and count their rarity: regular English plurals
     * and possessives folded to the singular ("stores" and "store", "kebabs" and "kebab", "bakeries"
     * and "bakery", "churches" and "church", "joes" for "Joe's" and "joe"), so that ordinary
     * variants of one business's name share their words. The canonical name itself keeps the word
     * as written; only the word-by-word comparison and the rarity weights use this form. Words of
     * three letters or fewer and words ending in "ss", "us" or "is" are kept as they are.
     *
     * @param word a canonical name word (lower-case ASCII)
     * @return the word's singular form
     */
    public static String wordForm(String word) {
        int n = word.length();
        if (n <= 3 || word.charAt(n - 1) != 's') {
            return word;
        }
        if (word.endsWith("ss") || word.endsWith("us") || word.endsWith("is")) {
            return word;
        }
        if (n >= 5 && word.endsWith("ies")) {
            return word.substring(0, n - 3) + "y";
        }
        if (n >= 5 && (word.endsWith("ches") || word.endsWith("shes") || word.endsWith("sses")
                || word.endsWith("xes") || word.endsWith("zes"))) {
            return word.substring(0, n - 2);
        }
        return word.substring(0, n - 1);
    }

    /**
     * The canonical name as tokens.
     *
     * @param raw name as typed, may be null
     * @return tokens, possibly empty
     */
    public static List<String> tokens(String raw) {
        if (raw == null) {
            return List.of();
        }
        String folded = Text.fold(raw).replace("&", " and ").replace("+", " and ");
        List<String> in = Text.tokens(folded, "");
        List<String> out = new ArrayList<>(in.size());
        for (String t : in) {
            out.add(WORDS.getOrDefault(t, t));
        }
        // Strip legal forms repeatedly from the end ("Foo Holdings Co Ltd" -> "foo holdings"), but
        // never strip the whole name away ("Company" alone stays).
        while (out.size() > 1 && (LEGAL_SUFFIXES.contains(out.get(out.size() - 1))
                || out.get(out.size() - 1).equals("and"))) {
            out.remove(out.size() - 1);
        }
        if (out.size() > 1 && out.get(0).equals("the")) {
            out.remove(0);
        }
        return out;
    }
}
