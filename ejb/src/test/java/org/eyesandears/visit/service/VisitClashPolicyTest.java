package org.eyesandears.visit.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.eyesandears.visit.model.ClashKind;
import org.eyesandears.visit.service.VisitClashPolicy.Clash;
import org.eyesandears.visit.service.VisitClashPolicy.Premises;
import org.eyesandears.visit.service.VisitClashPolicy.Slot;
import org.junit.jupiter.api.Test;

class VisitClashPolicyTest {

    private final VisitClashPolicy policy = new VisitClashPolicy(14, 8);

    private static final Premises BROADWAY_12 = Premises.of(null, "12 The Broadway", "W5 2NP");

    private static Slot visit(Long id, long business, String name, Premises premises, String start, int hours,
                              Set<String> officers, int count) {
        Instant s = Instant.parse(start);
        return new Slot(id, business, name, premises, s, s.plus(Duration.ofHours(hours)), officers, count);
    }

    private static Slot at(Long id, long business, String start) {
        return visit(id, business, "The Chicken Shop", BROADWAY_12, start, 2, Set.of(), 2);
    }

    private static List<ClashKind> kinds(List<Clash> clashes) {
        return clashes.stream().map(Clash::kind).toList();
    }

    @Test
    void aSecondVisitToTheSameBusinessWithinTheWindowIsAClash() {
        Slot planned = at(null, 1, "2026-02-02T10:00:00Z");
        List<Clash> clashes = policy.clashes(planned, List.of(at(7L, 1, "2026-02-10T10:00:00Z")));
        assertThat(kinds(clashes)).containsExactly(ClashKind.SAME_BUSINESS);
        assertThat(clashes.get(0).otherVisitId()).isEqualTo(7L);
        assertThat(clashes.get(0).detail()).contains("The Chicken Shop", "Tue 10 Feb 2026", "14 days");
    }

    @Test
    void theWindowCountsLondonDatesThirteenDaysApartClashFourteenDoNot() {
        Slot planned = at(null, 1, "2026-01-05T09:00:00Z");
        assertThat(policy.clashes(planned, List.of(at(2L, 1, "2026-01-18T23:59:00Z")))).hasSize(1);
        assertThat(policy.clashes(planned, List.of(at(2L, 1, "2026-01-19T00:01:00Z")))).isEmpty();
        assertThat(policy.clashes(planned, List.of(at(2L, 1, "2025-12-23T00:00:00Z")))).hasSize(1);
        assertThat(policy.clashes(planned, List.of(at(2L, 1, "2025-12-22T23:59:00Z")))).isEmpty();
    }

    @Test
    void summerTimeMovesAnEarlyMorningVisitOntoTheLondonDateNotTheUtcOne() {
        // 23:30 UTC on 12 April is 00:30 BST on 13 April: fourteen London days after 30 March.
        Slot planned = at(null, 1, "2026-04-12T23:30:00Z");
        assertThat(policy.clashes(planned, List.of(at(2L, 1, "2026-03-30T10:00:00Z")))).isEmpty();
        // In winter the same UTC time is still 12 April in London: thirteen days, a clash.
        Slot winter = at(null, 1, "2026-11-12T23:30:00Z");
        assertThat(policy.clashes(winter, List.of(at(2L, 1, "2026-10-30T10:00:00Z")))).hasSize(1);
    }

    @Test
    void theWindowSpansTheChangeToSummerTime() {
        // Clocks go forward at 01:00 UTC on 29 March 2026; the day is 23 hours long but still one day.
        Slot planned = at(null, 1, "2026-03-28T12:00:00Z");
        VisitClashPolicy oneDay = new VisitClashPolicy(2, 8);
        assertThat(oneDay.clashes(planned, List.of(at(2L, 1, "2026-03-29T23:30:00Z")))).isEmpty();
        assertThat(oneDay.clashes(planned, List.of(at(2L, 1, "2026-03-29T22:30:00Z")))).hasSize(1);
    }

    @Test
    void theSamePremisesUnderAnotherNameAndAddressSpellingIsAClash() {
        Slot planned = at(null, 1, "2026-02-02T10:00:00Z");
        Slot sameBuilding = visit(9L, 2, "Chicken Shop Ltd", Premises.of(null, "12, Broadway", "w52np"),
                "2026-02-04T10:00:00Z", 2, Set.of(), 2);
        List<Clash> clashes = policy.clashes(planned, List.of(sameBuilding));
        assertThat(kinds(clashes)).containsExactly(ClashKind.SAME_PREMISES);
        assertThat(clashes.get(0).detail()).contains("Chicken Shop Ltd");
    }

