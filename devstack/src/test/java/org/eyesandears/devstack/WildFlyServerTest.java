package org.eyesandears.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A second server started from the provisioned folder takes its configuration without the
 * deployments the test server registered there, whose content it does not have.
 */
class WildFlyServerTest {

    private static final String SCANNER = """
                    <deployment-scanner path="deployments" relative-to="jboss.server.base.dir" scan-interval="5000"/>
            """;

    @Test
    void deploymentsRegisteredByAnotherServerAreLeftOut() {
        String registered = """
                <server xmlns="urn:jboss:domain:community:20.0">
                    <subsystem xmlns="urn:jboss:domain:deployment-scanner:2.0">
                %s    </subsystem>
                    <deployments>
                        <deployment name="eyesandears.ear" runtime-name="eyesandears.ear">
                            <content sha1="827da78e4a1c04ec85fc856bf30b7661b82792fe"/>
                        </deployment>
                    </deployments>
                </server>
                """.formatted(SCANNER);

        String copied = WildFlyServer.withoutDeployments(registered);

        assertThat(copied).doesNotContain("<deployments>", "<deployment ", "sha1")
                .contains(SCANNER.strip())
                .endsWith("    </subsystem>\n</server>\n");
    }

    @Test
    void aConfigurationWithoutDeploymentsIsCopiedAsItIs() {
        String provisioned = "<server>\n    <subsystem>\n" + SCANNER + "    </subsystem>\n</server>\n";

        assertThat(WildFlyServer.withoutDeployments(provisioned)).isEqualTo(provisioned);
    }
}
