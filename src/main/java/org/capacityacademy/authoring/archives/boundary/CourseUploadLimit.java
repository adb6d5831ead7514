package org.capacityacademy.authoring.archives.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Turns an upload to the course import page far over its limit into the page itself with a
 * message, before the container would refuse it with an error page: only the declared length is
 * looked at, the body is never read.
 */
@WebFilter(urlPatterns = "/author/import-course.xhtml")
public class CourseUploadLimit extends HttpFilter {

    /** The page's limit and room for the form's other fields. */
    static final long MAX_REQUEST = ImportCourse.MAX_UPLOAD + 1024L * 1024;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if ("POST".equals(request.getMethod()) && request.getContentLengthLong() > MAX_REQUEST) {
            response.sendRedirect(request.getContextPath() + "/author/import-course.xhtml?tooLarge=true");
            return;
        }
        chain.doFilter(request, response);
    }
}
