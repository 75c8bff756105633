package org.eyesandears.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SignedOutAjaxExtensionTest {

    @Test
    void aRedirectOfABackgroundRequestMeansSignedOut() {
        assertThat(SignedOutAjaxExtension.signedOut("partial/ajax", 302)).isTrue();
        assertThat(SignedOutAjaxExtension.signedOut("partial/ajax", 303)).isTrue();
    }

    @Test
    void pageLoadsAndOtherAnswersAreLeftAlone() {
        assertThat(SignedOutAjaxExtension.signedOut(null, 302)).as("a page load: the sign-in redirect stays").isFalse();
        assertThat(SignedOutAjaxExtension.signedOut("partial/ajax", 200)).isFalse();
        assertThat(SignedOutAjaxExtension.signedOut("partial/ajax", 500)).isFalse();
    }
}
