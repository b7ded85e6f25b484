package io.brokerlab.app.console;

import io.brokerlab.launcher.messaging.Acks;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One connection's senders, one per acks level, made on first use and kept: a new producer per Send would pay the
 * connection and metadata set-up on every click. Closed together when the console leaves the connection (another
 * cluster, or the app closing). Thread-safe; {@link #get} and {@link #close} block on the producer, so neither runs
 * on the FX thread.
 */
final class SenderPool implements AutoCloseable {

    private final Messaging messaging;
    private final Map<Acks, Messaging.Sender> senders = new EnumMap<>(Acks.class);
    private boolean closed;

    SenderPool(Messaging messaging) {
        this.messaging = messaging;
    }

    /** The connection's sender for {@code acks}; refused once the pool is closed, as a closed producer would. */
    synchronized Messaging.Sender get(Acks acks) {
        if (closed) {
            throw new IllegalStateException("the console left this connection; send again");
        }
        return senders.computeIfAbsent(acks, messaging::sender);
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
