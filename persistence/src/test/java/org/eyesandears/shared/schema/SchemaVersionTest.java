package org.eyesandears.shared.schema;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SchemaVersionTest {

    @Test
    void versionsCompareAsNumbersNotAsText() {
        // Migration V240 is newer than V90: a text comparison would say the opposite and keep a
        // node on a stale schema ready.
        assertThat(SchemaVersion.satisfies("240", "90")).isTrue();
        assertThat(SchemaVersion.satisfies("90", "240")).isFalse();
    }

    @Test
    void aDatabaseAtOrPastTheNeededVersionSatisfiesIt() {
        assertThat(SchemaVersion.satisfies("230", "230")).isTrue();
        assertThat(SchemaVersion.satisfies("231", "230")).isTrue();
        assertThat(SchemaVersion.satisfies("230.1", "230")).isTrue();
        assertThat(SchemaVersion.satisfies("229", "230")).isFalse();
    }
}
