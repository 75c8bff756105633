package org.eyesandears.visit.service;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.eyesandears.visit.service.CalendarFeedService.FeedEntry;

/**
 * Writes visits as an RFC 5545 iCalendar: UTC times, escaped text, lines folded at 75 octets and
 * ended with CRLF. Entries carry no intelligence: business, place, time, lead agency, status and a
 * link to the visit in the application. Two uses: the subscribed feed ({@link #feed}, METHOD:PUBLISH;
 * a cancelled visit stays in it as STATUS:CANCELLED so that subscribed calendars remove it) and the
 * invitation attached to a visit notice ({@link #invitation}, RFC 5546 METHOD:REQUEST or CANCEL with
 * a SEQUENCE that grows with every change, so that Outlook and phone calendars update the one entry).
 * Both use the same UID for a visit, so a feed and an invitation never make two entries.
 */
public final class ICalendar {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private ICalendar() {
    }

    /**
     * A feed of visits (METHOD:PUBLISH).
     *
     * @param name calendar name shown by the client
     * @param entries visits
     * @param appUrl the application's base address, for each visit's link
     * @param now the DTSTAMP of every entry
     */
    public static String feed(String name, List<FeedEntry> entries, String appUrl, Instant now) {
        StringBuilder out = new StringBuilder();
        begin(out, "PUBLISH");
        line(out, "X-WR-CALNAME:" + text(name));
        for (FeedEntry e : entries) {
            event(out, e, appUrl, now, e.status(), List.of());
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /**
     * One visit as a calendar file to add by hand (METHOD:PUBLISH), named after its business; its UID
     * is the one the feed and the invitations use, so a later invitation updates it.
     */
    public static String single(VisitSummary v, String appUrl, Instant now) {
        return feed(v.businessName(), List.of(new FeedEntry(v.id(), v.businessName(), v.address(), v.postcode(),
                v.startsAt(), v.endsAt(), v.leadAgencyName(), v.status(), now)), appUrl, now);
    }

    /**
     * One visit as an invitation to one person (METHOD:REQUEST), or its withdrawal (METHOD:CANCEL).
     * Replies are not asked for (RSVP=FALSE): agencies answer in the application.
     *
     * @param entry the visit
     * @param cancel whether the visit was cancelled
     * @param sequence grows with every change of the visit (its version)
     * @param organizer the application's own mail address
     * @param attendee the recipient's mail address
     */
    public static String invitation(FeedEntry entry, boolean cancel, long sequence, String organizer,
                                    String attendee, String appUrl, Instant now) {
        StringBuilder out = new StringBuilder();
        begin(out, cancel ? "CANCEL" : "REQUEST");
        event(out, entry, appUrl, now, cancel ? "CANCELLED" : entry.status(), List.of(
                "SEQUENCE:" + sequence,
                "ORGANIZER;CN=Eyes and Ears:mailto:" + organizer,
                "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE:mailto:" + attendee));
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    private static void begin(StringBuilder out, String method) {
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Eyes and Ears//Joint visits//EN");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:" + method);
    }

    private static void event(StringBuilder out, FeedEntry e, String appUrl, Instant now, String status,
                              List<String> extra) {
        line(out, "BEGIN:VEVENT");
        line(out, "UID:visit-" + e.visitId() + "@eyesandears");
        line(out, "DTSTAMP:" + UTC.format(now));
        line(out, "DTSTART:" + UTC.format(e.startsAt()));
        line(out, "DTEND:" + UTC.format(e.endsAt()));
        line(out, "LAST-MODIFIED:" + UTC.format(e.lastModified()));
        line(out, "SUMMARY:" + text("Visit: " + e.businessName() + " (lead " + e.leadAgencyName() + ")"));
        line(out, "LOCATION:" + text(join(e.address(), e.postcode())));
        // The visit in the path, not the query: the sign-in keeps only the path (shared.config.Links).
        String link = appUrl + "/open/visit/" + e.visitId();
        line(out, "DESCRIPTION:" + text("Lead agency: " + e.leadAgencyName() + ". Details: " + link));
        line(out, "URL:" + link);
        line(out, "STATUS:" + switch (status) {
            case "CANCELLED" -> "CANCELLED";
            case "PROPOSED" -> "TENTATIVE";
            default -> "CONFIRMED";
        });
        extra.forEach(x -> line(out, x));
        line(out, "END:VEVENT");
    }

    private static String join(String address, String postcode) {
        if (address == null || address.isBlank()) {
            return postcode == null ? "" : postcode;
        }
        return postcode == null || postcode.isBlank() ? address : address + ", " + postcode;
    }

    /** TEXT value escaping (RFC 5545 3.3.11). */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    /** Appends a content line folded at 75 octets without splitting a UTF-8 character (RFC 5545 3.1). */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 1;
                limit = 75;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }
}
