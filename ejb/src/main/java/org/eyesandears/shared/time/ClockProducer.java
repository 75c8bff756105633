package org.eyesandears.shared.time;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** The one source of "now": UTC system time. Tests that need another time use their own clock. */
@ApplicationScoped
public class ClockProducer {

    /** Dependent scope: {@link Clock} is a JDK class that CDI should not proxy. */
    @Produces
    Clock clock() {
        return Clock.systemUTC();
    }
}
