package org.capacityacademy.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends plain-text mail through the SMTP server named by {@code MAIL_SMTP_HOST}. Without
 * one (the embedded run), the message is written to the log instead, so a person trying
 * the platform on one machine can still follow a password-reset link.
 */
@ApplicationScoped
public class Mailer {

    private static final Logger LOG = Logger.getLogger(Mailer.class.getName());

    @Inject
    @ConfigProperty(name = "mail.smtp.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "mail.smtp.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "mail.smtp.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "mail.smtp.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "mail.smtp.starttls", defaultValue = "false")
    boolean startTls;

    @Inject
    @ConfigProperty(name = "mail.from", defaultValue = "no-reply@capacity-academy.local")
    String from;

    /**
     * Sends the message; a failure is logged, never shown to the person who caused the mail.
     * False when it could not be sent (an administrator's report says so).
     */
    public boolean send(String to, String subject, String text) {
        if (host.filter(h -> !h.isBlank()).isEmpty()) {
            LOG.info(() -> "Mail (no MAIL_SMTP_HOST set, so written here)\nTo: " + to + "\nSubject: " + subject
                    + "\n\n" + text);
            return true;
        }
        try {
            MimeMessage message = new MimeMessage(session());
            message.setFrom(new InternetAddress(from));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
            message.setSubject(subject, "UTF-8");
            message.setText(text, "UTF-8");
            Transport.send(message);
            return true;
        } catch (MessagingException e) {
            LOG.log(Level.WARNING, "Could not send mail to " + to, e);
            return false;
        }
    }

    private Session session() {
        Properties props = new Properties();
        props.put("mail.smtp.host", host.orElseThrow());
        props.put("mail.smtp.port", String.valueOf(port));
        props.put("mail.smtp.connectiontimeout", "5000");
        props.put("mail.smtp.timeout", "10000");
        props.put("mail.smtp.starttls.enable", String.valueOf(startTls));
        if (user.isPresent()) {
            props.put("mail.smtp.auth", "true");
            return Session.getInstance(props, new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(user.get(), password.orElse(""));
                }
            });
        }
        return Session.getInstance(props);
    }
}
