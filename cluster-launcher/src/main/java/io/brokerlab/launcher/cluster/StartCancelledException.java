package io.brokerlab.launcher.cluster;

/**
 * A start given up on purpose: Stop all pressed during Start all, the node stopped or killed while it started. Nothing
 * went wrong, so a front end need not report it as an error.
 */
public final class StartCancelledException extends ClusterException {

    public StartCancelledException(String message) {
        super(message);
    }
}
