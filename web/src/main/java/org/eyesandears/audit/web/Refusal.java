package org.eyesandears.audit.web;

import java.util.Map;
import java.util.regex.Pattern;

import org.eyesandears.audit.model.AuditObject;

/**
 * What a refused request asked for, as the audit trail records it (ADR 0018): an object type and
 * id taken from the address, and a detail with the method, the path and the answer. Only the
 * address's path and, on pages, the {@code ref} or {@code id} parameter when it looks like an id:
 * never other query parameters, which may carry searched names.
 */
record Refusal(String objectType, String objectId, String detail) {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,40}");

    /** API collections whose objects the audit trail's vocabulary names ({@link AuditObject}). */
    private static final Map<String, AuditObject> API_TYPES = Map.of("referrals", AuditObject.REFERRAL,
            "visits", AuditObject.VISIT, "routings", AuditObject.ROUTING, "businesses", AuditObject.BUSINESS,
            "retention", AuditObject.REFERRAL, "operations", AuditObject.OPERATION,
            "follow-ups", AuditObject.FOLLOW_UP_TASK, "agreements", AuditObject.SHARING_AGREEMENT);

    /**
     * The refusal of {@code method} on {@code path} (inside the application, starting with "/"),
     * answered {@code status}; null for addresses that are not objects (static resources).
     */
    static Refusal of(String method, String path, String idParameter, int status) {
        if (path == null || !path.startsWith("/")) {
            return null;
        }
        String answered = " answered " + status;
        if (path.startsWith("/api/")) {
            String[] parts = path.substring("/api/".length()).split("/", 3);
            String collection = parts[0].isEmpty() ? "api" : parts[0];
            AuditObject known = API_TYPES.get(collection);
            String type = known == null ? collection : known.stored();
            String id = parts.length > 1 && !parts[1].isEmpty() ? parts[1] : "-";
            return new Refusal(type, id, method + " " + path + answered);
        }
        if (path.startsWith("/attachments/")) {
            String id = path.substring("/attachments/".length());
            return new Refusal(AuditObject.ATTACHMENT.stored(), id.isEmpty() ? "-" : id, method + " " + path + answered);
        }
        if (path.endsWith(".xhtml") && !path.startsWith("/public/") && !path.startsWith("/jakarta.faces.resource/")) {
            String view = path.substring(1, path.length() - ".xhtml".length());
            String id = idParameter != null && ID.matcher(idParameter).matches() ? idParameter : null;
            return new Refusal("page " + view, id == null ? "-" : id,
                    method + " " + path + (id == null ? "" : " for " + id) + answered);
        }
        return null;
    }
}
