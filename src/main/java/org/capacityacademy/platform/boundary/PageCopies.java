package org.capacityacademy.platform.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.capacityacademy.platform.control.PageTemplate;
import org.capacityacademy.platform.control.PageTemplate.Hole;
import org.eclipse.microprofile.config.ConfigProvider;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Pages that are the same for every reader in the same situation (a lesson of a published course,
 * in one page language, for a visitor or for a learner who has or has not completed it), rendered
 * by Faces once and then copied: each response gets its own script nonce, and the person's name
 * and account number are put in where the page names them. The copy is sent without building the
 * page's components again, which was nine tenths of a signed-in lesson page's processor time.
 *
 * <p>What a page depends on is the caller's key ({@code learning.boundary.CatalogCopies} for the
 * lesson page): the published course's version, the languages, the person's roles and progress.
 * While a copy is made, {@link #isMarking} tells the beans that name the person to write
 * {@link #NAME_MARKER} and {@link #PERSON_MARKER} instead; a copy that still contains the
 * person's address is not kept (a safeguard against a page part that names them another way).
 * At most {@code PAGE_COPIES} copies are kept (default 1000; 0 turns copying off).
 */
@ApplicationScoped
public class PageCopies {

    public static final String NAME_MARKER = "\uE000academy-name\uE001";
    public static final String PERSON_MARKER = "\uE000academy-person\uE001";
    private static final String MARKING = "academy.pageCopyMarking";
    private static final Logger LOG = Logger.getLogger(PageCopies.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, PageTemplate> copies = new ConcurrentHashMap<>();
    private int most = 1000;

    @PostConstruct
    void configure() {
        most = ConfigProvider.getConfig().getOptionalValue("page.copies", Integer.class).orElse(1000);
    }

    public boolean isEnabled() {
        return most > 0;
    }

    /** Whether this request is rendering a page to copy: the person's name and number are then markers. */
    public static boolean isMarking(HttpServletRequest request) {
        return request != null && request.getAttribute(MARKING) != null;
    }

    /**
     * Answers the request with the copy kept under {@code key}, or renders the page through
     * {@code chain} (with the markers), keeps a copy and answers with it filled in.
     *
     * @param email the signed-in person's address (null for a visitor), which no copy may contain
     * @param name the person's name as the page shows it; {@code person} their account number
     */
    public void answer(String key, HttpServletRequest request, HttpServletResponse response, FilterChain chain,
                       String email, String name, String person) throws IOException, ServletException {
        PageTemplate copy = copies.get(key);
        if (copy != null) {
            String nonce = newNonce();
            response.setHeader(SecurityHeaders.CONTENT_SECURITY_POLICY, SecurityHeaders.policy(nonce));
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter().write(copy.fill(nonce, name, person));
            return;
        }
        CapturedPage captured = new CapturedPage(response);
        request.setAttribute(MARKING, Boolean.TRUE);
        try {
            chain.doFilter(request, captured);
        } finally {
            request.removeAttribute(MARKING);
        }
        if (!captured.isCopyable()) {
            captured.sendAsWritten();
            return;
        }
        String page = captured.text();
        Map<Hole, String> markers = new EnumMap<>(Hole.class);
        markers.put(Hole.NONCE, captured.nonce());
        markers.put(Hole.NAME, NAME_MARKER);
        markers.put(Hole.PERSON, PERSON_MARKER);
        Optional<PageTemplate> made = PageTemplate.of(page, markers);
        if (made.isEmpty()) {
            captured.sendAsWritten();   // no nonce: written as it was, markers never left in a page
            return;
        }
        if (made.get().contains(email) || made.get().contains("\uE000")) {
            LOG.log(Level.WARNING, "a copy of {0} would name its reader; not kept", key);
        } else {
            if (copies.size() >= most) {
                copies.clear();   // simpler than least-recently-used, and copies are cheap to make again
            }
            copies.put(key, made.get());
        }
        response.getWriter().write(made.get().fill(captured.nonce(), name, person));
    }

    /** Forgets every copy (a course published or withdrawn makes new keys anyway; tests and operators use this). */
    public void clear() {
        copies.clear();
    }

    int size() {
        return copies.size();
    }

    /** A nonce as unguessable as PrimeFaces' own (which encodes a random UUID). */
    private static String newNonce() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
