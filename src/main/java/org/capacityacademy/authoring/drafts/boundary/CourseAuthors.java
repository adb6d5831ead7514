package org.capacityacademy.authoring.drafts.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.capacityacademy.account.boundary.AccountService;
import org.capacityacademy.account.entity.Account;
import org.capacityacademy.account.entity.Role;
import org.capacityacademy.administration.boundary.AuditLog;
import org.capacityacademy.administration.boundary.UserAdministration;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who authors which course, as administrators change it: an instructor named by e-mail is made
 * an author of a course, or no longer is; each change is written to the audit log, under the
 * instructor's account (so it shows in their history), in the same transaction.
 */
@Stateless
public class CourseAuthors {

    @Inject
    Authorship authorship;

    @Inject
    AccountService accounts;

    @Inject
    AuditLog audit;

    /** An author as the administrators' page lists them. */
    public record Author(long accountId, String fullName, String email) implements Serializable {
    }

    /** The authors of each of these courses, in the order given. */
    public Map<String, List<Author>> of(List<String> courses) {
        Map<String, List<Author>> authors = new LinkedHashMap<>();
        for (String course : courses) {
            authors.put(course, authorship.authors(course).stream()
                    .map(a -> new Author(a.getId(), a.getProfile().getFullName(), a.getEmail())).toList());
        }
        return authors;
    }

    /**
     * Makes the instructor with this e-mail address an author of the course. Refused with the
     * reason ({@link AuthoringException}) when there is no such course or account, the account is
     * not an instructor's, or it is an author already; {@link NotAnAuthor} for anyone but an
     * administrator.
     */
    public Account add(String administratorEmail, String course, String email) {
        Account administrator = administrator(administratorEmail);
        if (course == null || !authorship.editableCourses(administratorEmail).contains(course)) {
            throw new AuthoringException("author.authors.noCourse", String.valueOf(course));
        }
        String address = email == null ? "" : email.strip();
        Account account = accounts.findByEmail(address)
                .orElseThrow(() -> new AuthoringException("author.authors.noAccount", address));
        if (!account.has(Role.INSTRUCTOR)) {
            throw new AuthoringException("author.authors.notInstructor", account.getEmail());
        }
        if (authorship.authors(course).stream().anyMatch(a -> a.getId().equals(account.getId()))) {
            throw new AuthoringException("author.authors.already", account.getEmail(), course);
        }
        authorship.add(administratorEmail, course, account.getId());
        audit.record(administrator, "add-author", UserAdministration.AUDIT_SUBJECT, String.valueOf(account.getId()),
                account.getEmail() + ": " + course);
        return account;
    }

    /** The person is no longer an author of the course (their published work stays). */
    public void remove(String administratorEmail, String course, long accountId) {
        Account administrator = administrator(administratorEmail);
        Account account = accounts.find(accountId).orElseThrow(() -> new AuthoringException("author.notFound"));
        if (authorship.authors(course).stream().noneMatch(a -> a.getId().equals(accountId))) {
            return;
        }
        authorship.remove(administratorEmail, course, accountId);
        audit.record(administrator, "remove-author", UserAdministration.AUDIT_SUBJECT, String.valueOf(accountId),
                account.getEmail() + ": " + course);
    }

    private Account administrator(String email) {
        return authorship.person(email).filter(a -> a.has(Role.ADMIN)).orElseThrow(() -> new NotAnAuthor("authors"));
    }
}
