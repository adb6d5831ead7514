package org.capacityacademy.platform.boundary;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** REST endpoints live under {@code /api}; each is authorised by role (web.xml and {@code @RolesAllowed}). */
@ApplicationPath("api")
public class RestApplication extends Application {
}
