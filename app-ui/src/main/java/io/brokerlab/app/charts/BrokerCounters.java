package io.brokerlab.app.charts;

import java.util.Map;
import java.util.Set;

/**
 * Where the charts read from: each broker's cumulative counters at one moment. Blocking (HTTP or Admin calls), so
 * only ever called on a background thread, one call at a time.
 */
public interface BrokerCounters {

    /**
     * Counters since some start (only their growth is charted) and the under-replicated partitions the broker leads
     * now. A counter the source cannot tell is NaN; a broker that does not answer is missing.
     */
    record Counters(double messagesIn, double bytesIn, double bytesOut, double underReplicated) {
    }

    Map<Integer, Counters> read();

    /**
     * The brokers the last {@link #read()} knew to be down (stopped, killed, paused): they take nothing in, so they
     * are charted at 0. One that is missing only because it did not answer in time is a gap, not a 0.
     */
    default Set<Integer> down() {
        return Set.of();
    }
}
