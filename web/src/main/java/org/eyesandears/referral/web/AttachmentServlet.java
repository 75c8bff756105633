package org.eyesandears.referral.web;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.eyesandears.referral.service.ReferralQueries;
import org.eyesandears.referral.service.ReferralQueries.StoredFile;

/**
 * {@code GET /attachments/{id}}: an attachment, to those who may see its referral, as a download
 * with the type it was checked to be. Anyone else gets 404.
 */
@WebServlet("/attachments/*")
public class AttachmentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ReferralQueries queries;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<StoredFile> file = id(request.getPathInfo()).flatMap(queries::attachment);
        if (file.isEmpty() || !Files.isReadable(file.get().path())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        StoredFile f = file.get();
        response.setContentType(f.contentType());
        response.setContentLengthLong(f.sizeBytes());
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                + URLEncoder.encode(f.fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "no-store");
        Files.copy(f.path(), response.getOutputStream());
    }

    private static Optional<Long> id(String pathInfo) {
        if (pathInfo == null || !pathInfo.matches("/[0-9]{1,18}")) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(pathInfo.substring(1)));
    }
}
