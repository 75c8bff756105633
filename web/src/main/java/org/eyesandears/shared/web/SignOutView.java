package org.eyesandears.shared.web;

import java.io.IOException;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The "Sign out" button in the page header and on the sign-out page. It is a Faces POST, so it
 * only runs with the view state of a page this server rendered for this session (server-side
 * state saving): a link or form on another site cannot sign anyone out.
 */
@Named
@RequestScoped
public class SignOutView {

    public void signOut() throws IOException, ServletException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        SignOut.perform((HttpServletRequest) external.getRequest(), (HttpServletResponse) external.getResponse());
        faces.responseComplete();
    }
}
