package org.capacityacademy.account.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.capacityacademy.account.entity.EmailDomain;
import org.capacityacademy.account.entity.PasswordOffDomain;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Where local passwords are turned off: the e-mail domains whose people must sign in through their
 * organisation's provider. Everyone else keeps signing in with a password.
 */
@Stateless
public class LocalPasswords {

    @PersistenceContext
    EntityManager em;

    Clock clock = Clock.systemUTC();

    /** The domain rule that turns passwords off for this address, if one does. */
    public Optional<String> offFor(String email) {
        return EmailDomain.coveringRule(email, domains());
    }

    public List<String> domains() {
        return em.createNamedQuery(PasswordOffDomain.FIND_ALL, PasswordOffDomain.class).getResultStream()
                .map(PasswordOffDomain::getDomain).toList();
    }

    /** Whether the domain was newly turned off (false: it already was). */
    public boolean turnOff(String domain) {
        if (em.find(PasswordOffDomain.class, domain) != null) {
            return false;
        }
        em.persist(new PasswordOffDomain(domain, clock.instant()));
        return true;
    }

    /** Whether passwords were off for the domain until now. */
    public boolean turnOn(String domain) {
        PasswordOffDomain rule = em.find(PasswordOffDomain.class, domain);
        if (rule == null) {
            return false;
        }
        em.remove(rule);
        return true;
    }
}
