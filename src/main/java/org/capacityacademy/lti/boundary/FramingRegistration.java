package org.capacityacademy.lti.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.capacityacademy.platform.boundary.SecurityHeaders;

import java.util.function.Supplier;

/** At start-up, tells the security headers where to ask which origins may frame the LTI addresses ({@link FramingOrigins}). */
@WebListener
public class FramingRegistration implements ServletContextListener {

    @Inject
    FramingOrigins origins;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        event.getServletContext().setAttribute(SecurityHeaders.FRAMING_ORIGINS, (Supplier<String>) origins::get);
    }
}
