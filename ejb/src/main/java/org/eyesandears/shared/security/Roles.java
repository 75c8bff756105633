package org.eyesandears.shared.security;

import java.util.List;

/**
 * The application roles. They are Keycloak realm roles of the same names; WildFly maps realm
 * roles from the token straight onto these.
 */
public final class Roles {

    public static final String OFFICER = "officer";
    public static final String DESK = "desk";
    public static final String COORDINATOR = "coordinator";
    public static final String MANAGER = "manager";
    public static final String ANALYST = "analyst";
    public static final String ADMIN = "admin";
    public static final String AUDITOR = "auditor";

    /**
     * Partnership-wide scope, granted explicitly on top of a role: a manager with it and no agency
     * sees every agency's figures; an analyst with it imports datasets for any agency. A missing
     * agency claim never widens anything by itself.
     */
    public static final String PARTNERSHIP = "partnership";

    /** Every role, in the order menus and profile pages list them. */
    public static final List<String> ALL =
            List.of(OFFICER, DESK, COORDINATOR, MANAGER, ANALYST, ADMIN, AUDITOR, PARTNERSHIP);

    private Roles() {
    }
}
