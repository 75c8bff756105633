package org.eyesandears.notification.service;

/**
 * An e-mail to send once the transaction that caused it has committed.
 *
 * @param calendar an iCalendar invitation sent beside the text (so calendars update), or null
 * @param calendarMethod the invitation's METHOD (REQUEST or CANCEL), or null without one
 */
public record MailOut(String to, String subject, String body, String calendar, String calendarMethod) {

    /** A plain text e-mail. */
    public MailOut(String to, String subject, String body) {
        this(to, subject, body, null, null);
    }
}
