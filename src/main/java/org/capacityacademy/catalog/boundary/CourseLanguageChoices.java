package org.capacityacademy.catalog.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.capacityacademy.account.boundary.AccountService;
import org.capacityacademy.catalog.boundary.CatalogViews.CourseCard;
import org.capacityacademy.catalog.entity.CourseLanguageChoice;
import org.capacityacademy.account.boundary.PersonalDataRequested;

import java.time.Clock;
import java.util.Optional;

import static org.capacityacademy.account.boundary.PersonalDataRequested.rows;

/**
 * The language each signed-in person chose for a course not offered in the language of their
 * pages, kept for them on any device. Only a language the course offers is kept. The choices are
 * in the person's data export; an erasure leaves them (a language says nothing about who they are,
 * like the language of their profile, which is kept too).
 */
@Stateless
public class CourseLanguageChoices {

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountService accounts;

    @Inject
    Catalog catalog;

    Clock clock = Clock.systemUTC();

    /** The language a person chose for a course, by the course's code; empty when they chose none. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<String> chosen(String email, String courseCode) {
        return accounts.idOf(email).flatMap(account -> em.createNamedQuery(CourseLanguageChoice.OF_COURSE_CODE, String.class)
                .setParameter("course", courseCode).setParameter("account", account).getResultStream().findFirst());
    }

    /** The language a person chose for a course, by ids (a record issued to them); empty when they chose none. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<String> chosen(long accountId, long courseId) {
        return Optional.ofNullable(em.find(CourseLanguageChoice.class, new CourseLanguageChoice.Key(accountId, courseId)))
                .map(CourseLanguageChoice::getLanguage);
    }

    /** Keeps a person's choice of language for a course; false (and nothing kept) when the course does not offer it. */
    public boolean choose(String email, String courseCode, String language) {
        Optional<CourseCard> course = catalog.course(courseCode, language).map(CatalogViews.CourseOutline::card)
                .filter(card -> card.offeredIn(language));
        Optional<Long> account = accounts.idOf(email);
        if (course.isEmpty() || account.isEmpty()) {
            return false;
        }
        CourseLanguageChoice.Key key = new CourseLanguageChoice.Key(account.get(), course.get().id());
        CourseLanguageChoice choice = em.find(CourseLanguageChoice.class, key);
        if (choice == null) {
            em.persist(new CourseLanguageChoice(account.get(), course.get().id(), language, clock.instant()));
        } else {
            choice.choose(language, clock.instant());
        }
        return true;
    }

    /**
     * Keeps for the person the language this browser chose for a course before they signed in,
     * unless they have a choice of their own for it already: read (in its own transaction) as a
     * page first needs it.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void adopt(String email, String courseCode, String language) {
        if (chosen(email, courseCode).isEmpty()) {
            choose(email, courseCode, language);
        }
    }

    public void export(@Observes PersonalDataRequested request) {
        request.add("courseLanguages", rows(em.createNativeQuery("SELECT c.code, l.language, l.chosen_at "
                        + "FROM course_language_choice l JOIN course c ON c.id = l.course_id WHERE l.account_id = ? "
                        + "ORDER BY c.code").setParameter(1, request.accountId()).getResultList(),
                "course", "language", "chosenAt"));
    }
}
