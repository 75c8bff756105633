package org.eyesandears.user.web;

import java.io.Serializable;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eyesandears.user.service.Me;
import org.eyesandears.user.service.UserService;

/**
 * The signed-in user for the pages of one browser session: signs them in to the application
 * (creating their profile at first login) once per session, not on every page.
 */
@Named
@SessionScoped
public class CurrentUserView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    UserService userService;

    private Me me;

    public Me getMe() {
        if (me == null) {
            me = userService.signIn();
        }
        return me;
    }

    public boolean hasRole(String role) {
        return getMe().roles().contains(role);
    }

    /** The roles as one readable line, e.g. "officer, manager". */
    public String getRolesText() {
        return String.join(", ", getMe().roles());
    }
}
