package org.capacityacademy.administration.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Turns an upload to the import page that is far over the page's limit into the page itself
 * with a message, before the container would refuse it with an error page: the request's
 * declared length is looked at, its body is never read.
 */
@WebFilter(urlPatterns = "/admin/import.xhtml")
public class ImportUploadLimit extends HttpFilter {

    /** The page's limit and room for the form's other fields. */
    static final long MAX_REQUEST = ImportPeople.MAX_BYTES + 1024L * 1024;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if ("POST".equals(request.getMethod()) && request.getContentLengthLong() > MAX_REQUEST) {
            response.sendRedirect(request.getContextPath() + "/admin/import.xhtml?tooLarge=true");
            return;
        }
        chain.doFilter(request, response);
    }
}
