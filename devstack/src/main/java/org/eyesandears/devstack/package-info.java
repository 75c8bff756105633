/**
 * The local stack for the run command and the integration tests: an embedded MariaDB, Keycloak
 * from its distribution, and the provisioned WildFly; for the run command's cluster mode also a
 * Galera cluster of Debian's MariaDB, a second WildFly node and HAProxy (ADR 0038). Nothing here is
 * deployed.
 */
package org.eyesandears.devstack;
