package org.capacityacademy.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** The limits the error pages name: what a form may hold ({@link RefusedRequests}). */
@Named
@ApplicationScoped
public class RequestLimits {

    public int getFormMegabytes() {
        return RefusedRequests.FORM_BYTES / (1024 * 1024);
    }
}
