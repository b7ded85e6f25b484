package io.brokerlab.runtime;

/** A failure to start or run, with the exit status that tells the launcher its class. */
public class NodeFailure extends Exception {

    private final ExitCode exitCode;

    public NodeFailure(ExitCode exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public ExitCode exitCode() {
        return exitCode;
    }
}
