package org.eyesandears.visit.service;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.eyesandears.linkage.normalise.Address;
import org.eyesandears.linkage.normalise.AddressNormaliser;
import org.eyesandears.linkage.normalise.Postcode;
import org.eyesandears.linkage.normalise.UprnNormaliser;
import org.eyesandears.shared.time.London;
import org.eyesandears.visit.model.ClashKind;

/**
 * The checks run before a visit is saved, as plain rules: another visit to the same business or to
 * the same premises within the window (counted in London calendar days, so a visit at 00:30 on a
 * summer morning belongs to that day, not to the previous UTC day), a named officer booked on two
 * visits at overlapping times, and more officers than the ceiling. Each finding is a warning the
 * coordinator may override with a reason.
 */
public final class VisitClashPolicy {

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK).withZone(London.ZONE);

    private final int windowDays;
    private final int officerCeiling;

    /**
     * @param windowDays two visits to one business clash when their London dates are fewer than this
     *     many days apart (14: the same day up to 13 days apart)
     * @param officerCeiling most officers on one visit without a warning
     */
    public VisitClashPolicy(int windowDays, int officerCeiling) {
        if (windowDays < 1 || officerCeiling < 1) {
            throw new IllegalArgumentException("window and ceiling must be positive");
        }
        this.windowDays = windowDays;
        this.officerCeiling = officerCeiling;
    }

    /** A visit as the checks see it: where, when, who. */
    public record Slot(Long visitId, long businessId, String businessName, Premises premises, Instant startsAt,
                       Instant endsAt, Set<String> officers, int officerCount) {
        public Slot {
            officers = Set.copyOf(officers);
        }
    }

    /** A clash found, naming the other visit (null for the ceiling) in words a coordinator can act on. */
    public record Clash(ClashKind kind, Long otherVisitId, String detail) implements Serializable {
    }

    /**
     * Where a visit takes place, reduced to what identifies a building: the UPRN when known, else the
     * postcode with the house number and distinctive street words ("12 The Broadway" and
     * "12, Broadway" agree).
     */
    public record Premises(String uprn, String addressKey) {

        public static Premises of(String uprn, String addressLine1, String postcode) {
            String u = UprnNormaliser.normalise(uprn);
            Postcode pc = Postcode.parse(postcode);
            Address address = AddressNormaliser.parse(addressLine1);
            String key = null;
            if (pc != null && address != null && address.streetCore() != null) {
                key = pc.value() + "|" + Objects.toString(address.houseNumber(), "") + "|" + address.streetCore();
            }
            return new Premises(u, key);
        }

        boolean same(Premises other) {
            if (uprn != null && other.uprn != null) {
                return uprn.equals(other.uprn);
            }
            return addressKey != null && addressKey.equals(other.addressKey);
        }
    }

    public int windowDays() {
        return windowDays;
    }

    public int officerCeiling() {
        return officerCeiling;
    }

    /** London dates fewer than {@code windowDays} apart. */
    public boolean withinWindow(Instant a, Instant b) {
        LocalDate da = LocalDate.ofInstant(a, London.ZONE);
        LocalDate db = LocalDate.ofInstant(b, London.ZONE);
        return Math.abs(ChronoUnit.DAYS.between(da, db)) < windowDays;
    }

    /** Clashes of {@code planned} with {@code others} (other visits near in time; cancelled ones left out). */
    public List<Clash> clashes(Slot planned, List<Slot> others) {
        List<Clash> found = new ArrayList<>();
        for (Slot other : others) {
            if (Objects.equals(other.visitId(), planned.visitId())) {
                continue;
            }
            if (withinWindow(planned.startsAt(), other.startsAt())) {
                if (other.businessId() == planned.businessId()) {
                    found.add(new Clash(ClashKind.SAME_BUSINESS, other.visitId(), String.format(
                            "%s already has a visit on %s (within %d days).", other.businessName(),
                            DAY.format(other.startsAt()), windowDays)));
                } else if (planned.premises().same(other.premises())) {
                    found.add(new Clash(ClashKind.SAME_PREMISES, other.visitId(), String.format(
                            "The same premises, recorded as %s, already has a visit on %s (within %d days).",
                            other.businessName(), DAY.format(other.startsAt()), windowDays)));
                }
            }
            if (overlap(planned, other)) {
                Set<String> both = new TreeSet<>(planned.officers());
                both.retainAll(other.officers());
                if (!both.isEmpty()) {
                    found.add(new Clash(ClashKind.OFFICER_DOUBLE_BOOKED, other.visitId(), String.format(
                            "%s %s already booked on a visit to %s at an overlapping time (%s).",
                            String.join(", ", both), both.size() == 1 ? "is" : "are", other.businessName(),
                            DAY.format(other.startsAt()))));
                }
            }
        }
        if (planned.officerCount() > officerCeiling) {
            found.add(new Clash(ClashKind.TOO_MANY_OFFICERS, null, String.format(
                    "%d officers are planned; more than %d on one visit needs a reason.",
                    planned.officerCount(), officerCeiling)));
        }
        return found;
    }

    private static boolean overlap(Slot a, Slot b) {
        return a.startsAt().isBefore(b.endsAt()) && b.startsAt().isBefore(a.endsAt());
    }
}
