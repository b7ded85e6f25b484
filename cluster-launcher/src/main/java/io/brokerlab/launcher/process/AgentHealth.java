package io.brokerlab.launcher.process;

import java.util.Optional;

/** The fields of a node agent's {@code /health} document that the launcher uses. */
public record AgentHealth(String state, long pid, Optional<String> role, boolean controller,
                          long heapUsedBytes, long uptimeMillis) {

    /** A ZooKeeper peer in an ensemble serves only once it leads or follows. */
    public boolean serving() {
        return "running".equals(state);
    }
}
