package org.capacityacademy.platform.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.capacityacademy.platform.control.ClientAddress;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The server's MicroProfile Metrics ({@code /metrics}: memory, threads, the database pool, request
 * figures) are for the people who run the platform: administrators signed in, and the machines
 * listed in {@code metrics.addresses} (METRICS_ADDRESSES, e.g. a Prometheus server's address; read
 * as {@link ClientAddress} does, so behind a load balancer it is the client's own). Anyone else gets
 * 403. Health ({@code /health}) stays open to load balancers, and the API's description
 * ({@code /openapi}) to anyone.
 */
@WebFilter(urlPatterns = {"/metrics", "/metrics/*"}, asyncSupported = true)
public class MetricsAccess extends HttpFilter {

    @Inject
    ClientAddress clientAddress;

    @Inject
    @ConfigProperty(name = "metrics.addresses")
    Optional<String> addresses;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.isUserInRole("ADMIN") || allowed().contains(clientAddress.of(request))) {
            chain.doFilter(request, response);
        } else {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }

    private Set<String> allowed() {
        return addresses.map(list -> Arrays.stream(list.split(",")).map(String::strip)
                .filter(address -> !address.isEmpty()).collect(Collectors.toSet())).orElse(Set.of());
    }
}
