package org.eyesandears.visit.web;

import java.io.Serializable;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eyesandears.shared.web.Messages;
import org.eyesandears.visit.api.CalendarFeedResource;
import org.eyesandears.visit.service.CalendarFeedService;
import org.eyesandears.visit.service.CalendarFeedService.FeedStatus;
import org.eyesandears.visit.service.CalendarFeedService.IssuedFeed;

/**
 * The user's personal calendar subscription: make a new secret address (shown once, on the
 * configured application address, never the request's Host), see when it expires, or revoke it.
 */
@Named
@ViewScoped
public class VisitFeedView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CalendarFeedService feeds;

    private FeedStatus status;
    private String url;

    @PostConstruct
    void init() {
        status = feeds.status();
    }

    public void issue() {
        IssuedFeed issued = feeds.issue();
        url = CalendarFeedResource.feedUrl(issued.token());
        status = feeds.status();
    }

    public void revoke() {
        feeds.revoke();
        url = null;
        status = feeds.status();
        Messages.info("Your feed address is revoked: calendars subscribed to it get nothing more.");
    }

    public FeedStatus getStatus() {
        return status;
    }

    public boolean isActive() {
        return status.active();
    }

    /** Why the last address stopped working, in words, or null. */
    public String getEndedWhy() {
        if (status.endedWhy() == null) {
            return null;
        }
        return switch (status.endedWhy()) {
            case "USER" -> "you revoked it";
            case "ADMIN" -> "an administrator revoked it";
            case "DISABLED" -> "your account was disabled";
            default -> "it expired";
        };
    }

    public String getUrl() {
        return url;
    }
}
