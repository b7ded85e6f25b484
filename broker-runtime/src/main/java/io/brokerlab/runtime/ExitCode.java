package io.brokerlab.runtime;

/**
 * Exit statuses of a node JVM. The launcher maps them to a reason a user can act on, so each
 * failure class that needs a different remedy has its own code.
 */
public enum ExitCode {
    STOPPED(0),
    UNEXPECTED_FAILURE(1),
    USAGE(2),
    INVALID_CONFIGURATION(3),
    PORT_IN_USE(4),
    CLUSTER_ID_MISMATCH(5);

    private final int status;

    ExitCode(int status) {
        this.status = status;
    }

    public int status() {
        return status;
    }
}
