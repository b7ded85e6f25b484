package io.brokerlab.launcher.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.brokerlab.launcher.config.NodeId;
import io.brokerlab.launcher.config.PropertiesDocument;
import io.brokerlab.launcher.testing.TestClusters;
import io.brokerlab.launcher.workspace.Workspace;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A port or broker.id copied from a neighbour's file is refused before anything starts, naming the neighbour. */
class PortOfItsOwnTest {

    @TempDir
    Path temp;

    @Test
    void aBrokerGivenAnotherNodesPortIsRefusedNamingThatNode() {
        Workspace workspace = TestClusters.workspace(temp.resolve("ws"), 1, 3);
        int broker2 = workspace.clientPort(NodeId.broker(2));
        PropertiesDocument edited = workspace.properties(NodeId.broker(3));
        edited.set("listeners", "PLAINTEXT://127.0.0.1:" + broker2);
        edited.write(workspace.propertiesFile(NodeId.broker(3)));

        try (LocalCluster cluster = LocalCluster.open(workspace)) {
            assertThat(cluster.start(NodeId.broker(3))).failsWithin(Duration.ofSeconds(30))
                    .withThrowableOfType(ExecutionException.class).havingCause()
                    .isInstanceOf(ClusterException.class)
                    .withMessage("cannot start broker-3: port " + broker2 + " is broker-2's in this cluster; give"
                            + " broker-3 a port of its own in its file (" + workspace.propertiesFile(NodeId.broker(3))
                            .getFileName() + ")");
            assertThat(cluster.restart(NodeId.broker(3))).as("a restart asks before it stops the node")
                    .failsWithin(Duration.ofSeconds(30)).withThrowableOfType(ExecutionException.class)
                    .havingCause().withMessageContaining("is broker-2's in this cluster");
            assertThat(cluster.refresh().join().nodes()).extracting(NodeStatus::state).containsOnly(NodeState.STOPPED);
        }
    }

    @Test
    void aBrokerGivenAnotherBrokersIdIsRefusedSayingWhichIdItNeeds() {
        Workspace workspace = TestClusters.workspace(temp.resolve("ws"), 1, 2);
        PropertiesDocument edited = workspace.properties(NodeId.broker(2));
        edited.set("broker.id", "1");
        edited.write(workspace.propertiesFile(NodeId.broker(2)));

        try (LocalCluster cluster = LocalCluster.open(workspace)) {
            assertThat(cluster.start(NodeId.broker(2))).failsWithin(Duration.ofSeconds(30))
                    .withThrowableOfType(ExecutionException.class).havingCause()
                    .isInstanceOf(ClusterException.class)
                    .withMessage("cannot start broker-2: broker.id is 1 (broker-1's id), but Brokerlab runs this node"
                            + " as broker-2 and waits for it to register as broker 2; set broker.id=2 in its file ("
                            + workspace.propertiesFile(NodeId.broker(2)).getFileName() + ")");
        }
    }
}
