package org.capacityacademy.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The address of the person's machine, for counting failed sign-ins and verifications per
 * client. Behind a load balancer every request comes from the balancer: when the request comes
 * from one of {@code trusted.proxies} (TRUSTED_PROXIES, e.g. nginx's address), the client is the
 * right-most address in {@code X-Forwarded-For} that is not itself a trusted proxy. From anyone
 * else the header is ignored, so a client cannot choose the address it is counted under.
 */
@ApplicationScoped
public class ClientAddress {

    @Inject
    @ConfigProperty(name = "trusted.proxies")
    Optional<String> trustedProxies;

    public String of(HttpServletRequest request) {
        Set<String> trusted = trustedProxies.map(list -> Arrays.stream(list.split(",")).map(String::strip)
                .filter(address -> !address.isEmpty()).collect(Collectors.toSet())).orElse(Set.of());
        return clientOf(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), trusted);
    }

    static String clientOf(String remote, String forwardedFor, Set<String> trusted) {
        if (!trusted.contains(remote) || forwardedFor == null || forwardedFor.isBlank()) {
            return remote;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!hop.isEmpty() && !trusted.contains(hop)) {
                return hop.length() > 100 ? hop.substring(0, 100) : hop;
            }
        }
        return remote;
    }
}
