package org.eyesandears.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class LabelsTest {

    @Test
    void codesReadAsWordsInASentenceOrAlone() {
        assertThat(Labels.wordsOf("NO_FURTHER_ACTION")).isEqualTo("no further action");
        assertThat(Labels.sentenceOf("NO_FURTHER_ACTION")).isEqualTo("No further action");
        assertThat(Labels.sentenceOf("CANCELLED")).isEqualTo("Cancelled");
        assertThat(Labels.wordsOf(null)).isEmpty();
        assertThat(Labels.sentenceOf(null)).isEmpty();
        assertThat(new Labels().sentence("DONE")).isEqualTo("Done");
        assertThat(new Labels().words("JOINT_VISIT")).isEqualTo("joint visit");
    }

    /** Views word codes through {@link Labels}, not through chains of EL conditions over constants. */
    @Test
    void noViewSpellsOutLabelsInConditions() throws IOException {
        List<Path> views;
        try (Stream<Path> files = Files.walk(Path.of("src/main/webapp"))) {
            views = files.filter(f -> f.toString().endsWith(".xhtml")).toList();
        }
        assertThat(views).as("views found").hasSizeGreaterThan(20);
        for (Path view : views) {
            assertThat(Files.readString(view)).as(view.toString())
                    .doesNotContainPattern("(==|eq)\\s*'[A-Z_]+'\\s*\\?\\s*'[^']*'\\s*:\\s*[\\w.]+\\s*(==|eq)\\s*'[A-Z_]+'");
        }
    }
}
