package io.brokerlab.app.charts;

import java.util.Map;

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
}
