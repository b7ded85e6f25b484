package io.brokerlab.launcher.cluster;

import io.brokerlab.launcher.config.NodeId;

/**
 * A start given up on purpose: Stop all pressed during Start all, the node stopped or killed while it started. Nothing
 * went wrong, so a front end need not report it as an error.
 */
public final class StartCancelledException extends ClusterException {

    public StartCancelledException(String message) {
        super(message);
    }

    static StartCancelledException byStop(NodeId node) {
        return new StartCancelledException("the start of " + node + " was cancelled by a stop");
    }
}
