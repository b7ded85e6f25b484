package io.brokerlab.app.console;

import io.brokerlab.launcher.messaging.Acks;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One connection's senders, one per topic and acks level, made on first use and kept: a new producer per Send would
 * pay the connection and metadata set-up on every click. One per topic, because a producer keeps asking the brokers
 * about every topic it has sent to, and a broker asked about a deleted topic creates it again
 * (auto.create.topics.enable): {@link #forget} ends the deleted topic's producers without touching another topic's
 * run. Closed together when the console leaves the connection (another cluster, or the app closing). Thread-safe;
 * {@link #get}, {@link #forget} and {@link #close} block on the producer, so none runs on the FX thread.
 */
final class SenderPool implements AutoCloseable {

    private record Key(String topic, Acks acks) {
    }

    private final Messaging messaging;
    private final Map<Key, Messaging.Sender> senders = new HashMap<>();
    private boolean closed;

    SenderPool(Messaging messaging) {
        this.messaging = messaging;
    }

    /** The connection's sender to {@code topic} with {@code acks}; refused once the pool is closed. */
    synchronized Messaging.Sender get(String topic, Acks acks) {
        if (closed) {
            throw new IllegalStateException("the console left this connection; send again");
        }
        return senders.computeIfAbsent(new Key(topic, acks), key -> messaging.sender(key.acks()));
    }

    /**
     * Ends the senders to {@code topic}, their unacknowledged sends failed at once (the topic is going): a later
     * {@link #get} makes a new one that knows nothing of it.
     */
    void forget(String topic) {
        List<Messaging.Sender> gone = new ArrayList<>();
        synchronized (this) {
            senders.entrySet().removeIf(entry -> entry.getKey().topic().equals(topic) && gone.add(entry.getValue()));
        }
        gone.forEach(Messaging.Sender::abort);
    }

    @Override
    public void close() {
        List<Messaging.Sender> open;
        synchronized (this) {
            closed = true;
            open = new ArrayList<>(senders.values());
            senders.clear();
        }
        // outside the lock: a producer's close waits for its in-flight sends
        open.forEach(Messaging.Sender::close);
    }
}
