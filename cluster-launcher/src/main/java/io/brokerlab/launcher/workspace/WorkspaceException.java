package io.brokerlab.launcher.workspace;

/** A workspace cannot be created, opened or read; the message is meant for the user. */
public class WorkspaceException extends RuntimeException {

    public WorkspaceException(String message) {
        super(message);
    }

    public WorkspaceException(String message, Throwable cause) {
        super(message, cause);
    }
}
