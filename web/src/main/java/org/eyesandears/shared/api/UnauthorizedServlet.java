package org.eyesandears.shared.api;

import java.io.IOException;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The error page for 401 ({@code web.xml}): when the OpenID Connect mechanism refuses an API call's
 * bearer token (expired, forged, for another client's audience), it answers with the API's JSON
 * {@link ApiError} and {@code WWW-Authenticate: Bearer error="invalid_token"} (RFC 6750) instead of
 * the server's HTML error page. Calls without a token never get here: {@link ApiChallengeExtension}
 * answers them first. Any other 401 shows the application's error page.
 */
@WebServlet("/public/unauthorized")
public class UnauthorizedServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String INVALID_TOKEN_BODY = ApiChallengeExtension.body("invalid_token",
            "The bearer token is not valid here: it has expired, was not signed by the eyesandears realm,"
                    + " or was not issued for this application.");

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String api = request.getContextPath() + ApiChallengeExtension.API_PREFIX;
        if (uri instanceof String path && path.startsWith(api)) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("WWW-Authenticate", "Bearer realm=\"eyesandears\", error=\"invalid_token\"");
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(INVALID_TOKEN_BODY);
        } else {
            request.getRequestDispatcher("/public/error.xhtml").forward(request, response);
        }
    }
}
