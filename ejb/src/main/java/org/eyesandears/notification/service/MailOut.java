package org.eyesandears.notification.service;

/** An e-mail to send once the transaction that caused it has committed. */
public record MailOut(String to, String subject, String body) {
}
