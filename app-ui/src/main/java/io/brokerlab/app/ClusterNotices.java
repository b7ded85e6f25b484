package io.brokerlab.app;

import io.brokerlab.launcher.cluster.NodeState;
import io.brokerlab.launcher.state.ClusterEvent;
import io.brokerlab.launcher.state.EventType;
import java.util.List;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

/**
 * Desktop notifications for what needs attention whatever view is open: a node that crashed on its own, partitions
 * that lost replicas. FX thread (the session's event batches).
 */
final class ClusterNotices {

    private static final Duration SHOWN_FOR = Duration.seconds(8);

    private final Window owner;

    ClusterNotices(Window owner) {
        this.owner = owner;
    }

    /** A kill from the app ends STOPPED; only a death nobody asked for is CRASHED. */
    void nodeEvents(List<NodeEvent> events) {
        for (NodeEvent event : events) {
            if (event.current().state() == NodeState.CRASHED && event.previous().state() != NodeState.CRASHED) {
                warn(event.current().name() + " crashed", event.current().exitReason().orElse("it exited unexpectedly")
                        + " — see its log in the Cluster view");
            }
        }
    }

    /**
     * One notification per burst: a broker's death makes every partition it held under-replicated at once, and a
     * notification per partition would bury the screen.
     */
    void clusterEvents(List<ClusterEvent> events) {
        List<ClusterEvent> hurt = events.stream().filter(e -> e.type() == EventType.PARTITION_UNDER_REPLICATED
                || e.type() == EventType.PARTITION_OFFLINE).toList();
        if (hurt.isEmpty()) {
            return;
        }
        long offline = hurt.stream().filter(e -> e.type() == EventType.PARTITION_OFFLINE).count();
        String topics = String.join(", ", hurt.stream().map(ClusterEvent::topic).distinct().toList());
        warn(offline > 0 ? partitions(offline) + " offline" : partitions(hurt.size()) + " under-replicated",
                "In " + topics + (offline > 0 ? ": no replica can lead. " : ": a replica fell out of sync. ")
                        + "See the replica map in Topics and the Timeline.");
    }

    private static String partitions(long count) {
        return count + (count == 1 ? " partition is" : " partitions are");
    }

    private void warn(String title, String text) {
        Notifications.create().owner(owner).title(title).text(text).hideAfter(SHOWN_FOR).showWarning();
    }
}
