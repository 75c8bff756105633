package org.eyesandears.shared.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The REST API under {@code /api}. Every call needs a Keycloak access token of the
 * {@code eyesandears} realm as a bearer token; see {@link ApiChallengeExtension}.
 */
@ApplicationPath("/api")
@OpenAPIDefinition(
        info = @Info(title = "Eyes and Ears API", version = "1",
                description = "Shared intelligence referrals between partner agencies. "
                        + "All calls need an OAuth 2 bearer token from the eyesandears realm.",
                license = @License(name = "Apache-2.0",
                        url = "https://www.apache.org/licenses/LICENSE-2.0")),
        security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer",
        bearerFormat = "JWT")
public class ApiApplication extends Application {
}
