package io.brokerlab.launcher.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.brokerlab.launcher.config.ClusterDefinition;
import io.brokerlab.launcher.config.JvmOptions;
import io.brokerlab.launcher.config.NodeId;
import io.brokerlab.launcher.config.PropertiesDocument;
import io.brokerlab.launcher.config.QuorumPorts;

class WorkspaceTest {

    @TempDir
    Path temp;

    @Test
    void createThenOpenGivesTheSameCluster() throws Exception {
        Path dir = temp.resolve("lab");
        ClusterDefinition definition = new ClusterDefinition(3, 2, 12181, 19092);
        Workspace created = Workspace.create(dir, definition);
        Workspace opened = Workspace.open(dir);

        assertThat(Workspace.isWorkspace(dir)).isTrue();
        assertThat(opened.definition()).isEqualTo(definition);
        assertThat(opened.jvmOptions()).isEqualTo(JvmOptions.defaults());
        assertThat(opened.bootstrapServers()).isEqualTo("127.0.0.1:19092,127.0.0.1:19093");
        assertThat(opened.zookeeperConnect()).isEqualTo("127.0.0.1:12181,127.0.0.1:12182,127.0.0.1:12183");
        Set<Integer> agentPorts = new HashSet<>();
        for (NodeId node : definition.nodes()) {
            assertThat(opened.agentPort(node)).isEqualTo(created.agentPort(node));
            agentPorts.add(opened.agentPort(node));
            assertThat(opened.propertiesFile(node)).isRegularFile();
            assertThat(opened.dataDir(node)).isEqualTo(dir.toAbsolutePath().resolve("data").resolve(node.name()))
                    .isDirectory();
            assertThat(opened.logFile(node)).isEqualTo(opened.dir().resolve("logs").resolve(node.name() + ".log"));
            assertThat(opened.runRecordFile(node)).isEqualTo(opened.dir().resolve("run").resolve(node.name() + ".json"));
        }
        assertThat(agentPorts).hasSize(definition.nodes().size());
        assertThat(opened.dataDir(NodeId.zookeeper(2)).resolve("myid")).hasContent("2");
        assertThat(opened.properties(NodeId.zookeeper(1)).get("server.3")).hasValueSatisfying(
                value -> assertThat(value).matches("127\\.0\\.0\\.1:\\d+:\\d+"));
        assertThat(opened.secret()).matches("[0-9a-f]{64}").isEqualTo(created.secret());
        assertThat(Files.readString(dir.resolve("brokerlab.json"))).contains("\"format\" : 1", "\"zk-1\"");
    }

    @Test
    void quorumPortsChosenBeforeAreTheOnesWritten() {
        ClusterDefinition definition = new ClusterDefinition(3, 1, 12181, 19092);
        Map<Integer, QuorumPorts> chosen = Workspace.chooseQuorumPorts(definition);

        Workspace workspace = Workspace.create(temp.resolve("lab"), definition, chosen);

        assertThat(chosen).containsOnlyKeys(1, 2, 3);
        QuorumPorts third = chosen.get(3);
        assertThat(workspace.properties(NodeId.zookeeper(1)).get("server.3"))
                .contains("127.0.0.1:" + third.peer() + ":" + third.election());
        assertThat(Workspace.open(workspace.dir()).quorumPorts(NodeId.zookeeper(3))).contains(third);
        assertThat(workspace.agentPort(NodeId.broker(1))).isNotIn(third.peer(), third.election());
        assertThat(Workspace.chooseQuorumPorts(ClusterDefinition.defaults())).isEmpty();
    }

    @Test
    void propertiesFilesAreTheSourceOfTruth() {
        Workspace workspace = Workspace.create(temp.resolve("lab"), ClusterDefinition.defaults());
        NodeId broker = NodeId.broker(1);
        PropertiesDocument edited = workspace.properties(broker);
        edited.set("listeners", "PLAINTEXT://:19999");
        edited.write(workspace.propertiesFile(broker));

        assertThat(workspace.clientPort(broker)).isEqualTo(19999);
        assertThat(workspace.bootstrapServers()).startsWith("127.0.0.1:19999,");
    }

