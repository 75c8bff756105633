package org.eyesandears.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RefusalTest {

    @Test
    void anApiProbeNamesTheObjectAsTheRestOfTheTrailDoes() {
        assertThat(Refusal.of("GET", "/api/referrals/R-2026-000017", null, 404))
                .isEqualTo(new Refusal("referral", "R-2026-000017", "GET /api/referrals/R-2026-000017 answered 404"));
        assertThat(Refusal.of("GET", "/api/visits/17/briefing.pdf", null, 404))
                .isEqualTo(new Refusal("visit", "17", "GET /api/visits/17/briefing.pdf answered 404"));
        assertThat(Refusal.of("POST", "/api/routings/9/transitions", null, 404).objectType()).isEqualTo("routing");
        assertThat(Refusal.of("GET", "/api/stats/summary", null, 403))
                .isEqualTo(new Refusal("stats", "summary", "GET /api/stats/summary answered 403"));
    }

    @Test
    void aPageProbeNamesTheViewAndTheIdParameterWhenItLooksLikeAnId() {
        assertThat(Refusal.of("GET", "/referral/detail.xhtml", "R-2026-000017", 404)).isEqualTo(new Refusal(
                "page referral/detail", "R-2026-000017", "GET /referral/detail.xhtml for R-2026-000017 answered 404"));
        assertThat(Refusal.of("GET", "/visit/visit.xhtml", "Mr Smith's house", 404))
                .as("typed text in the parameter is not copied")
                .isEqualTo(new Refusal("page visit/visit", "-", "GET /visit/visit.xhtml answered 404"));
        assertThat(Refusal.of("GET", "/attachments/31", null, 404))
                .isEqualTo(new Refusal("attachment", "31", "GET /attachments/31 answered 404"));
    }

    @Test
    void staticResourcesAndPublicPagesAreNotObjects() {
        assertThat(Refusal.of("GET", "/jakarta.faces.resource/theme.css.xhtml", null, 404)).isNull();
        assertThat(Refusal.of("GET", "/favicon.ico", null, 404)).isNull();
        assertThat(Refusal.of("GET", "/public/error.xhtml", null, 404)).isNull();
        assertThat(Refusal.of("GET", "relative", null, 404)).isNull();
    }
}
