package io.brokerlab.launcher.cluster;

import java.nio.file.Path;
import java.util.List;

/**
 * A node that exited while starting, or was not ready in time. Its log's last lines travel with it: they hold
 * Kafka's or ZooKeeper's own account (an exception and its stack), which a front end shows beside the sentence.
 */
public final class NodeDidNotStartException extends ClusterException {

    private final Path logFile;
    private final List<String> logTail;

    public NodeDidNotStartException(String message, Path logFile, List<String> logTail) {
        super(message);
        this.logFile = logFile;
        this.logTail = List.copyOf(logTail);
    }

    public Path logFile() {
        return logFile;
    }

    /** The last lines the node wrote, oldest first; empty when it wrote none. */
    public List<String> logTail() {
        return logTail;
    }
}
