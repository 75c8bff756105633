package org.eyesandears.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * No view writes text unescaped: officers' observations, business names and answers are shown in
 * these pages, and {@code escape="false"} would turn any of them into markup (and script, were the
 * Content-Security-Policy ever loosened).
 */
class ViewsEscapeTest {

    @Test
    void noViewTurnsOffEscaping() throws IOException {
        Path webapp = Path.of("src/main/webapp");
        List<Path> views;
        try (Stream<Path> files = Files.walk(webapp)) {
            views = files.filter(f -> f.toString().endsWith(".xhtml")).toList();
        }
        assertThat(views).as("views found").hasSizeGreaterThan(10);
        for (Path view : views) {
            assertThat(Files.readString(view)).as(view.toString())
                    .doesNotContainPattern("escape\\s*=\\s*[\"']\\s*false");
        }
    }
}
