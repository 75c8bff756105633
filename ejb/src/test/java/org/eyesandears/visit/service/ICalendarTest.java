package org.eyesandears.visit.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;

import org.eyesandears.visit.service.CalendarFeedService.FeedEntry;
import org.junit.jupiter.api.Test;

class ICalendarTest {

    private static final Instant NOW = Instant.parse("2026-03-20T09:00:00Z");

    private static FeedEntry entry(long id, String name, String status) {
        return new FeedEntry(id, name, "12 The Broadway", "W5 2NP", Instant.parse("2026-03-30T08:30:00Z"),
                Instant.parse("2026-03-30T10:00:00Z"), "Food safety and environmental health", status, NOW);
    }

    private static Calendar parse(String text) throws Exception {
        return new CalendarBuilder().build(new StringReader(text));
    }

    @Test
    void aCalendarClientReadsEveryVisitWithItsTimesPlaceAndStatus() throws Exception {
        String ics = ICalendar.feed("Eyes and Ears: officer.food", List.of(entry(7, "The Chicken Shop", "CONFIRMED"),
                entry(8, "Kebab Palace", "CANCELLED"), entry(9, "Nail Bar", "PROPOSED")), "https://ee.example", NOW);

        List<VEvent> events = parse(ics).getComponents("VEVENT");
        assertThat(events).hasSize(3);
        VEvent first = events.get(0);
        assertThat(first.getUid().orElseThrow().getValue()).isEqualTo("visit-7@eyesandears");
        assertThat(first.getSummary().getValue()).isEqualTo(
                "Visit: The Chicken Shop (lead Food safety and environmental health)");
        assertThat(first.getLocation().getValue()).isEqualTo("12 The Broadway, W5 2NP");
        assertThat(first.getDateTimeStart().getValue()).isEqualTo("20260330T083000Z");
        assertThat(first.getDateTimeEnd().getValue()).isEqualTo("20260330T100000Z");
        assertThat(first.getUrl().getValue()).isEqualTo("https://ee.example/open/visit/7");
        assertThat(events).extracting(e -> e.getStatus().getValue())
                .containsExactly("CONFIRMED", "CANCELLED", "TENTATIVE");
        assertThat(ics).doesNotContain("\n\n").contains("\r\n");
    }

    @Test
    void longAndAccentedNamesAreFoldedWithinSeventyFiveOctetsAndReadBackWhole() throws Exception {
        String name = "Café Ñandú; Ünïcode & Sons, Bakers, Purveyors of Fine Pâtisserie to the Borough of Ealing 🍰";
        String ics = ICalendar.feed("feed", List.of(entry(1, name, "CONFIRMED")), "https://ee.example", NOW);

        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
        VEvent event = parse(ics).<VEvent>getComponents("VEVENT").get(0);
        assertThat(event.getSummary().getValue()).isEqualTo("Visit: " + name
                + " (lead Food safety and environmental health)");
    }

    @Test
    void anInvitationAndItsCancellationUpdateOneCalendarEntry() throws Exception {
        FeedEntry visit = entry(12, "The Chicken Shop", "PROPOSED");
        Calendar invited = parse(ICalendar.invitation(visit, false, 3, "ee@example.gov", "desk@fire.example",
                "https://ee.example", NOW));
        Calendar cancelled = parse(ICalendar.invitation(visit, true, 5, "ee@example.gov", "desk@fire.example",
                "https://ee.example", NOW));

        assertThat(invited.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("REQUEST");
        assertThat(cancelled.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("CANCEL");
        VEvent request = invited.<VEvent>getComponents("VEVENT").get(0);
        VEvent cancel = cancelled.<VEvent>getComponents("VEVENT").get(0);
        assertThat(cancel.getUid()).isEqualTo(request.getUid());
        assertThat(request.getSequence().getSequenceNo()).isEqualTo(3);
        assertThat(cancel.getSequence().getSequenceNo()).isEqualTo(5);
        assertThat(request.getStatus().getValue()).isEqualTo("TENTATIVE");
        assertThat(cancel.getStatus().getValue()).isEqualTo("CANCELLED");
        assertThat(request.getOrganizer().getValue()).isEqualTo("mailto:ee@example.gov");
        assertThat(request.getProperty("ATTENDEE").orElseThrow().getValue()).isEqualTo("mailto:desk@fire.example");
    }

    @Test
    void aSingleVisitsFileIsNamedAfterItsBusinessAndIsTheFeedsEntry() throws Exception {
        VisitSummary visit = new VisitSummary(7, 3, "The Chicken Shop", "12 The Broadway, Ealing", "W5 2NP", "W5",
                Instant.parse("2026-03-30T08:30:00Z"), Instant.parse("2026-03-30T10:00:00Z"), "Joint check", "FOOD",
                "Food safety and environmental health", List.of("FOOD", "FIRE"), "CONFIRMED", null, null, true, 1);

        Calendar file = parse(ICalendar.single(visit, "https://ee.example", NOW));

        assertThat(file.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("PUBLISH");
        assertThat(file.getProperty("X-WR-CALNAME").orElseThrow().getValue()).isEqualTo("The Chicken Shop");
        VEvent event = file.<VEvent>getComponents("VEVENT").get(0);
        assertThat(event.getUid().orElseThrow().getValue()).as("the UID the feed and invitations use")
                .isEqualTo("visit-7@eyesandears");
        assertThat(event.getLocation().getValue()).isEqualTo("12 The Broadway, Ealing, W5 2NP");
        assertThat(event.getStatus().getValue()).isEqualTo("CONFIRMED");
    }
}
