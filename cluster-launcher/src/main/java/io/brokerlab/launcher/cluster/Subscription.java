package io.brokerlab.launcher.cluster;

/** Ends a listener registration; idempotent. */
@FunctionalInterface
public interface Subscription extends AutoCloseable {
    @Override
    void close();
}
