package io.brokerlab.runtime.zookeeper;

import io.brokerlab.runtime.ManagedNode;
import io.brokerlab.runtime.NodeFailure;
import io.brokerlab.runtime.ServerThread;
import io.brokerlab.runtime.metrics.PrometheusWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.security.sasl.SaslException;
import org.apache.zookeeper.server.ZooKeeperServer;
import org.apache.zookeeper.server.quorum.QuorumPeer;
import org.apache.zookeeper.server.quorum.QuorumPeerConfig;
import org.apache.zookeeper.server.quorum.QuorumPeerMain;

/**
 * One peer of a ZooKeeper ensemble. Start-up returns as soon as the peer runs: a quorum needs
 * its siblings, so waiting for an election here would deadlock a sequential start.
 */
final class QuorumZooKeeper implements ManagedNode {

    private final QuorumPeerConfig config;
    private final Main main = new Main();
    private final ServerThread thread;
    private volatile QuorumPeer peer;
    private volatile boolean stopping;

    QuorumZooKeeper(QuorumPeerConfig config) {
        this.config = config;
        this.thread = new ServerThread("zookeeper-quorum-peer", () -> main.runFromConfig(config));
    }

    /** Captures the peer ZooKeeper creates, for its role and zxid. */
    private final class Main extends QuorumPeerMain {
        @Override
        protected QuorumPeer getQuorumPeer() throws SaslException {
            QuorumPeer created = super.getQuorumPeer();
            peer = created;
            return created;
        }
    }

    @Override
    public void start() {
        thread.start();
    }

    @Override
    public void awaitTermination() throws InterruptedException, NodeFailure {
        thread.await();
        if (!stopping && thread.failure() != null) {
            throw ZooKeeperNode.classify(thread.failure());
        }
    }

    @Override
    public void stop() {
        stopping = true;
        main.close();
    }

    @Override
    public State state() {
        if (thread.isFinished()) {
            return State.STOPPED;
        }
        if (stopping) {
            return State.STOPPING;
        }
        QuorumPeer current = peer;
        if (current == null) {
            return State.STARTING;
        }
        String role = current.getServerState();
        return "leading".equals(role) || "following".equals(role) || "observing".equals(role)
                ? State.RUNNING : State.STARTING;
    }

    @Override
    public int id() {
        return (int) config.getServerId();
    }

    @Override
    public Map<String, Object> details() {
        Map<String, Object> details = new LinkedHashMap<>();
        QuorumPeer current = peer;
        details.put("role", current == null ? "starting" : roleOf(current.getServerState()));
        // Never QuorumPeer.getLastLoggedZxid(): before the peer has loaded its database it loads it itself,
        // racing the start-up thread's load (both write currentEpoch; seen as "Could not rename temporary file").
        ZooKeeperServer server = current == null ? null : current.getActiveServer();
        if (server != null) {
            details.put("zxid", "0x" + Long.toHexString(server.getZKDatabase().getDataTreeLastProcessedZxid()));
            details.put("clients", server.getNumAliveConnections());
        }
        return details;
    }

    private static String roleOf(String serverState) {
        return switch (serverState) {
            case "leading" -> "leader";
            case "following" -> "follower";
            case "observing" -> "observer";
            default -> serverState;
        };
    }

    @Override
    public void writeMetrics(PrometheusWriter out) {
        QuorumPeer current = peer;
        out.gauge("zookeeper_up", "1 while the peer is in a quorum", state() == State.RUNNING ? 1 : 0);
        out.gauge("zookeeper_leader", "1 while this peer leads the ensemble",
                current != null && "leading".equals(current.getServerState()) ? 1 : 0);
    }
}
