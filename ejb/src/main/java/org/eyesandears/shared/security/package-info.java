/**
 * Who the caller is and what they may do: the application roles and the caller's identity as
 * carried by the Keycloak token. Access rules themselves live with each context's services.
 */
package org.eyesandears.shared.security;
