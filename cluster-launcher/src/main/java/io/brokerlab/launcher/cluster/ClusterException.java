package io.brokerlab.launcher.cluster;

/** A failure a user can act on; the message is one plain sentence meant to be shown as is. */
public class ClusterException extends RuntimeException {

    public ClusterException(String message) {
        super(message);
    }

    public ClusterException(String message, Throwable cause) {
        super(message, cause);
    }
}
