package org.eyesandears.shared.web;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which security headers a response gets, decided from its path and whether it travelled over
 * TLS. Plain Java so the rule is unit-tested; {@link SecurityHeadersExtension} applies it.
 */
public final class SecurityHeaders {

    /** For responses that are not Faces pages (JSON, files, redirects): nothing may run or frame them. */
    public static final String FALLBACK_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    /** One year, the minimum HSTS preload lists accept. */
    static final String HSTS = "max-age=31536000; includeSubDomains";

    private SecurityHeaders() {
    }

    /** The headers for a response to {@code path} (relative to the context root). */
    public static Map<String, String> forResponse(String path, boolean secure) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("X-Frame-Options", "DENY");
        headers.put("Referrer-Policy", "same-origin");
        headers.put("Cross-Origin-Opener-Policy", "same-origin");
        headers.put("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()");
        headers.put("Content-Security-Policy", FALLBACK_POLICY);
        if (!isStaticResource(path)) {
            // Pages, API answers and attachments may all carry intelligence: never keep a copy.
            headers.put("Cache-Control", "no-store");
            headers.put("Pragma", "no-cache");
        }
        if (secure) {
            headers.put("Strict-Transport-Security", HSTS);
        }
        return headers;
    }

    /** Stylesheets, scripts, fonts and images of the application and its libraries: no intelligence. */
    static boolean isStaticResource(String path) {
        return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
    }
}
