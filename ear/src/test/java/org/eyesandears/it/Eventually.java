package org.eyesandears.it;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Polls a probe until what it returns satisfies a condition, or fails with a message naming what was
 * awaited, for how long, and the last value seen. The one place in the tests that pauses between
 * attempts: tests wait for background work (mail, imports, linking) through this helper, never through a
 * hand-written sleep loop. Browser pages wait through WebDriverWait and the PrimeFaces AJAX queue instead.
 *
 * <pre>{@code
 * JsonObject ended = Eventually.until("import " + job + " to end", Duration.ofSeconds(90),
 *         () -> status(job), s -> s.getString("status").equals("COMPLETED"));
 * }</pre>
 */
public final class Eventually {

    /** How long to pause between two attempts unless told otherwise. */
    public static final Duration DEFAULT_INTERVAL = Duration.ofMillis(250);

    /** Reads the current state; may throw, which fails the wait at once (a broken probe will not heal). */
    @FunctionalInterface
    public interface Probe<T> {
        T read() throws Exception;
    }

    private Eventually() {
    }

    /**
     * The first value read within {@code timeout} that satisfies {@code done}.
     *
     * @param what what is awaited, in words, for the failure message ("a mail to x about R-1")
     * @throws AssertionError if no value read within the timeout satisfied the condition
     */
    public static <T> T until(String what, Duration timeout, Probe<T> probe, Predicate<? super T> done) throws Exception {
        return until(what, timeout, DEFAULT_INTERVAL, probe, done);
    }

    /** As {@link #until(String, Duration, Probe, Predicate)}, pausing {@code interval} between attempts. */
    public static <T> T until(String what, Duration timeout, Duration interval, Probe<T> probe,
            Predicate<? super T> done) throws Exception {
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        int attempts = 0;
        while (true) {
            T value = probe.read();
            attempts++;
            if (done.test(value)) {
                return value;
            }
            if (System.nanoTime() - deadline >= 0) {
                throw new AssertionError("Waited %s (%d attempts) for %s; last seen: %s".formatted(
                        readable(Duration.ofNanos(System.nanoTime() - start)), attempts, what, value));
            }
            pause(interval);
        }
    }

    /**
     * Checks that {@code holds} stays true of every value read during {@code period}, for things that must
     * not happen (a mail that must not be sent); fails at the first value that breaks it.
     */
    public static <T> void holdsFor(String what, Duration period, Probe<T> probe, Predicate<? super T> holds)
            throws Exception {
        long deadline = System.nanoTime() + period.toNanos();
        while (true) {
            T value = probe.read();
            if (!holds.test(value)) {
                throw new AssertionError("Expected %s throughout %s, but saw: %s".formatted(what, readable(period), value));
            }
            if (System.nanoTime() - deadline >= 0) {
                return;
            }
            pause(DEFAULT_INTERVAL);
        }
    }

    private static void pause(Duration interval) throws InterruptedException {
        TimeUnit.NANOSECONDS.sleep(interval.toNanos());
    }

    private static String readable(Duration d) {
        return d.toMillis() < 10_000 ? d.toMillis() + " ms" : d.toSeconds() + " s";
    }
}
