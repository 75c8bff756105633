package org.eyesandears.shared.config;

/**
 * The server's settings (docs/architecture.md lists them): each is read from a system property of
 * its name, else from the environment variable of its name, so tests can set either.
 */
public final class Settings {

    private Settings() {
    }

    /** The setting's value, or null when it is not set or blank. */
    public static String get(String name) {
        String value = System.getProperty(name);
        if (value == null) {
            value = System.getenv(name);
        }
        return value == null || value.isBlank() ? null : value.strip();
    }

    /**
     * The address users reach the application at ({@code APP_URL}, default http://localhost:8080),
     * without a trailing slash: links in e-mails and calendar feeds use it, never the Host header
     * of a request, which a client chooses.
     */
    public static String appUrl() {
        String url = get("APP_URL");
        return url == null ? "http://localhost:8080" : url.replaceAll("/+$", "");
    }

    /**
     * The application's own mail address ({@code MAIL_FROM}, the mail session's sender, default
     * eyes-and-ears@localhost): the organiser named in visit invitations.
     */
    public static String mailFrom() {
        String from = get("MAIL_FROM");
        return from == null ? "eyes-and-ears@localhost" : from;
    }
}
