package org.eyesandears.audit.web;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.eyesandears.audit.service.AuditContext;

/** Tells the audit trail where each request came from: client address, and page or API. */
@WebFilter(urlPatterns = "/*")
public class AuditContextFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AuditContext auditContext;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        auditContext.set(request.getRemoteAddr(), api ? AuditContext.API : AuditContext.UI);
        chain.doFilter(request, response);
    }
}
