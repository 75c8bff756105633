package org.eyesandears.linkage.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eyesandears.linkage.model.Field;
import org.eyesandears.linkage.model.FieldWeight;
import org.eyesandears.linkage.model.Json;
import org.eyesandears.linkage.model.ScoredPair;

/**
 * Why a pair scored as it did: the prior, then each field's contribution in a fixed order, each
 * step's running total, ending exactly (to floating-point rounding) at the pair's match weight.
 *
 * @param pair the scored pair explained
 * @param steps the prior followed by one step per field
 * @param summary one sentence for the user interface
 */
public record Explanation(ScoredPair pair, List<Step> steps, String summary) {

    /**
     * Builds the explanation of a scored pair.
     *
     * @param pair scored pair
     * @return explanation
     */
    public static Explanation of(ScoredPair pair) {
        List<Step> steps = new ArrayList<>();
        double running = pair.priorWeight();
        steps.add(new Step("prior", null, null, null, pair.priorWeight(), 0, running, String.format(
                Locale.ROOT, "Starting point: before looking at any field, two records are a match "
                        + "with probability %s", percent(probabilityOf(pair.priorWeight())))));
        for (FieldWeight fw : pair.fields()) {
            running += fw.weight();
            steps.add(new Step(fw.field().key(), fw.valueA(), fw.valueB(),
                    fw.field().levelLabel(fw.level()), fw.weight(), fw.tfAdjustment(), running,
                    wording(fw)));
        }
        String verdict = pair.probability() >= 0.5 ? "likely the same business" : "likely different";
        String summary = String.format(Locale.ROOT, "Match probability %s (weight %.1f): %s.",
                percent(pair.probability()), pair.matchWeight(), verdict);
        return new Explanation(pair, List.copyOf(steps), summary);
    }

    /**
     * Plain-English wording for one field: what was seen, then how much it counts.
     *
     * @param fw the field's contribution
     * @return e.g. "same phone number: very strong evidence of a match"
     */
    public static String wording(FieldWeight fw) {
        Field f = fw.field();
        if (fw.missing()) {
            if (fw.valueA() != null && fw.valueB() != null && f == Field.PHONE) {
                return "same phone line, but records of clearly different businesses give it (a"
                        + " switchboard or a shared line): no evidence either way";
            }
            if (fw.valueA() != null && fw.valueB() != null && (f == Field.COMPANY || f == Field.UPRN)) {
                return (f == Field.COMPANY ? "company numbers" : "property references (UPRN)")
                        + " one keying slip apart (a character changed, dropped or added, or two"
                        + " swapped): no evidence either way";
            }
            if (fw.valueA() != null && fw.valueB() != null) {
                return f.key() + " not compared, another field already covers it: no evidence either way";
            }
            return f.phrase(Field.NULL) + ": no evidence either way";
        }
        String text = f.phrase(fw.level()) + ": " + Strength.of(fw.weight()).words();
        if (fw.tfAdjustment() >= 1) {
            text += " (an uncommon " + f.key() + ", which counts for more)";
        } else if (fw.tfAdjustment() <= -1) {
            text += " (a common " + f.key() + ", which counts for less)";
        }
        if (fw.note() != null) {
            text += "; " + fw.note();
        }
        return text;
    }

    /** @return the final weight, which equals the last step's running total */
    public double finalWeight() {
        return steps.get(steps.size() - 1).runningTotal();
    }

    private static double probabilityOf(double weight) {
        double odds = Math.pow(2, weight);
        return odds / (1 + odds);
    }

    private static String percent(double p) {
        if (p > 0.9999) {
            return "over 99.99%";
        }
        if (p >= 0.999) {
            return String.format(Locale.ROOT, "%.2f%%", 100 * p);
        }
        if (p < 0.001) {
            return String.format(Locale.ROOT, "%.2g%%", 100 * p);
        }
        return String.format(Locale.ROOT, "%.1f%%", 100 * p);
    }

    /**
     * One JSON object (one line) describing the explanation, for the CLI's explain file.
     *
     * @return JSON text without a line break
     */
    public String toJsonLine() {
        StringBuilder b = new StringBuilder(1024);
        b.append("{\"source_a\":");
        Json.string(b, pair.sourceA()).append(",\"id_a\":");
        Json.string(b, pair.idA()).append(",\"source_b\":");
        Json.string(b, pair.sourceB()).append(",\"id_b\":");
        Json.string(b, pair.idB()).append(",\"probability\":");
        Json.number(b, round(pair.probability(), 6)).append(",\"match_weight\":");
        Json.number(b, round(pair.matchWeight(), 4)).append(",\"summary\":");
        Json.string(b, summary).append(",\"steps\":[");
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            if (i > 0) {
                b.append(',');
            }
            b.append("{\"step\":");
            Json.string(b, s.label());
            if (s.level() != null) {
                b.append(",\"value_a\":");
                Json.string(b, s.valueA()).append(",\"value_b\":");
                Json.string(b, s.valueB()).append(",\"level\":");
                Json.string(b, s.level());
            }
            b.append(",\"weight\":");
            Json.number(b, round(s.weight(), 4));
            if (s.tfAdjustment() != 0) {
                b.append(",\"tf_adjustment\":");
                Json.number(b, round(s.tfAdjustment(), 4));
            }
            b.append(",\"running_total\":");
            Json.number(b, round(s.runningTotal(), 4)).append(",\"text\":");
            Json.string(b, s.text()).append('}');
        }
        return b.append("]}").toString();
    }

    private static double round(double v, int places) {
        double f = Math.pow(10, places);
        return Math.round(v * f) / f;
    }
}
