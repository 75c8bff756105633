package org.eyesandears.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Page messages are built in one place, {@link Messages}, so every page words and places them
 * alike and a service's refusal reaches the page only through {@link PageErrorHandler} (ADR 0022).
 */
class MessagesOnlyTest {

    private static final Path MESSAGES = Path.of("src/main/java/org/eyesandears/shared/web/Messages.java");

    @Test
    void noClassButMessagesBuildsOrAddsAFacesMessage() throws IOException {
        List<Path> sources;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            sources = files.filter(f -> f.toString().endsWith(".java")).toList();
        }
        assertThat(sources).as("sources found").contains(MESSAGES).hasSizeGreaterThan(50);
        for (Path source : sources) {
            if (!source.equals(MESSAGES)) {
                assertThat(Files.readString(source)).as(source.toString())
                        .doesNotContainPattern("new\\s+FacesMessage\\b")
                        .doesNotContainPattern("\\.addMessage\\s*\\(");
            }
        }
    }
}
