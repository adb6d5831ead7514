package org.capacityacademy.platform.boundary;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Puts the security headers on the response before the authentication mechanism looks at a
 * request ({@code validateRequest}; not {@code secureResponse}, which comes after the page set its
 * own policy with its nonce). It runs outside Jakarta Security's own interceptors (a lower
 * priority than theirs, PLATFORM_BEFORE + 200 and + 220), which answer some requests themselves:
 * the redirect to the sign-in page.
 */
@WithSecurityHeaders
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class SecurityHeadersInterceptor {

    @AroundInvoke
    public Object withHeaders(InvocationContext call) throws Exception {
        if ("validateRequest".equals(call.getMethod().getName())) {
            jakarta.servlet.http.HttpServletRequest request = null;
            for (Object parameter : call.getParameters()) {
                if (parameter instanceof jakarta.servlet.http.HttpServletRequest given) {
                    request = given;
                }
            }
            for (Object parameter : call.getParameters()) {
                if (parameter instanceof HttpServletResponse response && !response.isCommitted()) {
                    SecurityHeaders.apply(response, request == null ? null : SecurityHeaders.framedBy(request));
                }
            }
        }
        return call.proceed();
    }
}
