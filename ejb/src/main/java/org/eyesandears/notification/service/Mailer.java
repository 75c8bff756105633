package org.eyesandears.notification.service;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

/**
 * Sends notification e-mails through WildFly's mail session, only after the change that caused
 * them has committed, and off the request thread. A failed send is logged, never undoes the change.
 */
@Stateless
@PermitAll
public class Mailer {

    private static final Logger LOG = Logger.getLogger(Mailer.class.getName());

    @Resource(lookup = "java:jboss/mail/Default")
    Session session;

    @Inject
    Mailer self;

    /** Receives the mail when the transaction commits, and hands it to the asynchronous sender. */
    public void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailOut mail) {
        self.send(mail);
    }

    @Asynchronous
    public void send(MailOut mail) {
        try {
            MimeMessage message = new MimeMessage(session);
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to()));
            message.setSubject(mail.subject(), "UTF-8");
            if (mail.calendar() == null) {
                message.setText(mail.body(), "UTF-8");
            } else {
                // RFC 6047: the text and the invitation as alternatives, so calendars offer to add it.
                MimeBodyPart text = new MimeBodyPart();
                text.setText(mail.body(), "UTF-8");
                MimeBodyPart calendar = new MimeBodyPart();
                calendar.setContent(mail.calendar(), "text/calendar; charset=UTF-8; method=" + mail.calendarMethod());
                message.setContent(new MimeMultipart("alternative", text, calendar));
            }
            Transport.send(message);
        } catch (MessagingException e) {
            LOG.log(Level.WARNING, "Could not send a notification e-mail (" + mail.subject() + ")", e);
        }
    }
}
