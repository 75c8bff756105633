package org.eyesandears.agency.service;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eyesandears.agency.model.AgencyPower.Kind;

/**
 * Which agency the powers directory suggests should lead a visit, among the agencies with an
 * interest in the business: advice, never a decision (the coordinator chooses the lead, ADR 0031).
 *
 * <p>The rule: count each candidate's powers that a visit of this purpose may need (enforcement:
 * entry without warrant, closure, prohibition, arrest, seizure, civil penalties; compliance
 * support: entry, inspection, pay records, licence review; mixed: all). Prefer a candidate that can
 * get in (entry without warrant; for compliance support an inspection power will do), then the
 * most such powers, then the candidate with the most interest (the order given). No suggestion
 * when no candidate holds any such power.
 */
public final class LeadAdvice {

    /** A suggested lead agency, the powers that make it one, and the reason in words. */
    public record Suggestion(String agencyCode, String agencyName, List<String> powers, String reason) implements Serializable {
    }

    private static final Set<Kind> ENFORCEMENT = EnumSet.of(Kind.ENTRY_WITHOUT_WARRANT, Kind.CLOSURE,
            Kind.PROHIBITION, Kind.ARREST, Kind.SEIZURE, Kind.CIVIL_PENALTY);
    private static final Set<Kind> COMPLIANCE = EnumSet.of(Kind.ENTRY_WITHOUT_WARRANT, Kind.INSPECTION,
            Kind.PAY_RECORDS, Kind.LICENCE_REVIEW);

    private LeadAdvice() {
    }

    /**
     * @param candidates agency codes with an interest in the business, most interest first
     * @param purpose    the visit's purpose: ENFORCEMENT, COMPLIANCE_SUPPORT or MIXED (null: MIXED)
     * @param powers     the directory's powers in force
     */
    public static Suggestion suggest(List<String> candidates, String purpose, List<PowerSummary> powers) {
        Set<Kind> relevant = relevant(purpose);
        Set<Kind> entry = "COMPLIANCE_SUPPORT".equals(purpose)
                ? EnumSet.of(Kind.ENTRY_WITHOUT_WARRANT, Kind.INSPECTION) : EnumSet.of(Kind.ENTRY_WITHOUT_WARRANT);
        Map<String, List<PowerSummary>> byAgency = powers.stream()
                .collect(Collectors.groupingBy(PowerSummary::agencyCode));
        record Scored(int index, String code, List<PowerSummary> useful, boolean entry) {
        }
        List<Scored> scored = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            String code = candidates.get(i);
            List<PowerSummary> useful = byAgency.getOrDefault(code, List.of()).stream()
                    .filter(p -> relevant.contains(Kind.valueOf(p.kind()))).toList();
            if (!useful.isEmpty()) {
                boolean getsIn = useful.stream().anyMatch(p -> entry.contains(Kind.valueOf(p.kind())));
                scored.add(new Scored(i, code, useful, getsIn));
            }
        }
        return scored.stream()
                .min(Comparator.comparing((Scored s) -> !s.entry())
                        .thenComparing(s -> -s.useful().size())
                        .thenComparing(Scored::index))
                .map(best -> new Suggestion(best.code(), best.useful().get(0).agencyName(),
                        best.useful().stream().map(p -> p.title() + " (" + p.legalBasis() + ")").toList(),
                        (holds(best.useful(), Kind.ENTRY_WITHOUT_WARRANT) ? "It can enter without a warrant; it holds "
                                : best.entry() ? "It has a power of inspection; it holds " : "It holds ")
                                + best.useful().size() + (best.useful().size() == 1 ? " power" : " powers")
                                + " " + words(purpose) + " visit may need."))
                .orElse(null);
    }

    private static boolean holds(List<PowerSummary> powers, Kind kind) {
        return powers.stream().anyMatch(p -> kind.name().equals(p.kind()));
    }

    private static Set<Kind> relevant(String purpose) {
        if ("ENFORCEMENT".equals(purpose)) {
            return ENFORCEMENT;
        }
        if ("COMPLIANCE_SUPPORT".equals(purpose)) {
            return COMPLIANCE;
        }
        return EnumSet.allOf(Kind.class);
    }

    private static String words(String purpose) {
        String words = purpose == null ? "mixed" : purpose.replace('_', ' ').toLowerCase(Locale.UK);
        return ("aeiou".indexOf(words.charAt(0)) >= 0 ? "an " : "a ") + words;
    }
}
