package org.eyesandears.reporting.service;

import java.util.Map;
import java.util.TreeMap;

/**
 * How many routings took each whole number of working days, as the database counted them (one
 * GROUP BY): enough to give exact medians and percentiles without the rows themselves.
 */
final class DayCounts {

    private final TreeMap<Long, Long> counts = new TreeMap<>();
    private long total;

    void add(long days, long routings) {
        counts.merge(days, routings, Long::sum);
        total += routings;
    }

    long total() {
        return total;
    }

    /** Routings that took at most {@code days}. */
    long atMost(long days) {
        return counts.headMap(days, true).values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * The p-th percentile with linear interpolation, exactly as SQL's PERCENTILE_CONT: the value at
     * position p x (n - 1) of the sorted values, interpolated between its neighbours; null when empty.
     */
    Double percentile(double p) {
        if (total == 0) {
            return null;
        }
        double position = p * (total - 1);
        long lower = (long) Math.floor(position);
        long upper = (long) Math.ceil(position);
        double low = valueAt(lower);
        double high = valueAt(upper);
        return Math.round((low + (position - lower) * (high - low)) * 100) / 100.0;
    }

    /** The value at a 0-based position of the sorted values. */
    private long valueAt(long position) {
        long seen = 0;
        for (Map.Entry<Long, Long> e : counts.entrySet()) {
            seen += e.getValue();
            if (position < seen) {
                return e.getKey();
            }
        }
        throw new IllegalArgumentException("position " + position + " of " + total);
    }
}
