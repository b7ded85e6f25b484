package io.brokerlab.runtime;

import io.brokerlab.runtime.metrics.PrometheusWriter;
import java.util.Map;

/** A server running inside this JVM, seen by the agent and the main thread. */
public interface ManagedNode {

    enum State { STARTING, RUNNING, STOPPING, STOPPED }

    /** Starts the server; returns once it serves, or throws {@link NodeFailure}. */
    void start() throws NodeFailure;

    /** Blocks until the server has stopped; throws if it ended by itself with an error. */
    void awaitTermination() throws InterruptedException, NodeFailure;

    /** Stops gracefully (Kafka's controlled shutdown, ZooKeeper's clean close); idempotent. */
    void stop();

    State state();

    int id();

    /** Kind-specific fields of the health document, such as a ZooKeeper's quorum role. */
    Map<String, Object> details();

    void writeMetrics(PrometheusWriter out);
}
