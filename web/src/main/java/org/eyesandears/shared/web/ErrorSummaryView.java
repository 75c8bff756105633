package org.eyesandears.shared.web;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitHint;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import jakarta.inject.Named;

/**
 * The errors of the request for the error summary at the top of a form (GOV.UK's error summary:
 * "There is a problem", one link per field in error, in the order of the form, focused when shown).
 * Read while the page renders, after the services' refusals were turned into field messages
 * ({@link PageErrorHandler}).
 */
@Named
@RequestScoped
public class ErrorSummaryView {

    private List<Messages.FieldError> errors;
    private boolean ordering;

    /**
     * The field errors, in form order. Kept once the response renders: the summary's "rendered" is
     * also asked while the request is decoded, before any action has refused anything.
     */
    public List<Messages.FieldError> getErrors() {
        if (errors != null) {
            return errors;
        }
        List<Messages.FieldError> found = Messages.fieldErrors();
        // Ordering visits the view, which asks this summary whether it is rendered: not again from
        // there, and only once the response renders (before, only "any errors?" is asked).
        if (ordering || FacesContext.getCurrentInstance().getCurrentPhaseId() != PhaseId.RENDER_RESPONSE) {
            return found;
        }
        ordering = true;
        try {
            errors = found.size() < 2 ? found : inFormOrder(found);
        } finally {
            ordering = false;
        }
        return errors;
    }

    /** The errors in the order their fields come on the page (the services add them in their own order). */
    private static List<Messages.FieldError> inFormOrder(List<Messages.FieldError> found) {
        FacesContext context = FacesContext.getCurrentInstance();
        Map<String, Integer> position = new HashMap<>();
        context.getViewRoot().visitTree(VisitContext.createVisitContext(context, null, Set.of(VisitHint.SKIP_UNRENDERED)),
                (visit, component) -> {
                    position.putIfAbsent(component.getClientId(visit.getFacesContext()), position.size());
                    return VisitResult.ACCEPT;
                });
        return found.stream()
                .sorted(Comparator.comparingInt(e -> position.getOrDefault(e.clientId(), Integer.MAX_VALUE)))
                .toList();
    }
}
