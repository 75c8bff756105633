package org.eyesandears.shared.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/**
 * Page messages as the template shows them: one sentence each, in the page's global message area
 * (or beside a field), so no page needs a message component of its own.
 */
public final class Messages {

    private Messages() {
    }

    public static void info(String sentence) {
        add(null, FacesMessage.SEVERITY_INFO, sentence);
    }

    public static void warn(String sentence) {
        add(null, FacesMessage.SEVERITY_WARN, sentence);
    }

    public static void error(String sentence) {
        add(null, FacesMessage.SEVERITY_ERROR, sentence);
    }

    /** An error beside one field; the request counts as failed validation. */
    public static void fieldError(String clientId, String sentence) {
        add(clientId, FacesMessage.SEVERITY_ERROR, sentence);
        FacesContext.getCurrentInstance().validationFailed();
    }

    private static void add(String clientId, FacesMessage.Severity severity, String sentence) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, sentence, null));
    }
}
