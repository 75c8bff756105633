package org.eyesandears.business.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PairViewTest {

    @Test
    void aProbabilityIsNeverShownAsACertainty() {
        assertThat(PairView.percent(0.99996)).isEqualTo("over 99.9%");
        assertThat(PairView.percent(0.9995)).isEqualTo("over 99.9%");
        assertThat(PairView.percent(0.9994)).isEqualTo("99.9%");
        assertThat(PairView.percent(0.875)).isEqualTo("87.5%");
    }
}
