package io.brokerlab.runtime.zookeeper;

import io.brokerlab.runtime.ExitCode;
import io.brokerlab.runtime.ManagedNode;
import io.brokerlab.runtime.NodeFailure;
import java.nio.file.Path;
import org.apache.zookeeper.server.quorum.QuorumPeerConfig;

/** Factory for the two shapes a ZooKeeper node takes: standalone or a quorum peer. */
public final class ZooKeeperNode {

    private ZooKeeperNode() {
    }

    public static ManagedNode fromConfig(Path file) throws NodeFailure {
        QuorumPeerConfig config = new QuorumPeerConfig();
        try {
            config.parse(file.toString());
        } catch (QuorumPeerConfig.ConfigException | IllegalArgumentException e) {
            String detail = e.getCause() != null ? e.getMessage() + ": " + e.getCause().getMessage() : e.getMessage();
            throw new NodeFailure(ExitCode.INVALID_CONFIGURATION, "invalid ZooKeeper configuration " + file + ": " + detail, e);
        }
        if (!config.isDistributed()) {
            return new StandaloneZooKeeper(config);
        }
        return new QuorumZooKeeper(config);
    }

    static NodeFailure classify(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof java.net.BindException) {
                return new NodeFailure(ExitCode.PORT_IN_USE, "cannot bind: " + c.getMessage(), t);
            }
        }
        return new NodeFailure(ExitCode.UNEXPECTED_FAILURE, "ZooKeeper stopped: " + causes(t), t);
    }

    /** ZooKeeper wraps the reason ("Unable to run quorum server"): name every cause. */
    private static String causes(Throwable t) {
        StringBuilder text = new StringBuilder(String.valueOf(t));
        for (Throwable c = t.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
            text.append(" <- ").append(c);
        }
        return text.toString();
    }
}
