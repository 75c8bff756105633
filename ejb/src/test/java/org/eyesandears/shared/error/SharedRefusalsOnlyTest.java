package org.eyesandears.shared.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Services refuse with the shared types only (ADR 0022, ADR 0026), so pages and the API answer
 * every refusal one way: access denied is {@link AccessDeniedException}, never the container's type
 * or JPA's lock failure thrown by hand.
 */
class SharedRefusalsOnlyTest {

    @Test
    void servicesThrowTheSharedRefusalTypes() throws IOException {
        List<Path> sources;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            sources = files.filter(f -> f.toString().endsWith(".java")).toList();
        }
        assertThat(sources).as("sources found").hasSizeGreaterThan(100);
        for (Path source : sources) {
            assertThat(Files.readString(source)).as(source.toString())
                    .doesNotContainPattern("new\\s+(jakarta\\.ejb\\.)?EJBAccessException\\b")
                    .doesNotContainPattern("new\\s+(jakarta\\.persistence\\.)?OptimisticLockException\\b");
        }
    }
}
