package org.eyesandears.shared.web;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.eyesandears.shared.config.Settings;

/**
 * Ends a signed-in session at its absolute limit, however busy it has been: a session left open on
 * a shared office computer must not live for days by being clicked now and then. The idle limit
 * (30 minutes) is the servlet container's {@code session-timeout} in {@code web.xml}.
 *
 * <p>The limit is {@code SESSION_MAX_HOURS} (environment variable or system property), 10 hours by
 * default: a working day. When it has passed, the session is invalidated, the user signed out and
 * sent to the signed-out page (API calls get 401), from where signing in starts afresh.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SessionLimitFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Clock clock;

    private Duration limit;

    @Override
    public void init() {
        limit = maximumAge(Settings.get("SESSION_MAX_HOURS"));
    }

    static Duration maximumAge(String hours) {
        try {
            long value = hours == null || hours.isBlank() ? 10 : Long.parseLong(hours.strip());
            return Duration.ofHours(value > 0 ? value : 10);
        } catch (NumberFormatException e) {
            return Duration.ofHours(10);
        }
    }

    static boolean expired(long createdMillis, Instant now, Duration limit) {
        return !Instant.ofEpochMilli(createdMillis).plus(limit).isAfter(now);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        if (session != null && expired(session.getCreationTime(), clock.instant(), limit)) {
            session.invalidate();
            request.logout();
            if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                response.setHeader("WWW-Authenticate", "Bearer realm=\"eyesandears\"");
                response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            } else {
                response.sendRedirect(request.getContextPath() + "/public/signed-out.xhtml?expired=true");
            }
            return;
        }
        chain.doFilter(request, response);
    }
}
