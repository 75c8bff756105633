package org.eyesandears.referral.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ComposeTimeTest {

    @Test
    void aPlausibleNumberOfSecondsIsKept() {
        assertThat(ComposeTime.seconds("95")).isEqualTo(95);
        assertThat(ComposeTime.seconds(" 1 ")).isEqualTo(1);
        assertThat(ComposeTime.seconds("86400")).isEqualTo(86_400);
    }

    @Test
    void anythingElseIsNotMeasuredRatherThanRefused() {
        assertThat(ComposeTime.seconds(null)).isNull();
        assertThat(ComposeTime.seconds("")).isNull();
        assertThat(ComposeTime.seconds("0")).as("sent before the card opened").isNull();
        assertThat(ComposeTime.seconds("86401")).as("open for more than a day").isNull();
        assertThat(ComposeTime.seconds("-5")).isNull();
        assertThat(ComposeTime.seconds("12.5")).isNull();
        assertThat(ComposeTime.seconds("9999999999999")).isNull();
        assertThat(ComposeTime.seconds("<script>")).isNull();
    }
}
