package org.eyesandears.visit.web;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.eyesandears.shared.config.Settings;
import org.eyesandears.visit.service.CalendarFeedService;
import org.eyesandears.visit.service.CalendarFeedService.FeedEntry;
import org.eyesandears.visit.service.ICalendar;

/**
 * A user's calendar subscription at /feed/{token}.ics. Calendar clients cannot sign in, so the
 * secret address is the credential (web.xml leaves /feed/* open); an unknown, revoked or expired token
 * gets 404 like any address that does not exist (the service audits the attempt). Links in the feed
 * are built from APP_URL, never from the request's Host header.
 */
@WebServlet("/feed/*")
public class FeedServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CalendarFeedService feeds;

    @Inject
    transient Clock clock;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        String token = path == null || !path.endsWith(".ics") ? null : path.substring(1, path.length() - 4);
        Optional<List<FeedEntry>> entries = feeds.feed(token);
        if (entries.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/calendar; charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(ICalendar.feed("Eyes and Ears visits", entries.get(), Settings.appUrl(), clock.instant()));
    }
}
