package org.eyesandears.user.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class UserProfileTest {

    private static UserProfile withRoles(String roles) {
        UserProfile u = new UserProfile("someone", Instant.EPOCH);
        u.refresh("Someone", null, "FIRE", roles, Instant.EPOCH);
        return u;
    }

    @Test
    void aRoleCountsOnlyWhenTheSignInCarriedThatVeryRole() {
        assertThat(withRoles("officer,desk").hasRole("desk")).isTrue();
        assertThat(withRoles("desk").hasRole("desk")).isTrue();
        assertThat(withRoles("officer").hasRole("desk")).isFalse();
        assertThat(withRoles("helpdesk,deskless").hasRole("desk")).as("names containing it").isFalse();
        assertThat(withRoles(null).hasRole("desk")).isFalse();
    }
}
