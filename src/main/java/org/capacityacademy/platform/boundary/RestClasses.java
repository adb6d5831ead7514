package org.capacityacademy.platform.boundary;

import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;
import jakarta.servlet.annotation.HandlesTypes;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.ext.Provider;

import java.util.Set;

/**
 * At start-up, hands the classes the server found with JAX-RS annotations to {@link RestApplication}
 * (registered in META-INF/services/jakarta.servlet.ServletContainerInitializer).
 */
@HandlesTypes({Path.class, Provider.class, ApplicationPath.class})
public class RestClasses implements ServletContainerInitializer {

    @Override
    public void onStartup(Set<Class<?>> annotated, ServletContext context) {
        RestApplication.found(annotated == null ? Set.of() : annotated);
    }
}
