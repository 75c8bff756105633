package org.eyesandears.shared.config;

/**
 * The addresses that e-mails and calendar feeds give for an object. They carry the object in the
 * path ({@code /open/referral/EE-2026-000123}), not in a query string: the sign-in
 * (elytron-oidc-client) sends the browser back to the address it came for without its query
 * string, so a link like {@code detail.xhtml?ref=...} opened signed out would land on a page that
 * no longer knows which referral. {@code DeepLinkServlet} turns these paths into the pages.
 */
public final class Links {

    private Links() {
    }

    /** A referral's page, by its reference. */
    public static String referral(String reference) {
        return Settings.appUrl() + "/open/referral/" + reference;
    }

    /** A joint visit's page, by its id. */
    public static String visit(long id) {
        return Settings.appUrl() + "/open/visit/" + id;
    }

    /** An information request between desks, by its id. */
    public static String request(long id) {
        return Settings.appUrl() + "/open/request/" + id;
    }
}
