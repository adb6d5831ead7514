package org.capacityacademy.platform.boundary;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The session cookie is HttpOnly, SameSite=Lax and Secure. Browsers accept a Secure cookie
 * from http://localhost; a platform served over plain HTTP on another address sets
 * {@code SESSION_COOKIE_SECURE=false}.
 */
@WebListener
public class SessionCookieSetup implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
        cookie.setName("ACADEMY_SESSION");
        cookie.setHttpOnly(true);
        cookie.setSecure(ConfigProvider.getConfig()
                .getOptionalValue("session.cookie.secure", Boolean.class).orElse(true));
        cookie.setAttribute("SameSite", "Lax");
    }
}
