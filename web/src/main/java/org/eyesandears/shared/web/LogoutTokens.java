package org.eyesandears.shared.web;

import java.util.Map;

import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.VerificationKeyResolver;

/**
 * Checks an OpenID Connect back-channel logout token (OpenID Connect Back-Channel Logout 1.0,
 * section 2.6): signed by the identity provider with an asymmetric key, issued by it for this
 * application, recent, carrying the back-channel logout event and a {@code sid} or {@code sub},
 * and no {@code nonce} (so an ID token cannot be replayed as a logout token).
 */
public final class LogoutTokens {

    static final String EVENT = "http://schemas.openid.net/event/backchannel-logout";

    /**
     * The extra event our Keycloak listener adds when a user was disabled (ADR 0021): the token then
     * names no session, and its {@code preferred_username} says whose calendar feed to revoke.
     */
    static final String USER_DISABLED = "urn:eyesandears:event:user-disabled";

    /**
     * Whose sessions to end: a Keycloak session, or all sessions of a user when {@code sid} is null;
     * {@code disabledUsername} is set when Keycloak says that user was disabled.
     */
    public record Logout(String sid, String subject, String disabledUsername) {

        public Logout(String sid, String subject) {
            this(sid, subject, null);
        }
    }

    /** The token is not a valid logout token for this application. */
    public static final class InvalidLogoutToken extends Exception {
        private static final long serialVersionUID = 1L;

        InvalidLogoutToken(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final JwtConsumer consumer;

    public LogoutTokens(String issuer, String clientId, VerificationKeyResolver keys) {
        consumer = new JwtConsumerBuilder()
                .setExpectedIssuer(issuer)
                .setExpectedAudience(clientId)
                .setRequireIssuedAt()
                .setIssuedAtRestrictions(60, 300)
                .setAllowedClockSkewInSeconds(60)
                .setVerificationKeyResolver(keys)
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT,
                        AlgorithmIdentifiers.RSA_USING_SHA256, AlgorithmIdentifiers.RSA_USING_SHA384,
                        AlgorithmIdentifiers.RSA_USING_SHA512, AlgorithmIdentifiers.RSA_PSS_USING_SHA256,
                        AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256)
                .build();
    }

    public Logout check(String token) throws InvalidLogoutToken {
        if (token == null || token.isBlank()) {
            throw new InvalidLogoutToken("No logout_token.", null);
        }
        try {
            JwtClaims claims = consumer.processToClaims(token);
            Object events = claims.getClaimValue("events");
            if (!(events instanceof Map<?, ?> map) || !map.containsKey(EVENT)) {
                throw new InvalidLogoutToken("The token carries no back-channel logout event.", null);
            }
            if (claims.hasClaim("nonce")) {
                throw new InvalidLogoutToken("A logout token must not carry a nonce.", null);
            }
            String sid = claims.getStringClaimValue("sid");
            String subject = claims.getSubject();
            if (sid == null && subject == null) {
                throw new InvalidLogoutToken("The token names neither a session nor a user.", null);
            }
            String disabled = null;
            if (map.containsKey(USER_DISABLED)) {
                disabled = claims.getStringClaimValue("preferred_username");
                if (sid != null || subject == null || disabled == null || disabled.isBlank()) {
                    throw new InvalidLogoutToken("A user-disabled notice names a user, not a session.", null);
                }
            }
            return new Logout(sid, subject, disabled);
        } catch (InvalidJwtException | MalformedClaimException e) {
            throw new InvalidLogoutToken("The logout token is not valid: " + e.getMessage(), e);
        }
    }
}
