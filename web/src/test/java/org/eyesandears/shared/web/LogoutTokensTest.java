package org.eyesandears.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;
import org.junit.jupiter.api.Test;

class LogoutTokensTest {

    private static final String ISSUER = "http://localhost:8180/realms/eyesandears";
    private static final RsaJsonWebKey KEYCLOAK = key("kc");
    private static final RsaJsonWebKey ATTACKER = key("kc");

    private final LogoutTokens tokens = new LogoutTokens(ISSUER, "eyesandears-web",
            new JwksVerificationKeyResolver(List.of(KEYCLOAK)));

    private static RsaJsonWebKey key(String kid) {
        try {
            RsaJsonWebKey key = RsaJwkGenerator.generateJwk(2048);
            key.setKeyId(kid);
            return key;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static JwtClaims claims() {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(ISSUER);
        claims.setAudience("eyesandears-web");
        claims.setIssuedAtToNow();
        claims.setGeneratedJwtId();
        claims.setSubject("user-1");
        claims.setStringClaim("sid", "session-1");
        claims.setClaim("events", Map.of(LogoutTokens.EVENT, Map.of()));
        return claims;
    }

    private static String sign(JwtClaims claims, RsaJsonWebKey key) throws Exception {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key.getPrivateKey());
        jws.setKeyIdHeaderValue(key.getKeyId());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        return jws.getCompactSerialization();
    }

    @Test
    void aLogoutTokenFromKeycloakNamesTheSessionToEnd() throws Exception {
        assertThat(tokens.check(sign(claims(), KEYCLOAK))).isEqualTo(new LogoutTokens.Logout("session-1", "user-1"));
    }

    @Test
    void aTokenSignedByAnyoneElseIsRefused() throws Exception {
        String forged = sign(claims(), ATTACKER);

        assertThatThrownBy(() -> tokens.check(forged)).isInstanceOf(LogoutTokens.InvalidLogoutToken.class);
    }

    @Test
    void anUnsignedTokenIsRefused() throws Exception {
        JsonWebSignature none = new JsonWebSignature();
        none.setPayload(claims().toJson());
        none.setAlgorithmHeaderValue(AlgorithmIdentifiers.NONE);
        none.setAlgorithmConstraints(org.jose4j.jwa.AlgorithmConstraints.NO_CONSTRAINTS);
        String unsigned = none.getCompactSerialization();

        assertThatThrownBy(() -> tokens.check(unsigned)).isInstanceOf(LogoutTokens.InvalidLogoutToken.class);
    }

    @Test
    void tokensForAnotherClientOrIssuerOrWithoutTheEventAreRefused() throws Exception {
        JwtClaims otherClient = claims();
        otherClient.setAudience("another-app");
        JwtClaims otherIssuer = claims();
        otherIssuer.setIssuer("http://evil.example/realms/eyesandears");
        JwtClaims idToken = claims();
        idToken.setClaim("events", Map.of());
        JwtClaims withNonce = claims();
        withNonce.setStringClaim("nonce", "n");
        JwtClaims old = claims();
        old.setIssuedAt(org.jose4j.jwt.NumericDate.fromSeconds(System.currentTimeMillis() / 1000 - 3600));

        for (JwtClaims bad : List.of(otherClient, otherIssuer, idToken, withNonce, old)) {
            String token = sign(bad, KEYCLOAK);
            assertThatThrownBy(() -> tokens.check(token)).as(bad.toJson())
                    .isInstanceOf(LogoutTokens.InvalidLogoutToken.class);
        }
        assertThatThrownBy(() -> tokens.check(null)).isInstanceOf(LogoutTokens.InvalidLogoutToken.class);
    }

    private static JwtClaims disabledNotice() {
        JwtClaims claims = claims();
        claims.unsetClaim("sid");
        claims.setStringClaim("preferred_username", "officer.food");
        claims.setClaim("events", Map.of(LogoutTokens.EVENT, Map.of(), LogoutTokens.USER_DISABLED, Map.of()));
        return claims;
    }

    @Test
    void keycloaksUserDisabledNoticeNamesTheUserWhoseFeedToRevoke() throws Exception {
        assertThat(tokens.check(sign(disabledNotice(), KEYCLOAK)))
                .isEqualTo(new LogoutTokens.Logout(null, "user-1", "officer.food"));
        assertThat(tokens.check(sign(claims(), KEYCLOAK)).disabledUsername())
                .as("an ordinary logout disables nobody").isNull();
    }

    @Test
    void aForgedOrMalformedUserDisabledNoticeIsRefused() throws Exception {
        String forged = sign(disabledNotice(), ATTACKER);
        JwtClaims withSession = disabledNotice();
        withSession.setStringClaim("sid", "session-1");
        JwtClaims nobody = disabledNotice();
        nobody.unsetClaim("preferred_username");

        assertThatThrownBy(() -> tokens.check(forged)).isInstanceOf(LogoutTokens.InvalidLogoutToken.class);
        for (JwtClaims bad : List.of(withSession, nobody)) {
            String token = sign(bad, KEYCLOAK);
            assertThatThrownBy(() -> tokens.check(token)).as(bad.toJson())
                    .isInstanceOf(LogoutTokens.InvalidLogoutToken.class);
        }
    }
}
