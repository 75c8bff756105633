package org.eyesandears.shared.web;

import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.el.ELException;
import jakarta.faces.FacesException;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIData;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.UIMessage;
import jakarta.faces.component.UIMessages;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.PhaseId;
import jakarta.persistence.OptimisticLockException;

import org.eyesandears.shared.error.ConcurrentChangeException;
import org.eyesandears.shared.error.NotFoundException;
import org.eyesandears.shared.validation.InvalidInputException;

/**
 * The one error path for pages: a service's refusal ({@link InvalidInputException},
 * {@link NotFoundException}, {@link ConcurrentChangeException}, a JPA {@link OptimisticLockException}
 * or {@link org.eyesandears.shared.error.AccessDeniedException} and the container's
 * {@link EJBAccessException} it extends) becomes page messages and the same page renders
 * again, so backing beans need no catch clauses for them. Invalid input puts each field's message
 * beside the input whose id is the field's name, or which declares the field with
 * {@code <f:attribute name="serviceField" value="newBusiness.postcode"/>}, when a message component
 * on the page shows that input's messages; otherwise, and for the
 * other refusals, a global message in plain words. Anything else goes on to the error page, as
 * before. Refusals while the response renders cannot be shown on the page and go there too.
 * See ADR 0022.
 */
public class PageErrorHandler extends ExceptionHandlerWrapper {

    /** The component attribute naming the service field an input stands for, where its id cannot. */
    public static final String SERVICE_FIELD = "serviceField";

    /** The refusals this handler words; a backing bean may catch them only to rethrow (RefusalsRethrownTest). */
    static final List<Class<? extends RuntimeException>> REFUSALS = List.of(InvalidInputException.class,
            NotFoundException.class, ConcurrentChangeException.class, EJBAccessException.class,
            OptimisticLockException.class);

    static final String NOT_FOUND = "That is not there any more, or not open to your role or agency. Nothing was saved.";
    static final String ACCESS_DENIED = "Your role or agency does not allow this. Nothing was saved.";
    static final String CHANGED_MEANWHILE =
            "Someone else changed this while you were working on it. Nothing was saved: look again and decide.";

    private static final Logger LOG = Logger.getLogger(PageErrorHandler.class.getName());

