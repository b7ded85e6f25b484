package io.brokerlab.app.console;

import io.brokerlab.app.ui.ShortcutKey;
import io.brokerlab.launcher.cluster.ClusterSnapshot;
import io.brokerlab.launcher.cluster.NodeState;
import io.brokerlab.launcher.cluster.NodeStatus;
import io.brokerlab.launcher.state.ClusterState;
import java.util.List;

/**
 * Why no broker can take or hand out a message now, from what the app already knows (no I/O): a workspace's brokers
 * as the launcher sees their processes, an external cluster's as its state watcher last read them. Without this, a
 * Send with every broker down blamed the topic ("No topic demo") and sent the user to Topics, which cannot do anything
 * without a broker either. Any thread.
 */
final class NoBroker {

    private NoBroker() {
    }

    /**
     * Why Send and Tail cannot work on the cluster shown; null while a broker runs, and while nothing is known yet (no
     * snapshot, or an external cluster not read once), where the send's own failure is left to say it.
     *
     * @param local            a workspace's cluster, whose processes the snapshot shows; else an external one
     * @param bootstrapServers the cluster's, to name an external one
     */
    static String reason(boolean local, String bootstrapServers, ClusterSnapshot snapshot, ClusterState state) {
        return local ? ofWorkspace(snapshot) : ofExternal(bootstrapServers, state);
    }

    private static String ofWorkspace(ClusterSnapshot snapshot) {
        List<NodeStatus> brokers = snapshot == null ? List.of() : snapshot.brokers();
        if (brokers.isEmpty() || brokers.stream().anyMatch(b -> b.state() == NodeState.RUNNING)) {
            return null;
        }
        String none = "0 of " + brokers.size();
        long starting = brokers.stream().filter(b -> b.state() == NodeState.STARTING).count();
        long paused = brokers.stream().filter(b -> b.state() == NodeState.PAUSED).count();
        if (starting > 0) {
            return "No broker is running yet (" + none + ", " + starting + " starting): Send and Tail work once one"
                    + " has started";
        }
        if (paused > 0) {
            // a paused broker still holds its connections, so a send to it would only wait, unanswered
            return "No broker is running (" + none + ", " + paused + " paused): Start all ("
                    + ShortcutKey.named("Ctrl+Shift+U") + ") resumes " + (paused == 1 ? "it" : "them");
        }
        return "No broker is running (" + none + "): start the cluster (" + ShortcutKey.named("Ctrl+Shift+U") + ")";
    }

    /**
     * Only the Admin API's state says whether the brokers answer: a ZooKeeper's unreachable state is about the
     * ZooKeeper, whose brokers may still run. A state with no broker at all was never read: while the source is lost,
     * the last brokers read are kept.
     */
    private static String ofExternal(String bootstrapServers, ClusterState state) {
        if (state == null) {
            return null;
        }
        if (state.source() == ClusterState.Source.ZOOKEEPER) {
            return state.reachable() && state.brokers().isEmpty()
                    ? "No broker of this cluster is registered in its ZooKeeper: its brokers are down" : null;
        }
        return !state.reachable() && !state.brokers().isEmpty()
                ? "The brokers at " + bootstrapServers + " cannot be reached: check that they run, or"
                + " connect to another cluster in Connections" : null;
    }
}
