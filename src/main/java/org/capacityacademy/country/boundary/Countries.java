package org.capacityacademy.country.boundary;

import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.capacityacademy.country.entity.Country;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The country list in any UN language, sorted as that language sorts. */
@Singleton
@Lock(LockType.READ)
public class Countries {

    @PersistenceContext
    EntityManager em;

    public List<Country> sortedFor(Locale locale) {
        Collator collator = Collator.getInstance(locale);
        return em.createNamedQuery(Country.FIND_ALL, Country.class).getResultList().stream()
                .sorted(Comparator.comparing((Country c) -> c.nameIn(locale), collator))
                .toList();
    }

    public Optional<Country> find(String code) {
        return Optional.ofNullable(code).map(c -> em.find(Country.class, c));
    }
}
