package org.eyesandears.referral.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** The 3x5x2 intelligence grading; the conditions are required with handling code C. */
@Embeddable
public class Grading {

    @Enumerated(EnumType.STRING)
    @Column(name = "source_evaluation", nullable = false, length = 20)
    private SourceEvaluation source;

    @Enumerated(EnumType.STRING)
    @Column(name = "intelligence_assessment", nullable = false, length = 20)
    private IntelligenceAssessment intelligence;

    @Enumerated(EnumType.STRING)
    @Column(name = "handling_code", nullable = false, length = 20)
    private HandlingCode handling;

    @Column(name = "handling_conditions", length = 1000)
    private String conditions;

    protected Grading() {
        // for JPA
    }

    public Grading(SourceEvaluation source, IntelligenceAssessment intelligence, HandlingCode handling,
                   String conditions) {
        this.source = source;
        this.intelligence = intelligence;
        this.handling = handling;
        this.conditions = conditions;
    }

    public SourceEvaluation getSource() {
        return source;
    }

    public IntelligenceAssessment getIntelligence() {
        return intelligence;
    }

    public HandlingCode getHandling() {
        return handling;
    }

    public String getConditions() {
        return conditions;
    }

    /** The same grading with its free-text handling conditions removed (erasure). */
    public Grading withoutConditions() {
        return new Grading(source, intelligence, handling, null);
    }
}
