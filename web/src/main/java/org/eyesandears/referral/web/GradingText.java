package org.eyesandears.referral.web;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import org.eyesandears.referral.model.HandlingCode;
import org.eyesandears.referral.model.IntelligenceAssessment;
import org.eyesandears.referral.model.PersonCategory;
import org.eyesandears.referral.model.SourceEvaluation;
import org.eyesandears.referral.model.Urgency;

/** Plain-language wording of the grading and the other choices on the card, for people. */
@Named
@ApplicationScoped
public class GradingText {

    private static final Map<Enum<?>, String> LABELS = Map.ofEntries(
            Map.entry(SourceEvaluation.RELIABLE, "1 · Reliable: the source has proved reliable before"),
            Map.entry(SourceEvaluation.UNTESTED, "2 · Untested: no history of this source"),
            Map.entry(SourceEvaluation.NOT_RELIABLE, "3 · Not reliable: doubts about the source"),
            Map.entry(IntelligenceAssessment.A, "A · Known directly: I (or the source) saw or heard it"),
            Map.entry(IntelligenceAssessment.B, "B · Known indirectly, but corroborated"),
            Map.entry(IntelligenceAssessment.C, "C · Known indirectly: heard from someone else"),
            Map.entry(IntelligenceAssessment.D, "D · Not known: cannot say how the source knows"),
            Map.entry(IntelligenceAssessment.E, "E · Suspected to be false or malicious"),
            Map.entry(HandlingCode.P, "P · May be shared with the partner agencies"),
            Map.entry(HandlingCode.C, "C · May be shared only with conditions (write them below)"),
            Map.entry(Urgency.ROUTINE, "Routine"),
            Map.entry(Urgency.URGENT, "Urgent: risk to life or of harm now"),
            Map.entry(PersonCategory.SUSPECT, "Suspect"),
            Map.entry(PersonCategory.VICTIM, "Victim"),
            Map.entry(PersonCategory.WITNESS, "Witness"),
            Map.entry(PersonCategory.OTHER, "Other"));

    /** The wording of a choice; its name when there is none. */
    public String label(Enum<?> choice) {
        return choice == null ? "" : LABELS.getOrDefault(choice, choice.name());
    }
}
