package io.brokerlab.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.brokerlab.launcher.cluster.ClusterSnapshot;
import io.brokerlab.launcher.cluster.NodeState;
import io.brokerlab.launcher.cluster.NodeStatus;
import io.brokerlab.launcher.config.NodeId;
import io.brokerlab.launcher.state.BrokerInfo;
import io.brokerlab.launcher.state.ClusterState;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class NoBrokerTest {

    private static final Instant NOW = Instant.parse("2026-12-07T14:00:00Z");

    @Test
    void aWorkspaceWithNoRunningBrokerSaysHowManyAndWhatToPress() {
        assertThat(local(NodeState.CRASHED, NodeState.STOPPED))
                .isEqualTo("No broker is running (0 of 2): start the cluster (Ctrl+Shift+U)");
        assertThat(local(NodeState.PAUSED, NodeState.STOPPED))
                .isEqualTo("No broker is running (0 of 2, 1 paused): Start all (Ctrl+Shift+U) resumes it");
        assertThat(local(NodeState.STARTING, NodeState.PAUSED))
                .isEqualTo("No broker is running yet (0 of 2, 1 starting): Send and Tail work once one has started");
        assertThat(local(NodeState.RUNNING, NodeState.CRASHED)).as("one is enough").isNull();
        assertThat(NoBroker.reason(true, "x:1", null, null)).as("nothing known yet").isNull();
        assertThat(NoBroker.reason(true, "x:1", new ClusterSnapshot(NOW, "x:1", "z:1", List.of()), null))
                .as("no brokers defined: nothing to start").isNull();
    }

    @Test
    void anExternalClusterIsUnreachableOnlyWhenItsBrokersStopAnswering() {
        String address = "127.0.0.1:9093";
        ClusterState answering = state(ClusterState.Source.ADMIN_API, true, 1, 2);
        assertThat(NoBroker.reason(false, address, null, answering)).isNull();
        assertThat(NoBroker.reason(false, address, null, unreachable(answering))).isEqualTo("The brokers at"
                + " 127.0.0.1:9093 cannot be reached: check that they run, or connect to another cluster in Connections");
        assertThat(NoBroker.reason(false, address, null, state(ClusterState.Source.ADMIN_API, false)))
                .as("not read once yet, as right after connecting").isNull();
        assertThat(NoBroker.reason(false, address, null, unreachable(state(ClusterState.Source.ZOOKEEPER, true, 1))))
                .as("its ZooKeeper gone, its brokers may still run").isNull();
        assertThat(NoBroker.reason(false, address, null, state(ClusterState.Source.ZOOKEEPER, true)))
                .isEqualTo("No broker of this cluster is registered in its ZooKeeper: its brokers are down");
        assertThat(NoBroker.reason(false, address, null, null)).isNull();
    }

    private static String local(NodeState... brokers) {
        List<NodeStatus> nodes = new java.util.ArrayList<>(List.of(status(NodeId.zookeeper(1), NodeState.RUNNING)));
        for (int i = 0; i < brokers.length; i++) {
            nodes.add(status(NodeId.broker(i + 1), brokers[i]));
        }
        return NoBroker.reason(true, "127.0.0.1:9092", new ClusterSnapshot(NOW, "127.0.0.1:9092", "127.0.0.1:2181",
                nodes), null);
    }

    private static NodeStatus status(NodeId id, NodeState state) {
        return new NodeStatus(id, state, OptionalLong.empty(), 9092, 0, Optional.empty(), false, NOW,
                OptionalLong.empty(), OptionalLong.empty(), Optional.empty(), List.of(), Optional.empty(),
                OptionalLong.empty());
    }

    private static ClusterState state(ClusterState.Source source, boolean reachable, int... brokers) {
        TreeMap<Integer, BrokerInfo> registered = new TreeMap<>();
        for (int id : brokers) {
            registered.put(id, new BrokerInfo(id, "127.0.0.1", 9092 + id));
        }
        return new ClusterState(source, NOW, reachable, reachable ? Optional.empty() : Optional.of(NOW), registered,
                OptionalInt.empty(), new TreeMap<>(), List.of());
    }

    /** As the watcher keeps a state it lost: the brokers last read stay, for context. */
    private static ClusterState unreachable(ClusterState state) {
        return new ClusterState(state.source(), NOW, false, Optional.of(NOW), state.brokers(), state.controller(),
                state.topics(), state.nodes());
    }
}
