package org.eyesandears.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PortOffsetTest {

    @Test
    void unsetOrBlankKeepsTheDocumentedPorts() {
        assertThat(DevStack.portOffset(null)).isZero();
        assertThat(DevStack.portOffset(" ")).isZero();
    }

    @Test
    void aSecondStackMovesEveryPortByTheOffset() {
        assertThat(DevStack.portOffset("40000")).isEqualTo(40000);
    }

    @Test
    void anOffsetThatPushesTheManagementPortPast65535OrIsNotANumberIsRefusedWithTheReason() {
        assertThatThrownBy(() -> DevStack.portOffset("60000")).hasMessageContaining("between 0 and 55545");
        assertThatThrownBy(() -> DevStack.portOffset("-1")).hasMessageContaining("between 0 and 55545");
        assertThatThrownBy(() -> DevStack.portOffset("forty")).hasMessageContaining("whole number");
    }
}