    @Test
    void anotherHouseNumberOrDifferentUprnsAreDifferentPremises() {
        Slot planned = at(null, 1, "2026-02-02T10:00:00Z");
        Slot nextDoor = visit(9L, 2, "Broadway Barbers", Premises.of(null, "14 The Broadway", "W5 2NP"),
                "2026-02-03T10:00:00Z", 2, Set.of(), 2);
        assertThat(policy.clashes(planned, List.of(nextDoor))).isEmpty();

        Slot withUprn = visit(null, 1, "A", Premises.of("100021", "12 The Broadway", "W5 2NP"),
                "2026-02-02T10:00:00Z", 2, Set.of(), 2);
        Slot otherUprn = visit(9L, 2, "B", Premises.of("100099", "12 The Broadway", "W5 2NP"),
                "2026-02-03T10:00:00Z", 2, Set.of(), 2);
        Slot sameUprn = visit(10L, 3, "C", Premises.of("100021", "Unit 4, Mill Lane", "W5 9ZZ"),
                "2026-02-03T10:00:00Z", 2, Set.of(), 2);
        assertThat(kinds(policy.clashes(withUprn, List.of(otherUprn, sameUprn))))
                .containsExactly(ClashKind.SAME_PREMISES);
    }

    @Test
    void anOfficerOnTwoOverlappingVisitsIsDoubleBooked() {
        Slot planned = visit(null, 1, "A", BROADWAY_12, "2026-02-02T10:00:00Z", 2, Set.of("officer.food"), 1);
        Slot elsewhere = visit(5L, 40, "Kebab Palace", Premises.of(null, "1 High Street", "E1 6AN"),
                "2026-02-02T11:00:00Z", 2, Set.of("officer.food", "officer.fire"), 2);
        List<Clash> clashes = policy.clashes(planned, List.of(elsewhere));
        assertThat(kinds(clashes)).containsExactly(ClashKind.OFFICER_DOUBLE_BOOKED);
        assertThat(clashes.get(0).detail()).contains("officer.food is already booked", "Kebab Palace");
    }

    @Test
    void backToBackVisitsDoNotOverlapNorDoesTheRepeatedHourWhenClocksGoBack() {
        Slot planned = visit(null, 1, "A", BROADWAY_12, "2026-02-02T10:00:00Z", 2, Set.of("officer.food"), 1);
        Slot after = visit(5L, 40, "B", Premises.of(null, "1 High Street", "E1 6AN"),
                "2026-02-02T12:00:00Z", 1, Set.of("officer.food"), 1);
        assertThat(policy.clashes(planned, List.of(after))).isEmpty();

        // On 25 October 2026 01:30 London time happens twice: 00:30 UTC (BST) and 01:30 UTC (GMT).
        Slot firstHalfPast = new Slot(null, 1, "A", BROADWAY_12, Instant.parse("2026-10-25T00:30:00Z"),
                Instant.parse("2026-10-25T01:15:00Z"), Set.of("officer.food"), 1);
        Slot secondHalfPast = new Slot(6L, 40, "B", Premises.of(null, "1 High Street", "E1 6AN"),
                Instant.parse("2026-10-25T01:30:00Z"), Instant.parse("2026-10-25T02:00:00Z"),
                Set.of("officer.food"), 1);
        assertThat(policy.clashes(firstHalfPast, List.of(secondHalfPast))).isEmpty();
    }

    @Test
    void moreOfficersThanTheCeilingIsAWarningAtTheCeilingIsNot() {
        Slot nine = visit(null, 1, "A", BROADWAY_12, "2026-02-02T10:00:00Z", 2, Set.of(), 9);
        Slot eight = visit(null, 1, "A", BROADWAY_12, "2026-02-02T10:00:00Z", 2, Set.of(), 8);
        assertThat(kinds(policy.clashes(nine, List.of()))).containsExactly(ClashKind.TOO_MANY_OFFICERS);
        assertThat(policy.clashes(eight, List.of())).isEmpty();
    }

    @Test
    void aVisitNeverClashesWithItselfWhenMoved() {
        Slot moved = at(3L, 1, "2026-02-03T10:00:00Z");
        assertThat(policy.clashes(moved, List.of(at(3L, 1, "2026-02-02T10:00:00Z")))).isEmpty();
    }
}
