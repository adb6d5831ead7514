package org.capacityacademy.authoring.drafts.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.capacityacademy.account.boundary.AccountService;
import org.capacityacademy.account.entity.Account;
import org.capacityacademy.account.entity.Role;
import org.capacityacademy.authoring.drafts.entity.CourseAuthor;
import org.capacityacademy.authoring.drafts.entity.CourseFile;
import org.capacityacademy.catalog.entity.Course;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Who may edit a course: administrators every course, instructors the courses they author
 * (the ones they started, and those an administrator gave them). The person is named by the
 * e-mail address they signed in with; their roles are read from their (active) account.
 */
@Stateless
public class Authorship {

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountService accounts;

    Clock clock = Clock.systemUTC();

    /** Whether the person (an active account) may edit the course: an administrator, or an instructor among its authors. */
    public boolean mayEdit(String email, String course) {
        if (course == null || course.isBlank()) {
            return false;
        }
        return person(email).map(account -> account.has(Role.ADMIN) || (account.has(Role.INSTRUCTOR)
                && em.find(CourseAuthor.class, new CourseAuthor.Key(course, account.getId())) != null)).orElse(false);
    }

    /** The person's account when they may edit the course; else {@link NotAnAuthor}. */
    public Account check(String email, String course) {
        if (!mayEdit(email, course)) {
            throw new NotAnAuthor(course);
        }
        return person(email).orElseThrow();
    }

    /** Whether the person may start new courses: instructors and administrators. */
    public boolean mayStart(String email) {
        return person(email).map(a -> a.has(Role.ADMIN) || a.has(Role.INSTRUCTOR)).orElse(false);
    }

    /** The codes of the courses the person may edit, published or still a first draft, sorted. */
    public List<String> editableCourses(String email) {
        TreeSet<String> codes = new TreeSet<>();
        Optional<Account> account = person(email);
        if (account.filter(a -> a.has(Role.ADMIN)).isPresent()) {
            em.createNamedQuery(Course.FIND_ALL, Course.class).getResultStream().forEach(c -> codes.add(c.getCode()));
            codes.addAll(em.createNamedQuery(CourseFile.COURSES, String.class).getResultList());
        } else if (account.filter(a -> a.has(Role.INSTRUCTOR)).isPresent()) {
            codes.addAll(em.createNamedQuery(CourseAuthor.OF_ACCOUNT, String.class)
                    .setParameter("account", account.get().getId()).getResultList());
        }
        return List.copyOf(codes);
    }

    /** Makes an account an author of a course; it must be an instructor's. Only administrators. */
    public void add(String administratorEmail, String course, long accountId) {
        requireAdministrator(administratorEmail);
        Account account = accounts.find(accountId).orElseThrow(() -> new AuthoringException("author.notFound"));
        if (!account.getRoles().contains(Role.INSTRUCTOR)) {
            throw new AuthoringException("author.notInstructor", account.getEmail());
        }
        if (em.find(CourseAuthor.class, new CourseAuthor.Key(course, accountId)) == null) {
            em.persist(new CourseAuthor(course, accountId, clock.instant()));
        }
    }

    /** Removes an author from a course. Only administrators. */
    public void remove(String administratorEmail, String course, long accountId) {
        requireAdministrator(administratorEmail);
        CourseAuthor author = em.find(CourseAuthor.class, new CourseAuthor.Key(course, accountId));
        if (author != null) {
            em.remove(author);
        }
    }

    public List<Account> authors(String course) {
        return em.createNamedQuery(CourseAuthor.OF_COURSE, CourseAuthor.class).setParameter("course", course)
                .getResultStream().map(a -> accounts.find(a.getAccountId())).flatMap(Optional::stream).toList();
    }

    /** Makes the person an author of a course they start. */
    public void claim(Account account, String course) {
        if (em.find(CourseAuthor.class, new CourseAuthor.Key(course, account.getId())) == null) {
            em.persist(new CourseAuthor(course, account.getId(), clock.instant()));
        }
    }

    /** The active account with this e-mail address. */
    public Optional<Account> person(String email) {
        return email == null ? Optional.empty() : accounts.findByEmail(email).filter(Account::isActive);
    }

    private void requireAdministrator(String email) {
        if (person(email).filter(a -> a.has(Role.ADMIN)).isEmpty()) {
            throw new NotAnAuthor("authors");
        }
    }
}
