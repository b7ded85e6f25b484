package io.brokerlab.launcher.config;

/** Something wrong with a node's configuration; {@code key} is null when the message names no single key. */
public record ConfigProblem(String key, String message, Severity severity) {

    public enum Severity {
        /** The node would refuse to start. */
        ERROR,
        /** The node starts, but probably not as meant, e.g. a misspelt key that is silently ignored. */
        WARNING
    }

    static ConfigProblem error(String key, String message) {
        return new ConfigProblem(key, message, Severity.ERROR);
    }

    static ConfigProblem warning(String key, String message) {
        return new ConfigProblem(key, message, Severity.WARNING);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        return severity + (key == null ? "" : " " + key) + ": " + message;
    }
}
