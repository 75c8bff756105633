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
}
