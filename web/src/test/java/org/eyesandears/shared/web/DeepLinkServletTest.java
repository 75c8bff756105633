package org.eyesandears.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DeepLinkServletTest {

    @Test
    void aReferralOrAVisitInThePathOpensItsPage() {
        assertThat(DeepLinkServlet.target("/referral/EE-2026-000123")).isEqualTo("/referral/detail.xhtml?ref=EE-2026-000123");
        assertThat(DeepLinkServlet.target("/visit/42")).isEqualTo("/visit/visit.xhtml?id=42");
        assertThat(DeepLinkServlet.target("/request/7")).isEqualTo("/triage/requests.xhtml?id=7");
    }

    @Test
    void anythingElseOpensNothing() {
        assertThat(DeepLinkServlet.target(null)).isNull();
        assertThat(DeepLinkServlet.target("/referral/EE-2026-12")).isNull();
        assertThat(DeepLinkServlet.target("/referral/EE-2026-000123/../../admin")).isNull();
        assertThat(DeepLinkServlet.target("/visit/42?x=//evil.example")).isNull();
        assertThat(DeepLinkServlet.target("//evil.example/visit/42")).isNull();
        assertThat(DeepLinkServlet.target("/visit/-1")).isNull();
    }
}
