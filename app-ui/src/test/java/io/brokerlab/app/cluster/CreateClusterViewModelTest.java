package io.brokerlab.app.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.brokerlab.app.cluster.CreateClusterViewModel.Field;
import io.brokerlab.launcher.config.ClusterDefinition;
import io.brokerlab.launcher.config.NodeId;
import io.brokerlab.launcher.config.PortAllocator;
import io.brokerlab.launcher.workspace.Workspace;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Queue;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CreateClusterViewModelTest {

    @TempDir
    Path temp;

    /** One ZooKeeper and three brokers on free ports: the usual ones may be a cluster's running beside. */
    private static ClusterDefinition onFreePorts() {
        int zookeeper = PortAllocator.firstFreeRun(27_000, 5, Set.of()).orElseThrow();
        int broker = PortAllocator.firstFreeRun(zookeeper + 5, 9, Set.of()).orElseThrow();
        return new ClusterDefinition(1, 3, zookeeper, broker);
    }

    private CreateClusterViewModel model(Path directory) {
        return new CreateClusterViewModel(directory, onFreePorts(), Runnable::run, Runnable::run);
    }

    @Test
    void aFirstPortWithoutRoomForItsNodesIsNamedByItsLabel() {
        CreateClusterViewModel model = model(temp.resolve("lab"));
        model.brokersProperty().set(3);
        model.brokerPortProperty().set(65_535);

        assertThat(model.problemProperty().get())
                .startsWith("First broker port 65535 leaves no room for 3 brokers")
                .endsWith("choose first broker port 65533 or lower")
                .doesNotContain("brokerPort");
        assertThat(model.valid()).isFalse();
    }

    @Test
    void previewsTheFilesAndCreatesTheWorkspace() throws Exception {
        CreateClusterViewModel model = model(temp.resolve("lab"));
        model.zookeepersProperty().set(3);
        model.brokersProperty().set(2);
        int zookeeperPort = PortAllocator.firstFreeRun(27_000, 3, Set.of()).orElseThrow();
        int brokerPort = PortAllocator.firstFreeRun(zookeeperPort + 3, 2, Set.of()).orElseThrow();
        model.zookeeperPortProperty().set(zookeeperPort);
        model.brokerPortProperty().set(brokerPort);
        assertThat(model.problemProperty().get()).isEmpty();
        assertThat(model.preview().keySet()).containsExactly("zookeeper-1.properties", "zookeeper-2.properties",
                "zookeeper-3.properties", "server-1.properties", "server-2.properties");
        assertThat(model.preview().get("server-2.properties")).contains("broker.id=2")
                .contains(":" + (brokerPort + 1));
        assertThat(model.preview().get("zookeeper-1.properties")).contains("server.3=");
        Workspace ws = model.create();
        assertThat(Workspace.isWorkspace(ws.dir())).isTrue();
        assertThat(ws.definition().zookeepers()).isEqualTo(3);
    }

    @Test
    void thePreviewShowsTheQuorumPortsThatAreWritten() throws Exception {
        CreateClusterViewModel model = model(temp.resolve("lab"));
        model.zookeepersProperty().set(3);
        String previewed = model.preview().get("zookeeper-2.properties");

        model.brokersProperty().set(2);
        assertThat(model.preview().get("zookeeper-2.properties")).as("kept while the inputs change").isEqualTo(previewed);

        Workspace ws = model.create();
        assertThat(Files.readString(ws.propertiesFile(NodeId.zookeeper(2)))).isEqualTo(previewed);
    }

    @Test
    void saysWhatIsWrong() throws Exception {
        Path busy = Files.createDirectories(temp.resolve("busy"));
        Files.writeString(busy.resolve("notes.txt"), "mine");
        CreateClusterViewModel model = model(busy);
        assertThat(model.problemProperty().get()).contains("not empty");
        assertThat(model.problemFields()).containsExactly(Field.FOLDER);
        assertThat(model.valid()).isFalse();
        model.directoryProperty().set(temp.resolve("fresh"));
        assertThat(model.valid()).isTrue();
        assertThat(model.problemFields()).isEmpty();
        model.zookeepersProperty().set(2);
        assertThat(model.problemProperty().get()).isNotEmpty();
    }

    /** Found as it is typed, not after Create stopped the running cluster for a folder that cannot be made. */
    @Test
    void aFolderThatCannotBeMadeIsAProblem() throws Exception {
        Path file = Files.writeString(temp.resolve("notes.txt"), "mine");
        CreateClusterViewModel model = model(file.resolve("lab"));
        assertThat(model.problemProperty().get()).isEqualTo("Cannot create " + file.resolve("lab") + ": " + file
                + " is a file, not a folder");
        assertThat(model.problemFields()).containsExactly(Field.FOLDER);

        model.directoryProperty().set(temp.resolve("new").resolve("lab"));
        assertThat(model.valid()).as("a folder under a new one").isTrue();
        try (var left = Files.list(temp)) {
            assertThat(left).as("the try leaves nothing behind").allMatch(p -> !p.getFileName().toString()
                    .startsWith(".brokerlab-check"));
        }
        assertThat(temp.resolve("new")).doesNotExist();
    }

    @Test
    @org.junit.jupiter.api.condition.EnabledOnOs(org.junit.jupiter.api.condition.OS.LINUX)
    void aFolderWhereNoFolderCanBeMadeIsAProblemEvenForRoot() {
        CreateClusterViewModel model = model(Path.of("/proc/brokerlab-test"));
        assertThat(model.problemProperty().get()).startsWith("Cannot create /proc/brokerlab-test: /proc does not take"
                + " new folders");
        assertThat(model.valid()).isFalse();
    }

    @Test
    void theFolderIsLookedAtInTheBackgroundAndOnlyForTheLatestInput() throws Exception {
        Path busy = Files.createDirectories(temp.resolve("busy"));
        Files.writeString(busy.resolve("notes.txt"), "mine");
        Queue<Runnable> background = new ArrayDeque<>();
        Queue<Runnable> fx = new ArrayDeque<>();
        CreateClusterViewModel model = new CreateClusterViewModel(temp.resolve("fresh"), onFreePorts(), background::add,
                fx::add);
        model.directoryProperty().set(temp.resolve("other"));
        model.directoryProperty().set(busy);

        assertThat(model.valid()).as("while the folder is being looked at").isFalse();
        assertThat(model.problemProperty().get()).isEmpty();
        assertThat(background).hasSize(3);
        background.forEach(Runnable::run);
        assertThat(fx).as("only the latest input's answer").hasSize(1);
        fx.forEach(Runnable::run);
        assertThat(model.problemProperty().get()).contains("not empty");
        assertThat(model.valid()).isFalse();
    }

    /**
     * A port held for the test whose neighbours are free, below the ephemeral range: a port the system handed out
     * (port 0) had a neighbour taken by another test's client connection in CI.
     */
    private static ServerSocket takenWithFreeNeighbours() throws java.io.IOException {
        for (int attempt = 0; attempt < 100; attempt++) {
            int port = java.util.concurrent.ThreadLocalRandom.current().nextInt(21_000, 26_900);
            if (bindable(port - 1) && bindable(port + 1)) {
                try {
                    return new ServerSocket(port, 1, InetAddress.getLoopbackAddress());
                } catch (java.io.IOException e) {
                    // taken meanwhile: another
                }
            }
        }
        throw new IllegalStateException("no free port with free neighbours found");
    }

    private static boolean bindable(int port) {
        try (ServerSocket probe = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    @Test
    void takenStartingPortsAreReplacedByTheNextFreeOnesAndSaidSo() throws Exception {
        try (ServerSocket taken = takenWithFreeNeighbours()) {
            ClusterDefinition free = onFreePorts();
            // broker-2's port taken, as by another cluster's broker
            ClusterDefinition start = new ClusterDefinition(1, 3, free.zookeeperPort(), taken.getLocalPort() - 1);
            CreateClusterViewModel model = new CreateClusterViewModel(temp.resolve("lab"), start, Runnable::run,
                    Runnable::run);

            assertThat(model.zookeeperPortProperty().get()).as("free: kept").isEqualTo(free.zookeeperPort());
            int brokers = model.brokerPortProperty().get();
            assertThat(brokers).isGreaterThan(taken.getLocalPort());
            assertThat(model.problemProperty().get()).isEmpty();
            assertThat(model.valid()).isTrue();
            assertThat(model.preview().get("server-1.properties")).contains(":" + brokers);
            assertThat(model.portNoteProperty().get()).isEqualTo("In use (another cluster running?): broker ports "
                    + start.brokerPort() + " to " + (start.brokerPort() + 2) + ". The next free ports are filled in.");

            // a port the user chose is theirs: said to be taken, not moved
            model.brokerPortProperty().set(start.brokerPort());
            assertThat(model.brokerPortProperty().get()).isEqualTo(start.brokerPort());
            assertThat(model.portNoteProperty().get()).isEmpty();
            assertThat(model.problemProperty().get()).startsWith("broker-2's client port " + taken.getLocalPort()
                    + " is already in use");
        }
    }

    @Test
    void aClientPortAnotherProgramHoldsIsAValidationError() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CreateClusterViewModel model = model(temp.resolve("lab"));
            model.brokersProperty().set(2);
            // broker-2's port, so every port is looked at, not only the first
            model.brokerPortProperty().set(taken.getLocalPort() - 1);

            assertThat(model.problemProperty().get()).startsWith("broker-2's client port " + taken.getLocalPort()
                    + " is already in use").endsWith("choose another first broker port");
            assertThat(model.valid()).isFalse();
            assertThat(model.problemFields()).as("the field to mark").containsExactly(Field.BROKER_PORT);
            assertThat(model.preview().get("server-2.properties")).as("the files kept, the port in use shown")
                    .contains(":" + taken.getLocalPort());

            model.brokerPortProperty().set(onFreePorts().brokerPort());
            assertThat(model.problemFields()).as("solved").isEmpty();
        }
    }

    /** A problem that leaves no files to preview keeps the last ones, rather than blanking the preview. */
    @Test
    void aPortRangePastTheLastPortKeepsThePreviewAndMarksItsField() {
        CreateClusterViewModel model = model(temp.resolve("lab"));
        model.zookeepersProperty().set(3);
        String before = model.preview().get("zookeeper-3.properties");
        assertThat(before).isNotEmpty();
        model.zookeeperPortProperty().set(65_535);

        assertThat(model.problemProperty().get()).startsWith("First ZooKeeper port 65535 leaves no room");
        assertThat(model.problemFields()).containsExactly(Field.ZOOKEEPER_PORT);
        assertThat(model.preview().get("zookeeper-3.properties")).isEqualTo(before);
    }
}
