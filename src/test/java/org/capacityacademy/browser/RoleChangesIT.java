package org.capacityacademy.browser;

import org.capacityacademy.TestAccounts;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A role an administrator removes or grants reaches the person's open session at its next
 * request: the session ends with a sentence saying why, and signing in again gives the roles as
 * they now are. Before, a removed instructor kept opening the authoring pages (or saw them fail).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RoleChangesIT {

    private static final String ROLES_CHANGED = "Your roles on the platform have changed. Sign in again to continue with your new roles.";

    @ArquillianResource
    URL base;

    @Test
    void aRoleRemovedOrGrantedReachesThePersonsOpenSessionAtItsNextRequest() {
        String email = TestAccounts.uniqueEmail("role-change");
        String name = "Changing Roles " + UUID.randomUUID().toString().substring(0, 6);
        Journeys.seedInstructors(base, email, name);
        try (Browser instructor = Browser.open(base, "en"); Browser admin = Browser.open(base, "en")) {
            Journeys.signInSuccessfully(instructor, email, TestAccounts.PASSWORD);
            instructor.go("/author/courses.xhtml");
            assertEquals("Authoring: your courses", instructor.text("h1"));

            Journeys.signInSuccessfully(admin, Journeys.ADMIN_EMAIL, Journeys.ADMIN_PASSWORD);
            admin.go("/admin/users.xhtml?q=" + email).clickLink(name).click("roles:list:1:revoke");
            assertTrue(admin.elements("#roles\\:list\\:1\\:grant").size() == 1, "the role is removed");

            instructor.goAgain("/author/courses.xhtml");
            assertEquals("/sign-in.xhtml?rolesChanged=true", instructor.path(), "the open session ended at its next request");
            assertEquals(ROLES_CHANGED, instructor.text("#roles-changed"));
            Journeys.signInSuccessfully(instructor, email, TestAccounts.PASSWORD);
            assertTrue(instructor.elements("#authoring-link").isEmpty(), "no authoring in the menu any more");
            instructor.goAgain("/author/import-course.xhtml");
            assertEquals("Not allowed", instructor.text("h1"));
            assertEquals(403, instructor.fetchStatus("/author/courses.xhtml"));
            assertEquals(403, instructor.fetchStatus("/api/author/gift?course=gge-2013&module=modules/01-orientation/&language=en"));

            admin.click("roles:list:1:grant");
            instructor.goAgain("/learning/my-learning.xhtml");
            assertEquals("/sign-in.xhtml?rolesChanged=true", instructor.path(), "a role granted reaches the session too");
            Journeys.signInSuccessfully(instructor, email, TestAccounts.PASSWORD);
            instructor.click("authoring-link");
            assertEquals("Authoring: your courses", instructor.text("h1"));
        }
    }
}
