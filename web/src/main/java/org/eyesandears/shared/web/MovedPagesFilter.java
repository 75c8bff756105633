package org.eyesandears.shared.web;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Pages that moved keep their old addresses: e-mails, bookmarks and notes hold them. A GET of an
 * old address is answered with a permanent redirect to the page's new one, the query string kept.
 * It runs after the container's security constraints, so the old address still refuses whoever
 * the page refuses.
 */
@WebFilter(urlPatterns = "/linkage/*")
public class MovedPagesFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Old path (within the application) to new path. The analysts' pages joined the business context. */
    static final Map<String, String> MOVED = Map.of(
            "/linkage/import.xhtml", "/business/import.xhtml",
            "/linkage/review.xhtml", "/business/review.xhtml");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<String> target = target(request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo()),
                request.getQueryString());
        if (target.isPresent()) {
            response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            response.setHeader("Location", request.getContextPath() + target.get());
            return;
        }
        chain.doFilter(request, response);
    }

    /** Where an old address now lives, with its query string; empty for an address that did not move. */
    static Optional<String> target(String path, String query) {
        return Optional.ofNullable(MOVED.get(path))
                .map(to -> query == null || query.isEmpty() ? to : to + "?" + query);
    }
}
