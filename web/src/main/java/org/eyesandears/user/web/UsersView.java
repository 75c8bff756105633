package org.eyesandears.user.web;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eyesandears.shared.web.Messages;
import org.eyesandears.user.service.UserService;
import org.eyesandears.user.service.UserSummary;
import org.eyesandears.visit.service.CalendarFeedService;

/** Administrators' list of everyone who has signed in, with their calendar-feed address if one works. */
@Named
@ViewScoped
public class UsersView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    UserService userService;

    @Inject
    CalendarFeedService feeds;

    private List<UserSummary> users;
    private Map<String, Instant> liveFeeds;

    @PostConstruct
    void load() {
        users = userService.listProfiles();
        liveFeeds = feeds.liveFeeds();
    }

    /** Revokes the user's calendar-feed address (a lost phone, a leaver). */
    public void revokeFeed(String username) {
        if (feeds.revokeFor(username)) {
            Messages.info("The calendar-feed address of " + username + " is revoked.");
        } else {
            Messages.warn(username + " has no working calendar-feed address.");
        }
        liveFeeds = feeds.liveFeeds();
    }

    public List<UserSummary> getUsers() {
        return users;
    }

    /** When the user's feed address expires, or null when they have no working one. */
    public Instant feedExpiry(String username) {
        return liveFeeds.get(username);
    }

    /** The user's roles in words, or "none" (an account with no role sees only the home page). */
    public String roles(UserSummary user) {
        return user.roles().isEmpty() ? "none" : String.join(", ", user.roles());
    }
}
