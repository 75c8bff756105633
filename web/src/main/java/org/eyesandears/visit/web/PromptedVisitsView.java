package org.eyesandears.visit.web;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eyesandears.visit.service.PromptedVisit;
import org.eyesandears.visit.service.VisitQueries;

/** The visits a referral prompted, for the referral's page; read once per view. */
@Named
@ViewScoped
public class PromptedVisitsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    VisitQueries visits;

    private final Map<String, List<PromptedVisit>> byReference = new HashMap<>();

    /** The visits referral {@code reference} prompted, each agency's outcome as far as the reader may know it. */
    public List<PromptedVisit> of(String reference) {
        return byReference.computeIfAbsent(reference, visits::promptedBy);
    }
}
