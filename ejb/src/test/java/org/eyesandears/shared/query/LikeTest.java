package org.eyesandears.shared.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class LikeTest {

    @Test
    void typedWildcardsMatchThemselves() {
        assertThat(Like.containing(" 100% Pure_Juice! ")).isEqualTo("%100!% pure!_juice!!%");
        assertThat(Like.startingWith("LU1 ")).isEqualTo("LU1 %");
        assertThat(Like.startingWith("%_")).isEqualTo("!%!_%");
    }

    /** Every LIKE over a parameter escapes with '!', so it takes a pattern made here. */
    @Test
    void everyLikeOverAParameterUsesLikesEscape() throws IOException {
        List<Path> sources;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            sources = files.filter(f -> f.toString().endsWith(".java")).toList();
        }
        assertThat(sources).as("sources found").hasSizeGreaterThan(100);
        for (Path source : sources) {
            // Queries are written as joined strings: join them first.
            String joined = Files.readString(source).replaceAll("\"\\s*\\+\\s*\"", "")
                    .replaceAll("\"\\)\\s*\\.append\\(\\w+\\)\\s*\\.append\\(\"", "");
            assertThat(joined).as(source.toString()).doesNotContainPattern("(?i)\\blike\\s+:\\w+(?!\\w|\\s+escape)");
        }
    }
}
