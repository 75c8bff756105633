package org.eyesandears.shared.web;

import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;

import org.primefaces.context.PrimeFacesContext;

/**
 * Checks a postback's CSP nonce as soon as its view is restored, before any value is applied or
 * action run. PrimeFaces compares the nonce a postback carries with the one its view was rendered
 * with only when it renders the answer, so a postback carrying a valid view state but no nonce (not
 * sent by our pages' scripts) would run its action first and be refused after. Asking PrimeFaces
 * for the nonce here makes it check at once; a mismatch ends the request on the error page.
 */
public class CspNonceCheck implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        var context = event.getFacesContext();
        if (context.isPostback() && context.getViewRoot() != null) {
            PrimeFacesContext.getCspState(context).getNonce();
        }
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // nothing to check before the view exists
    }
}
