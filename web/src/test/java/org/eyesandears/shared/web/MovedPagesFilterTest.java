package org.eyesandears.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class MovedPagesFilterTest {

    @Test
    void theAnalystsOldPageAddressesLeadToTheirPagesInTheBusinessContext() {
        assertThat(MovedPagesFilter.target("/linkage/review.xhtml", null)).contains("/business/review.xhtml");
        assertThat(MovedPagesFilter.target("/linkage/import.xhtml", "")).contains("/business/import.xhtml");
    }

    @Test
    void theQueryStringOfAnOldAddressIsKept() {
        assertThat(MovedPagesFilter.target("/linkage/review.xhtml", "pair=12&x=a%20b"))
                .contains("/business/review.xhtml?pair=12&x=a%20b");
    }

    @Test
    void anAddressThatNeverHeldAPageIsNotRedirected() {
        assertThat(MovedPagesFilter.target("/linkage/other.xhtml", null)).isEmpty();
        assertThat(MovedPagesFilter.target("/linkage/", null)).isEmpty();
    }

    @Test
    void everyPageAnOldAddressLeadsToExists() {
        assertThat(MovedPagesFilter.MOVED.values())
                .allSatisfy(to -> assertThat(Files.exists(Path.of("src/main/webapp" + to))).as(to).isTrue());
        assertThat(MovedPagesFilter.MOVED.keySet())
                .allSatisfy(from -> assertThat(Files.exists(Path.of("src/main/webapp" + from))).as(from).isFalse());
    }
}
