package org.eyesandears.audit.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

class AuditServiceTest {

    @Test
    void aShortListNamesEveryId() {
        assertThat(AuditService.listDetail("desk inbox of FIRE, from row 0", List.of(17L, 4L, 9L)))
                .isEqualTo("desk inbox of FIRE, from row 0: 3 listed (17, 4, 9)");
    }

    @Test
    void anEmptyListSaysSo() {
        assertThat(AuditService.listDetail("radar search", List.of())).isEqualTo("radar search: 0 listed");
    }

    @Test
    void aLongListNamesWhatFitsAndCountsTheRestWithinTheColumn() {
        List<Long> ids = LongStream.rangeClosed(1_000_001, 1_000_200).boxed().toList();
        String detail = AuditService.listDetail("visit calendar", ids);
        assertThat(detail).hasSizeLessThanOrEqualTo(AuditService.TEXT_LIMIT)
                .startsWith("visit calendar: 200 listed (1000001, 1000002, ")
                .matches(".*, 10000\\d\\d and \\d+ more\\)");
        int named = detail.substring(detail.indexOf('(') + 1, detail.indexOf(" and ")).split(", ").length;
        assertThat(detail).endsWith(" and " + (200 - named) + " more)");
    }

    @Test
    void longTextIsCutToTheColumnAndMarked() {
        String cut = AuditService.fit("x".repeat(600));
        assertThat(cut).hasSize(AuditService.TEXT_LIMIT).endsWith("xx...");
        assertThat(AuditService.fit("short")).isEqualTo("short");
        assertThat(AuditService.fit(null)).isNull();
    }
}
