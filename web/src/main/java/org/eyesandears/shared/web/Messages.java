package org.eyesandears.shared.web;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.UnaryOperator;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/**
 * Page messages as the template shows them: one sentence each, in the page's global message area
 * (or beside a field), so no page needs a message component of its own. The only place that builds
 * a {@link FacesMessage}; {@link PageErrorHandler} uses it for the services' refusals.
 */
public final class Messages {

    /** The request attribute holding what this request's refusals are about (see {@link #concerning}). */
    static final String SUBJECT = Messages.class.getName() + ".subject";

    /** The request attribute holding the view's field labels (see {@link #labelFields}). */
    static final String LABELS = Messages.class.getName() + ".labels";

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
        errorAt(clientId, sentence);
        FacesContext.getCurrentInstance().validationFailed();
    }

    /** An error beside one component (e.g. a file upload) that does not fail the request. */
    public static void errorAt(String clientId, String sentence) {
        add(clientId, FacesMessage.SEVERITY_ERROR, sentence);
    }

    /** A message for a converter to throw with its {@code ConverterException}. */
    public static FacesMessage conversionError(String sentence) {
        return new FacesMessage(FacesMessage.SEVERITY_ERROR, sentence, null);
    }

    /**
     * Names what the rest of this request acts on, e.g. a table row's agency, so the page's messages
     * for a refusal say which row they are about ("Fire and rescue: Give a whole number ...").
     */
    public static void concerning(String subject) {
        FacesContext.getCurrentInstance().getAttributes().put(SUBJECT, subject);
    }

    /**
     * Names the fields of the service this request calls, for refusals shown in the page's global
     * message area ("Risk notes: At most 4000 characters."); fields shown beside their inputs need none.
     */
    public static void labelFields(UnaryOperator<String> labelOfField) {
        FacesContext.getCurrentInstance().getAttributes().put(LABELS, labelOfField);
    }

    /** An error shown beside a field, for the error summary: the field's client id and the sentence. */
    public record FieldError(String clientId, String sentence) {
    }

    /**
     * This request's errors shown beside fields, in the order they were added (the services add them
     * in the order of the form), for an error summary that links to each field (GOV.UK's pattern,
     * WEB-INF/includes/error-summary.xhtml). Page-wide messages are left to the template's area.
     */
    public static List<FieldError> fieldErrors() {
        FacesContext context = FacesContext.getCurrentInstance();
        List<FieldError> errors = new ArrayList<>();
        for (Iterator<String> ids = context.getClientIdsWithMessages(); ids.hasNext(); ) {
            String clientId = ids.next();
            if (clientId == null) {
                continue;
            }
            for (FacesMessage message : context.getMessageList(clientId)) {
                if (FacesMessage.SEVERITY_ERROR.equals(message.getSeverity())) {
                    errors.add(new FieldError(clientId, message.getSummary()));
                }
            }
        }
        return errors;
    }

    /** The field's label as the view named it, or null. */
    @SuppressWarnings("unchecked")
    static String label(FacesContext context, String field) {
        Object labels = context.getAttributes().get(LABELS);
        return labels == null || field == null ? null : ((UnaryOperator<String>) labels).apply(field);
    }

    /** The sentence with this request's subject in front, if a view named one. */
    static String about(FacesContext context, String sentence) {
        Object subject = context.getAttributes().get(SUBJECT);
        return subject == null ? sentence : subject + ": " + sentence;
    }

    private static void add(String clientId, FacesMessage.Severity severity, String sentence) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, sentence, null));
    }
}
