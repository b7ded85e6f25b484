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

    /**
     * Which cluster this is, so what the app remembers about it (the timeline, say) is found again on coming back:
     * a workspace by its folder, an external cluster by its addresses. A fresh {@link Workspace} object per open
     * makes the record's own equality useless for that.
     */
    public String key() {
        return workspace.map(ws -> "workspace " + ws.dir().toAbsolutePath().normalize())
                .orElse("external " + bootstrapServers + zookeeper.map(zk -> " zookeeper " + zk).orElse(""));
    }

    /** Nodes this app can start, stop and kill: only a local workspace's. */
    public boolean local() {
        return workspace.isPresent();
    }
}
