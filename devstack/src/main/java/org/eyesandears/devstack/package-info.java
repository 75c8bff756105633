/**
 * The local stack for the run command and the integration tests: an embedded MariaDB, Keycloak
 * from its distribution, and the provisioned WildFly. Nothing here is deployed.
 */
package org.eyesandears.devstack;
