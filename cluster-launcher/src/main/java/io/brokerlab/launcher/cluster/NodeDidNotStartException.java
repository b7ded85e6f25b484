package io.brokerlab.launcher.cluster;

import io.brokerlab.launcher.config.NodeId;
import java.nio.file.Path;
import java.util.List;

/**
 * A node that exited while starting, or was not ready in time. Its log's last lines travel with it: they hold
 * Kafka's or ZooKeeper's own account (an exception and its stack), which a front end shows beside the sentence.
 */
public final class NodeDidNotStartException extends ClusterException {

    private final NodeId node;
    private final Path logFile;
    private final List<String> logTail;

    public NodeDidNotStartException(NodeId node, String message, Path logFile, List<String> logTail) {
        super(message);
        this.node = node;
        this.logFile = logFile;
        this.logTail = List.copyOf(logTail);
    }

    /** The node that did not start: what failed, when the start of a whole cluster was asked. */
    public NodeId node() {
        return node;
    }

    public Path logFile() {
        return logFile;
    }

    /** The last lines the node wrote, oldest first; empty when it wrote none. */
    public List<String> logTail() {
        return logTail;
    }
}
