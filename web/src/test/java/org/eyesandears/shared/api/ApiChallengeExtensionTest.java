package org.eyesandears.shared.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ApiChallengeExtensionTest {

    @Test
    void aBearerTokenInAnyCaseLetsTheCallThroughToTokenValidation() {
        assertThat(ApiChallengeExtension.hasBearerToken("Bearer eyJhbGciOi")).isTrue();
        assertThat(ApiChallengeExtension.hasBearerToken("bearer eyJhbGciOi")).isTrue();
    }

    @Test
    void noTokenAnEmptyTokenOrAnotherSchemeIsChallenged() {
        assertThat(ApiChallengeExtension.hasBearerToken(null)).isFalse();
        assertThat(ApiChallengeExtension.hasBearerToken("")).isFalse();
        assertThat(ApiChallengeExtension.hasBearerToken("Bearer ")).isFalse();
        assertThat(ApiChallengeExtension.hasBearerToken("Basic b2ZmaWNlcjpzZWNyZXQ=")).isFalse();
    }
}
