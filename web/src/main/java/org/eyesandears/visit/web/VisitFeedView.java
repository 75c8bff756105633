package org.eyesandears.visit.web;

import java.io.Serializable;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eyesandears.visit.service.CalendarFeedService;

/** The user's personal calendar subscription: make a new secret address (shown once) or revoke it. */
@Named
@ViewScoped
public class VisitFeedView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CalendarFeedService feeds;

    private boolean active;
    private String url;

    @PostConstruct
    void init() {
        active = feeds.hasFeed();
    }

    public void issue() {
        ExternalContext ctx = FacesContext.getCurrentInstance().getExternalContext();
        String base = ctx.getRequestScheme() + "://" + ctx.getRequestServerName() + ":" + ctx.getRequestServerPort()
                + ctx.getRequestContextPath();
        url = base + "/feed/" + feeds.issue() + ".ics";
        active = true;
    }

    public void revoke() {
        feeds.revoke();
        url = null;
        active = false;
    }

    public boolean isActive() {
        return active;
    }

    public String getUrl() {
        return url;
    }
}
