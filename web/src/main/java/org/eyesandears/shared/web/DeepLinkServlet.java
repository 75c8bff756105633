package org.eyesandears.shared.web;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code GET /open/referral/{reference}}, {@code /open/visit/{id}} and {@code /open/request/{id}}
 * (an information request between desks): the links of e-mails and
 * calendar feeds ({@code shared.config.Links}). They name the object in the path because the
 * sign-in returns the browser to the path it asked for without its query string (elytron-oidc-client
 * builds its redirect address from the request without the query, ELY-2242); once signed in, this
 * sends the browser on to the object's page, which checks access as always. Anything else is 404,
 * and the target is always a page of this application (no open redirect).
 */
@WebServlet("/open/*")
public class DeepLinkServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern REFERRAL = Pattern.compile("/referral/(EE-[0-9]{4}-[0-9]{6})");
    private static final Pattern VISIT = Pattern.compile("/visit/([0-9]{1,18})");
    private static final Pattern REQUEST = Pattern.compile("/request/([0-9]{1,18})");

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String target = target(request.getPathInfo());
        if (target == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setHeader("Cache-Control", "no-store");
        response.sendRedirect(request.getContextPath() + target);
    }

    /** The page (path and query, within the application) a link's path names, or null for anything else. */
    static String target(String pathInfo) {
        String path = pathInfo == null ? "" : pathInfo;
        Matcher referral = REFERRAL.matcher(path);
        if (referral.matches()) {
            return "/referral/detail.xhtml?ref=" + referral.group(1);
        }
        Matcher visit = VISIT.matcher(path);
        if (visit.matches()) {
            return "/visit/visit.xhtml?id=" + visit.group(1);
        }
        Matcher request = REQUEST.matcher(path);
        return request.matches() ? "/triage/requests.xhtml?id=" + request.group(1) : null;
    }
}
