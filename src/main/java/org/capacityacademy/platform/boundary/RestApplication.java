package org.capacityacademy.platform.boundary;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.ext.Provider;

import java.lang.reflect.InvocationTargetException;
import java.util.HashSet;
import java.util.Set;

/**
 * REST endpoints live under {@code /api}; each is authorised by role (web.xml and {@code @RolesAllowed}).
 * Its classes are every resource and provider of the platform but those another application lists
 * as its own ({@code /xapi}'s): the server finds them ({@link RestClasses}) and this application
 * names them, rather than leaving them to be found again, because the API's description
 * ({@code /openapi}) places an endpoint under the application that names its class, and with two
 * applications one that names none gets none.
 */
@ApplicationPath("api")
public class RestApplication extends Application {

    private static volatile Set<Class<?>> classes = Set.of();

    /** The classes the server found with JAX-RS annotations, at start-up. */
    static void found(Set<Class<?>> annotated) {
        Set<Class<?>> others = new HashSet<>();
        Set<Class<?>> mine = new HashSet<>();
        for (Class<?> type : annotated) {
            if (Application.class.isAssignableFrom(type) && type != RestApplication.class
                    && type.isAnnotationPresent(ApplicationPath.class)) {
                others.addAll(classesOf(type));
            } else if (type.isAnnotationPresent(Path.class) || type.isAnnotationPresent(Provider.class)) {
                mine.add(type);
            }
        }
        mine.removeAll(others);
        classes = Set.copyOf(mine);
    }

    private static Set<Class<?>> classesOf(Class<?> application) {
        try {
            return ((Application) application.getDeclaredConstructor().newInstance()).getClasses();
        } catch (InstantiationException | IllegalAccessException | InvocationTargetException | NoSuchMethodException e) {
            return Set.of();
        }
    }

    /** Empty only if the server never said what it found: then JAX-RS finds them itself, as usual. */
    @Override
    public Set<Class<?>> getClasses() {
        return classes;
    }
}
