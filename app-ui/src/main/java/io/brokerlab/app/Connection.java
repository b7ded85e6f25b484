package io.brokerlab.app;

import io.brokerlab.launcher.workspace.Workspace;
import java.util.Optional;

/**
 * The cluster the app shows: this machine's workspace (with process control), or an external cluster reached by
 * its bootstrap servers and, optionally, its ZooKeeper.
 */
public record Connection(String bootstrapServers, Optional<Workspace> workspace, Optional<String> zookeeper) {

    static Connection local(Workspace ws) {
        return new Connection(ws.bootstrapServers(), Optional.of(ws), Optional.empty());
    }

    static Connection external(String bootstrapServers, Optional<String> zookeeper) {
        return new Connection(bootstrapServers, Optional.empty(), zookeeper);
    }

    /** Nodes this app can start, stop and kill: only a local workspace's. */
    public boolean local() {
        return workspace.isPresent();
    }
}