    /** Registered in faces-config.xml. */
    public static class Factory extends ExceptionHandlerFactory {
        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new PageErrorHandler(getWrapped().getExceptionHandler());
        }
    }

    public PageErrorHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context != null && context.getCurrentPhaseId() != PhaseId.RENDER_RESPONSE && !context.getResponseComplete()) {
            boolean shown = false;
            for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator(); events.hasNext(); ) {
                Optional<RuntimeException> refusal = refusal(events.next().getContext().getException());
                if (refusal.isPresent()) {
                    show(context, refusal.get());
                    events.remove();
                    shown = true;
                }
            }
            if (shown) {
                context.validationFailed();
                context.renderResponse();
            }
        }
        getWrapped().handle();
    }

    /** The refusal a failure carries, looking through the wrappers Faces, EL and the EJB container add. */
    static Optional<RuntimeException> refusal(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            Throwable candidate = t;
            if (REFUSALS.stream().anyMatch(type -> type.isInstance(candidate))) {
                return Optional.of((RuntimeException) t);
            }
            if (!(t instanceof FacesException || t instanceof ELException || t instanceof EJBException
                    || t instanceof jakarta.persistence.RollbackException
                    || t instanceof java.lang.reflect.InvocationTargetException)) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static void show(FacesContext context, RuntimeException refusal) {
        if (refusal instanceof InvalidInputException invalid) {
            for (InvalidInputException.Violation v : invalid.violations()) {
                String sentence = Messages.about(context, v.message());
                String clientId = clientIdFor(context, v.field());
                String label = Messages.label(context, v.field());
                if (clientId == null) {
                    Messages.error(label == null ? sentence : label + ": " + sentence);
                } else {
                    Messages.errorAt(clientId, sentence);
                }
            }
        } else if (refusal instanceof ConcurrentChangeException changed && changed.known()) {
            Messages.warn(Messages.about(context, "Changed by " + changed.changedBy() + " meanwhile; it is now "
                    + Labels.wordsOf(changed.currentStatus())
                    + ". Nothing was saved: look again and decide."));
        } else if (refusal instanceof ConcurrentChangeException || refusal instanceof OptimisticLockException) {
            Messages.warn(Messages.about(context, CHANGED_MEANWHILE));
        } else if (refusal instanceof NotFoundException) {
            Messages.error(Messages.about(context, NOT_FOUND));
        } else {
            // Access denied: the container's text names the method and roles, so it is logged, never shown.
            LOG.log(Level.INFO, "A page action was refused: {0}", refusal.getMessage());
            Messages.error(Messages.about(context, ACCESS_DENIED));
        }
    }

    /** The client id of the rendered input standing for a service field, or null for none. */
    static String clientIdFor(FacesContext context, String field) {
        if (field == null || context.getViewRoot() == null) {
            return null;
        }
        UIComponent declared = find(context.getViewRoot(), field, true);
        UIComponent input = declared != null ? declared : find(context.getViewRoot(), field, false);
        if (input == null) {
            return rowClientIdFor(context, field);
        }
        return !shows(context.getViewRoot(), input.getId()) ? null : input.getClientId(context);
    }

    /** A field of one row of a list, as services name it: {@code people[2].nameOrDescription}. */
    private static final java.util.regex.Pattern ROW_FIELD =
            java.util.regex.Pattern.compile("([A-Za-z][A-Za-z0-9]*)\\[(\\d{1,4})]\\.([A-Za-z][A-Za-z0-9]*)");

    /**
     * The client id of a row's input for a field such as {@code people[2].nameOrDescription}: the
     * rows are a repeating naming container (ui:repeat) that declares the list's field
     * ({@code serviceField="people"}), the input inside it declares or is named after the row's
     * field, and a message component in the row shows it. Null when any of these is missing.
     */
    static String rowClientIdFor(FacesContext context, String field) {
        java.util.regex.Matcher row = ROW_FIELD.matcher(field);
        if (!row.matches()) {
            return null;
        }
        UIComponent rows = find(context.getViewRoot(), row.group(1), true);
        if (!(rows instanceof jakarta.faces.component.NamingContainer)) {
            return null;
        }
        UIComponent declared = find(rows, row.group(3), true);
        UIComponent input = declared != null ? declared : find(rows, row.group(3), false);
        if (input == null || !shows(rows, input.getId())) {
            return null;
        }
        char separator = jakarta.faces.component.UINamingContainer.getSeparatorChar(context);
        return rows.getClientId(context) + separator + Integer.parseInt(row.group(2)) + separator + input.getId();
    }

    /** Whether a rendered message component would show a message for the component with this id. */
    private static boolean shows(UIComponent parent, String id) {
        for (Iterator<UIComponent> kids = parent.getFacetsAndChildren(); kids.hasNext(); ) {
            UIComponent kid = kids.next();
            if (!kid.isRendered()) {
                continue;
            }
            if (kid instanceof UIMessage message && id.equals(message.getFor())
                    || kid instanceof UIMessages messages && !messages.isGlobalOnly() && messages.getFor() == null
                    || shows(kid, id)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Depth first, rendered components only, never inside a table (a row's input has no single
     * client id outside the row).
     */
    private static UIComponent find(UIComponent parent, String field, boolean declared) {
        for (Iterator<UIComponent> kids = parent.getFacetsAndChildren(); kids.hasNext(); ) {
            UIComponent kid = kids.next();
            if (!kid.isRendered() || kid instanceof UIData) {
                continue;
            }
            boolean match = declared ? field.equals(kid.getAttributes().get(SERVICE_FIELD))
                    : kid instanceof UIInput && field.equals(kid.getId());
            if (match) {
                return kid;
            }
            UIComponent found = find(kid, field, declared);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
