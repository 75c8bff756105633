package org.eyesandears.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.eyesandears.it.Stack;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A Faces postback that carries a valid view state but not the page's CSP nonce is refused before
 * its action runs (CspNonceCheck); the same postback with the nonce does run. The action here is
 * the header's "Sign out", whose effect (the session ends) is visible from outside.
 */
@ExtendWith(ArquillianExtension.class)
class CspNonceIT {

    private static final Map<String, String> SIGN_OUT = Map.of("menuForm", "menuForm", "menuForm:logoutLink", "Sign out");

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Stack.application();
    }

    private static boolean signedIn(CanaryCrawlWeb web) throws Exception {
        CanaryCrawlWeb.Page home = web.get("/index.xhtml");
        return home.status() == 200 && home.url().startsWith(Stack.appUrl()) && home.body().contains("logoutLink");
    }

    @Test
    void aPostbackWithoutTheNonceIsRefusedBeforeItsActionRunsAndWithItTheActionRuns() throws Exception {
        CanaryCrawlWeb web = CanaryCrawlWeb.signIn("officer.food");
        assertThat(signedIn(web)).isTrue();

        CanaryCrawlWeb.Page refused = web.postback(web.get("/index.xhtml"), SIGN_OUT, false, false);
        assertThat(refused.status()).as("refused").isNotIn(200, 302, 303);
        assertThat(signedIn(web)).as("the sign-out did not run").isTrue();

        web.postback(web.get("/index.xhtml"), SIGN_OUT, false, true);
        assertThat(signedIn(web)).as("with the page's nonce, the same postback signs out").isFalse();
    }
}