    @Test
    void createRefusesANonEmptyFolder() throws Exception {
        Files.writeString(temp.resolve("notes.txt"), "mine");
        assertThatThrownBy(() -> Workspace.create(temp, ClusterDefinition.defaults()))
                .isInstanceOf(WorkspaceException.class)
                .hasMessageContaining("not empty");
        assertThat(temp.resolve("brokerlab.json")).doesNotExist();
    }

    @Test
    void openingSomethingElseSaysItIsNotAWorkspace() {
        assertThatThrownBy(() -> Workspace.open(temp))
                .isInstanceOf(WorkspaceException.class)
                .hasMessage(temp.toAbsolutePath() + " is not a Brokerlab workspace (no brokerlab.json)");
        assertThatThrownBy(() -> Workspace.open(temp.resolve("missing")))
                .isInstanceOf(WorkspaceException.class)
                .hasMessageContaining("is not a Brokerlab workspace");
        assertThat(Workspace.isWorkspace(temp)).isFalse();
    }

    @Test
    void secretIsReadableByTheOwnerOnly() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Workspace workspace = Workspace.create(temp.resolve("lab"), ClusterDefinition.defaults());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(workspace.secretFile())))
                .isEqualTo("rw-------");
    }

    @Test
    void resetDataEmptiesDataButKeepsConfigurationMyidAndLogs() throws Exception {
        Workspace workspace = Workspace.create(temp.resolve("lab"), new ClusterDefinition(3, 1, 2181, 9092));
        NodeId zk = NodeId.zookeeper(3);
        NodeId broker = NodeId.broker(1);
        Files.writeString(workspace.dataDir(broker).resolve("meta.properties"), "x");
        Files.createDirectories(workspace.dataDir(zk).resolve("version-2"));
        Files.writeString(workspace.dataDir(zk).resolve("version-2").resolve("log.1"), "x");
        Files.writeString(workspace.logFile(broker), "log line");
        String zkConfig = Files.readString(workspace.propertiesFile(zk));

        workspace.resetData();

        assertThat(workspace.dataDir(broker)).isEmptyDirectory();
        assertThat(workspace.dataDir(zk).resolve("version-2")).doesNotExist();
        assertThat(workspace.dataDir(zk).resolve("myid")).hasContent("3");
        assertThat(workspace.propertiesFile(zk)).hasContent(zkConfig);
        assertThat(workspace.logFile(broker)).hasContent("log line");
        assertThat(Workspace.open(workspace.dir()).definition()).isEqualTo(workspace.definition());
    }

    @Test
    void resetDataRefusesADataDirOutsideTheWorkspace() throws Exception {
        Workspace workspace = Workspace.create(temp.resolve("lab"), ClusterDefinition.defaults());
        Path outside = Files.createDirectories(temp.resolve("precious"));
        Files.writeString(outside.resolve("keep.txt"), "x");
        PropertiesDocument broker = workspace.properties(NodeId.broker(1));
        broker.set("log.dirs", outside.toString());
        broker.write(workspace.propertiesFile(NodeId.broker(1)));

        assertThatThrownBy(workspace::resetData).isInstanceOf(WorkspaceException.class)
                .hasMessageContaining("outside the workspace");
        assertThat(outside.resolve("keep.txt")).exists();
    }

    @Test
    void defaultDirectoryFollowsEnvironmentAndOs() {
        Path home = Path.of("/home/ada");
        assertThat(Workspace.defaultDirectory(Map.of("BROKERLAB_WORKSPACE", "/srv/lab"))).isEqualTo(Path.of("/srv/lab"));
        assertThat(DefaultDirectory.resolve(Map.of("XDG_DATA_HOME", "/data"), "Linux", home))
                .isEqualTo(Path.of("/data/brokerlab/default"));
        assertThat(DefaultDirectory.resolve(Map.of(), "Linux", home))
                .isEqualTo(home.resolve(".local/share/brokerlab/default"));
        assertThat(DefaultDirectory.resolve(Map.of(), "Mac OS X", home))
                .isEqualTo(home.resolve("Library/Application Support/Brokerlab/default"));
        assertThat(DefaultDirectory.resolve(Map.of("APPDATA", "/appdata"), "Windows 11", home))
                .isEqualTo(Path.of("/appdata", "Brokerlab", "default"));
    }
}
