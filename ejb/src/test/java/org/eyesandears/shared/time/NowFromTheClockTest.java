package org.eyesandears.shared.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * "Now" comes from the injected {@link java.time.Clock} everywhere (house style), so tests can set
 * it: no main class of the application's modules asks the system for the time itself, apart from
 * {@link London#today}, which asks the clock it is given, and the one producer of the clock.
 */
class NowFromTheClockTest {

    private static final String SYSTEM_TIME =
            "\\b(Instant|LocalDate|LocalDateTime|LocalTime|ZonedDateTime|OffsetDateTime|Year|YearMonth)\\.now\\(\\s*\\)"
                    + "|\\b(LocalDate|LocalDateTime|LocalTime|ZonedDateTime|OffsetDateTime)\\.now\\([^)]*ZONE\\)"
                    + "|System\\.currentTimeMillis\\(|new\\s+(java\\.util\\.)?Date\\(\\s*\\)";

    @Test
    void theApplicationTakesNowFromTheInjectedClock() throws IOException {
        List<Path> sources = new ArrayList<>();
        for (String module : List.of("../persistence", "../ejb", "../web")) {
            try (Stream<Path> files = Files.walk(Path.of(module, "src/main/java"))) {
                files.filter(f -> f.toString().endsWith(".java")).forEach(sources::add);
            }
        }
        assertThat(sources).as("sources found").hasSizeGreaterThan(300);
        for (Path source : sources) {
            if (source.endsWith(Path.of("shared", "time", "London.java"))) {
                continue; // today(clock): the clock it is given, in London
            }
            assertThat(Files.readString(source)).as(source.toString()).doesNotContainPattern(SYSTEM_TIME);
        }
    }
}
