package org.eyesandears.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.ejb.EJBException;

import org.junit.jupiter.api.Test;

/**
 * Backing beans leave the services' refusals to {@link PageErrorHandler} (ADR 0022, ADR 0026): a
 * backing bean ({@code *View}) may catch one only to drive its flow (reload what turned out stale) and must rethrow
 * it, so the one handler words the message. Fails on a catch clause in a backing bean that
 * names a refusal type, the container's wrapper or a catch-all, and has no {@code throw} in its block.
 */
class RefusalsRethrownTest {

    private static final Pattern CATCH = Pattern.compile("catch\\s*\\(([^)]*)\\)\\s*\\{");

    @Test
    void pagesCatchARefusalOnlyToRethrowIt() throws IOException {
        List<Path> pages;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            pages = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> f.getFileName().toString().endsWith("View.java")).toList();
        }
        assertThat(pages).as("backing beans found").hasSizeGreaterThan(25);
        String refusals = PageErrorHandler.REFUSALS.stream().map(Class::getSimpleName)
                .collect(Collectors.joining("|", "\\b(", "|AccessDeniedException|" + EJBException.class.getSimpleName()
                        + "|RuntimeException|Exception|Throwable)\\b"));
        Pattern refusal = Pattern.compile(refusals);
        List<String> swallowed = new ArrayList<>();
        for (Path page : pages) {
            String source = Files.readString(page);
            Matcher m = CATCH.matcher(source);
            while (m.find()) {
                if (refusal.matcher(m.group(1)).find() && !block(source, m.end()).contains("throw ")) {
                    swallowed.add(page.getFileName() + ": catch (" + m.group(1) + ")");
                }
            }
        }
        assertThat(swallowed).as("catch clauses that turn a refusal into something else").isEmpty();
    }

    /** The text of the block that opens just before {@code from}, up to its closing brace. */
    private static String block(String source, int from) {
        int depth = 1;
        for (int i = from; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return source.substring(from, i);
            }
        }
        return source.substring(from);
    }
}
