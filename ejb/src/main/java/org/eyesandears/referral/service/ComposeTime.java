package org.eyesandears.referral.service;

/**
 * How long a concern card was open before it was sent, as the officer's browser measured it and
 * sent with the card (docs/metrics.md, ADR 0035). The value comes from the client, so it is checked
 * here: a whole number of seconds from 1 to {@link #MAX_SECONDS}. Anything else (missing, not a
 * number, out of range) is "not measured": the referral is never refused for it, since the officer's
 * report matters more than the figure.
 */
public final class ComposeTime {

    /** A day: a card left open longer than that measures the officer's day, not the card. */
    public static final int MAX_SECONDS = 86_400;

    private ComposeTime() {
    }

    /** The seconds to record, or null when {@code raw} is not a plausible measurement. */
    public static Integer seconds(String raw) {
        if (raw == null || raw.isBlank() || raw.strip().length() > 6 || !raw.strip().matches("\\d+")) {
            return null;
        }
        int seconds = Integer.parseInt(raw.strip());
        return seconds >= 1 && seconds <= MAX_SECONDS ? seconds : null;
    }
}
