package io.brokerlab.app.perf;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * The distribution of the FX probe's delays, in whole milliseconds: the longest delay alone is one moment of a
 * run; how many probes were late, and by how much, says whether that moment is typical.
 */
final class ProbeDelays {

    private static final long LATE_MILLIS = 50;
    private final AtomicLongArray counts = new AtomicLongArray(1001);

    /** Any thread. */
    void record(long nanos) {
        counts.incrementAndGet((int) Math.min(counts.length() - 1, nanos / 1_000_000));
    }

    void reset() {
        for (int i = 0; i < counts.length(); i++) {
            counts.set(i, 0);
        }
    }

    String summary() {
        long total = 0;
        long late = 0;
        for (int ms = 0; ms < counts.length(); ms++) {
            total += counts.get(ms);
            late += ms >= LATE_MILLIS ? counts.get(ms) : 0;
        }
        return String.format(Locale.ROOT, "%d probes, median %d ms, 99th percentile %d ms, 99.9th %d ms, %d of %d ms or more",
                total, percentile(total, 0.5), percentile(total, 0.99), percentile(total, 0.999), late, LATE_MILLIS);
    }

    /** The smallest whole millisecond that at least {@code share} of the probes took no longer than (bucket floor). */
    private long percentile(long total, double share) {
        long seen = 0;
        for (int ms = 0; ms < counts.length(); ms++) {
            seen += counts.get(ms);
            if (total > 0 && seen >= Math.ceil(total * share)) {
                return ms;
            }
        }
        return 0;
    }
}
