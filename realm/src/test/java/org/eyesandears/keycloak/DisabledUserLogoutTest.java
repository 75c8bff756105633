package org.eyesandears.keycloak;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.keycloak.events.admin.OperationType;
import org.keycloak.events.admin.ResourceType;

class DisabledUserLogoutTest {

    @Test
    void anUpdateOfAUserIsCheckedForDisabling() {
        assertThat(DisabledUserLogout.updatedUser(ResourceType.USER, OperationType.UPDATE, "users/8f0c-41"))
                .hasValue("8f0c-41");
    }

    @Test
    void otherEventsAboutUsersAreIgnored() {
        assertThat(DisabledUserLogout.updatedUser(ResourceType.USER, OperationType.CREATE, "users/8f0c-41")).isEmpty();
        assertThat(DisabledUserLogout.updatedUser(ResourceType.USER, OperationType.ACTION, "users/8f0c-41/logout")).isEmpty();
        assertThat(DisabledUserLogout.updatedUser(ResourceType.GROUP_MEMBERSHIP, OperationType.UPDATE, "users/8f0c-41/groups/g1")).isEmpty();
        assertThat(DisabledUserLogout.updatedUser(ResourceType.USER, OperationType.UPDATE, "users/8f0c-41/reset-password")).isEmpty();
        assertThat(DisabledUserLogout.updatedUser(ResourceType.CLIENT, OperationType.UPDATE, "clients/c1")).isEmpty();
        assertThat(DisabledUserLogout.updatedUser(ResourceType.USER, OperationType.UPDATE, null)).isEmpty();
    }

    @Test
    void theNoticeIsALogoutTokenForAllTheUsersSessionsMarkedUserDisabled() {
        var token = DisabledUserLogout.notice("http://kc/realms/r", "eyesandears-web", "8f0c-41", "officer.food");
        assertThat(token.getSubject()).isEqualTo("8f0c-41");
        assertThat(token.getSid()).as("all sessions of the user, not one").isNull();
        assertThat(token.getAudience()).containsExactly("eyesandears-web");
        assertThat(token.getIssuer()).isEqualTo("http://kc/realms/r");
        assertThat(token.getEvents()).containsKeys(DisabledUserLogout.BACKCHANNEL_LOGOUT,
                DisabledUserLogout.USER_DISABLED);
        assertThat(token.getOtherClaims()).containsEntry("preferred_username", "officer.food");
        assertThat(token.getExp()).isGreaterThan(token.getIat());
    }
}
