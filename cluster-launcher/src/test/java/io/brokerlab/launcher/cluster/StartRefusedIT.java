package io.brokerlab.launcher.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.brokerlab.launcher.config.NodeId;
import io.brokerlab.launcher.testing.TestClusters;
import io.brokerlab.launcher.workspace.Workspace;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A start refused before anything runs still leaves its reason in the node's log, where its user looks first. */
class StartRefusedIT {

    @TempDir
    Path dir;

    @Test
    void aStartRefusedForAPortInUseIsMarkedInTheNodesLog() throws Exception {
        Workspace workspace = TestClusters.workspace(dir.resolve("ws"), 1, 1);
        NodeId zookeeper = NodeId.zookeeper(1);
        int port = workspace.clientPort(zookeeper);
        try (ServerSocket taken = new ServerSocket();
             LocalCluster cluster = LocalCluster.open(workspace)) {
            taken.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            Throwable refused = catchThrowable(() -> cluster.start(zookeeper).join());
            assertThat(refused).hasMessageContaining("port " + port + " is already in use");
            assertThat(Files.readString(workspace.logFile(zookeeper)))
                    .contains("=== brokerlab: cannot start zk-1: port " + port + " is already in use");
            assertThat(cluster.refresh().join().node(zookeeper).orElseThrow().state()).isEqualTo(NodeState.STOPPED);
        }
    }
}
