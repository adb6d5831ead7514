package org.capacityacademy.browser;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.capacityacademy.TestAccounts;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URL;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "Forgot password" sends a single-use link by e-mail (to a real SMTP server, GreenMail, on port 3025). */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PasswordResetIT {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @ArquillianResource
    URL base;

    @Test
    void learnerResetsAForgottenPasswordOnceWithTheEmailedLink() throws Exception {
        String email = TestAccounts.uniqueEmail("forgetful");
        String newPassword = "a whole new passphrase";
        try (Browser browser = Browser.open(base, "en")) {
            Journeys.register(browser, email, "Forgetful Learner");
            browser.go("/account/forgot-password.xhtml").fill("forgot:email", email).click("forgot:submit");
            assertTrue(browser.text("#sent").startsWith("If an account exists"));

            assertTrue(mail.waitForIncomingEmail(10_000, 1), "the reset mail arrived");
            MimeMessage message = mail.getReceivedMessages()[0];
            assertEquals(email, message.getAllRecipients()[0].toString());
            Matcher link = Pattern.compile("/account/reset-password\\.xhtml\\?token=[A-Za-z0-9_-]+")
                    .matcher(GreenMailUtil.getBody(message).replace("=\r\n", ""));
            assertTrue(link.find(), "the mail holds the link");

            browser.go(link.group())
                    .fill("reset:newPassword", newPassword)
                    .fill("reset:confirmation", newPassword)
                    .click("reset:submit");
            assertEquals("Your password has been changed. You can sign in with it now.", browser.text(".notice"));
            Journeys.signInSuccessfully(browser, email, newPassword);
            assertEquals("Forgetful Learner", browser.text(".signed-in-as strong"));

            browser.go(link.group());
            assertTrue(browser.text(".notice.error").startsWith("This link is not valid any more"));
        }
    }

    @Test
    void unknownAddressGetsTheSameAnswerAndNoMail() {
        try (Browser browser = Browser.open(base, "en")) {
            browser.go("/account/forgot-password.xhtml")
                    .fill("forgot:email", TestAccounts.uniqueEmail("nobody")).click("forgot:submit");
            assertTrue(browser.text("#sent").startsWith("If an account exists"));
            assertEquals(0, mail.getReceivedMessages().length);
        }
    }
}
