package org.eyesandears.audit.web;

import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.eyesandears.audit.service.AuditContext;
import org.eyesandears.audit.service.AuditService;

/**
 * Tells the audit trail where each request came from (client address, and page or API), and
 * records every refusal a signed-in caller meets, 403 or 404, as ACCESS_DENIED: API calls, pages
 * and attachments alike, whichever part of the application refused (a service's 404 for an object
 * the caller may not see, a role refused, an address that does not exist, a page the
 * {@code web.xml} constraints refuse, which reaches only the error page's dispatch). So probing ids
 * leaves a trace the auditor can search (ADR 0018).
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class AuditContextFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(AuditContextFilter.class.getName());
    private static final String RECORDED = AuditContextFilter.class.getName() + ".refusalRecorded";

    @Inject
    transient AuditContext auditContext;

    @Inject
    transient AuditService audit;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            // A refusal that never reached the application (a web.xml constraint): the error page shows it.
            if (request.getAttribute(RECORDED) == null && request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE)
                    instanceof Integer status) {
                Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
                if (auditContext.channel() == null) {
                    setContext(request, uri == null ? "" : uri.toString());
                }
                refused(request, uri == null ? null : uri.toString(), false, status);
            }
            chain.doFilter(request, response);
            return;
        }
        setContext(request, request.getRequestURI());
        try {
            chain.doFilter(request, response);
        } finally {
            refused(request, request.getRequestURI(), true, response.getStatus());
        }
    }

    private void setContext(HttpServletRequest request, String uri) {
        boolean api = uri.startsWith(request.getContextPath() + "/api/");
        auditContext.set(request.getRemoteAddr(), api ? AuditContext.API : AuditContext.UI);
    }

    private void refused(HttpServletRequest request, String uri, boolean withParameters, int status) {
        if ((status != HttpServletResponse.SC_FORBIDDEN && status != HttpServletResponse.SC_NOT_FOUND)
                || request.getAttribute(RECORDED) != null || request.getUserPrincipal() == null || uri == null
                || !uri.startsWith(request.getContextPath())) {
            return;
        }
        String id = null;
        if (withParameters && uri.endsWith(".xhtml")) {
            // Pages name their object by ref (referrals) or id (visits, businesses).
            id = request.getParameter("ref") != null ? request.getParameter("ref") : request.getParameter("id");
        }
        Refusal refusal = Refusal.of(request.getMethod(), uri.substring(request.getContextPath().length()), id, status);
        if (refusal == null) {
            return;
        }
        request.setAttribute(RECORDED, Boolean.TRUE);
        try {
            audit.recordRefusal(refusal.objectType(), refusal.objectId(), refusal.detail());
        } catch (RuntimeException e) {
            // The caller already has their answer; a refusal that cannot be logged must still be seen.
            LOG.log(Level.SEVERE, "Could not audit a refused request to " + refusal.detail(), e);
        }
    }
}
