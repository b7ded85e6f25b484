package io.brokerlab.launcher.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import io.brokerlab.launcher.config.ClusterDefinition;
import io.brokerlab.launcher.config.ConfigProblem;
import io.brokerlab.launcher.config.NodeId;
import io.brokerlab.launcher.config.PropertiesDocument;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NodeClashesTest {

    private static final NodeId BROKER_1 = NodeId.broker(1);
    private static final NodeId BROKER_2 = NodeId.broker(2);
    private static final NodeId BROKER_3 = NodeId.broker(3);
    private static final NodeId ZOOKEEPER = NodeId.zookeeper(1);

    @TempDir
    Path temp;

    private Workspace workspace;

    @BeforeEach
    void createWorkspace() {
        // the files only: nothing is started, so the ports need not be free
        workspace = Workspace.create(temp.resolve("ws"), new ClusterDefinition(1, 3, 42181, 49092));
    }

    @Test
    void filesAsCreatedClashWithNothing() {
        for (NodeId node : workspace.definition().nodes()) {
            assertThat(NodeClashes.of(workspace, node, workspace.properties(node))).as(node.name()).isEmpty();
        }
    }

    @Test
    void anotherBrokersPortIsAnErrorOnListeners() {
        PropertiesDocument edited = workspace.properties(BROKER_3);
        edited.set("listeners", "PLAINTEXT://127.0.0.1:49093");

        assertThat(NodeClashes.of(workspace, BROKER_3, edited)).containsExactly(new ConfigProblem("listeners",
                "port 49093 is broker-2's in this cluster; give broker-3 a port of its own",
                ConfigProblem.Severity.ERROR));
    }

    @Test
    void agentPortsAreTakenToo() {
        PropertiesDocument ownAgent = workspace.properties(BROKER_1);
        ownAgent.set("listeners", "PLAINTEXT://127.0.0.1:" + workspace.agentPort(BROKER_1));
        PropertiesDocument brokersAgent = workspace.properties(ZOOKEEPER);
        brokersAgent.set("clientPort", String.valueOf(workspace.agentPort(BROKER_2)));

        assertThat(NodeClashes.of(workspace, BROKER_1, ownAgent)).singleElement()
                .satisfies(clash -> assertThat(clash.message()).startsWith("port " + workspace.agentPort(BROKER_1)
                        + " is the port of broker-1's Brokerlab agent"));
        assertThat(NodeClashes.of(workspace, ZOOKEEPER, brokersAgent)).singleElement()
                .satisfies(clash -> assertThat(clash.key()).isEqualTo("clientPort"))
                .satisfies(clash -> assertThat(clash.message()).contains("broker-2's Brokerlab agent"));
    }

    @Test
    void aZooKeeperOtherThanTheClustersIsAnError() {
        PropertiesDocument elsewhere = workspace.properties(BROKER_2);
        elsewhere.set("zookeeper.connect", "127.0.0.1:1");
        PropertiesDocument chroot = workspace.properties(BROKER_2);
        chroot.set("zookeeper.connect", "127.0.0.1:42181/kafka");
        PropertiesDocument localhost = workspace.properties(BROKER_2);
        localhost.set("zookeeper.connect", " localhost:42181 ");

        assertThat(NodeClashes.of(workspace, BROKER_2, elsewhere)).containsExactly(new ConfigProblem(
                "zookeeper.connect", "zookeeper.connect=127.0.0.1:1 names a ZooKeeper that is not this cluster's, but"
                + " Brokerlab waits for broker-2 to register in this cluster's ZooKeeper at 127.0.0.1:42181; set"
                + " zookeeper.connect=127.0.0.1:42181", ConfigProblem.Severity.ERROR));
        assertThat(NodeClashes.of(workspace, BROKER_2, chroot)).singleElement()
                .satisfies(clash -> assertThat(clash.message()).startsWith("zookeeper.connect=127.0.0.1:42181/kafka"
                        + " has a chroot (/kafka), but Brokerlab waits"));
        assertThat(NodeClashes.of(workspace, BROKER_2, localhost)).as("the same ZooKeeper").isEmpty();
    }

    @Test
    void aBrokerIdOtherThanTheNodesIsAnError() {
        PropertiesDocument neighbours = workspace.properties(BROKER_3);
        neighbours.set("broker.id", "2");
        PropertiesDocument unset = workspace.properties(BROKER_3);
        unset.remove("broker.id");

        assertThat(NodeClashes.of(workspace, BROKER_3, neighbours)).singleElement()
                .satisfies(clash -> assertThat(clash.key()).isEqualTo("broker.id"))
                .satisfies(clash -> assertThat(clash.isError()).isTrue())
                .satisfies(clash -> assertThat(clash.message()).isEqualTo("broker.id is 2 (broker-2's id), but"
                        + " Brokerlab runs this node as broker-3 and waits for it to register as broker 3; set"
                        + " broker.id=3"));
        assertThat(NodeClashes.of(workspace, BROKER_3, unset)).singleElement()
                .satisfies(clash -> assertThat(clash.message()).startsWith("broker.id is not set, but"));
    }

    @Test
    void anotherNodesDataDirectoryIsAnErrorHoweverItIsWritten() {
        Path broker1Logs = workspace.dataDir(BROKER_1);
        PropertiesDocument edited = workspace.properties(BROKER_2);
        edited.set("log.dirs", temp.resolve("elsewhere") + "," + broker1Logs.resolve("sub").resolve(".."));

        assertThat(NodeClashes.of(workspace, BROKER_2, edited)).containsExactly(new ConfigProblem("log.dirs",
                broker1Logs.toAbsolutePath().normalize() + " is broker-1's data directory; give broker-2 a"
                        + " directory of its own", ConfigProblem.Severity.ERROR));
    }

    @Test
    void aNeighboursUnreadableFileTakesNothing() {
        PropertiesDocument broken = workspace.properties(BROKER_2);
        broken.set("listeners", "not a listener");
        broken.remove("log.dirs");
        broken.write(workspace.propertiesFile(BROKER_2));

        assertThat(NodeClashes.of(workspace, BROKER_3, workspace.properties(BROKER_3))).isEmpty();
    }
}
