package io.brokerlab.launcher.process;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * The fields of a node agent's {@code /health} document that the launcher uses.
 *
 * @param zxid    a serving ZooKeeper's last processed transaction id, as hex
 * @param clients a serving ZooKeeper's open client connections
 */
public record AgentHealth(String state, long pid, Optional<String> role, boolean controller,
                          long heapUsedBytes, long uptimeMillis, Optional<String> zxid, OptionalLong clients) {

    /** A ZooKeeper peer in an ensemble serves only once it leads or follows. */
    public boolean serving() {
        return "running".equals(state);
    }
}
