package org.eyesandears.visit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import org.eyesandears.it.ApiClient;
import org.eyesandears.it.Database;

/** Builders for the visit tests: register entries, London times, visit plans. */
final class VisitData {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    private VisitData() {
    }

    /** A register entry made directly in the database; returns its id. */
    static long business(String name, String address, String postcode) throws Exception {
        return Database.business(name, address, "Ealing", postcode);
    }

    /** {@code hour}:00 London time on {@code day}. */
    static Instant at(LocalDate day, int hour) {
        return day.atTime(hour, 0).atZone(LONDON).toInstant();
    }

    /** {@code hour}:00 London time, {@code days} from today. */
    static Instant at(int days, int hour) {
        return at(LocalDate.now(LONDON).plusDays(days), hour);
    }

    /** A two-hour visit plan as JSON. */
    static String plan(long business, Instant start, String lead, String participants, String officers,
                       String extra) {
        return """
                {"businessId": %d, "startsAt": "%s", "endsAt": "%s", "purpose": "MIXED", "leadAgency": "%s",
                 "participants": [%s], "officers": [%s], "riskNotes": "Dog on the premises; rear exit locked"%s}
                """.formatted(business, start, start.plus(2, ChronoUnit.HOURS), lead, participants, officers,
                extra == null ? "" : ", " + extra);
    }

    /** The id of the visit a 201 answer created. */
    static long created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return ApiClient.object(response).getJsonNumber("id").longValue();
    }
}
