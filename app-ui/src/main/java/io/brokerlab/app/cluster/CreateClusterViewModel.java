package io.brokerlab.app.cluster;

import io.brokerlab.launcher.config.ClusterDefinition;
import io.brokerlab.launcher.config.NodeConfigGenerator;
import io.brokerlab.launcher.config.NodeId;
import io.brokerlab.launcher.config.PropertiesDocument;
import io.brokerlab.launcher.config.QuorumPorts;
import io.brokerlab.launcher.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/** The create-cluster wizard: the inputs, what is wrong with them, and a preview of the files it will write. */
public final class CreateClusterViewModel {

    private final IntegerProperty zookeepers = new SimpleIntegerProperty(1);
    private final IntegerProperty brokers = new SimpleIntegerProperty(3);
    private final IntegerProperty zookeeperPort = new SimpleIntegerProperty(2181);
    private final IntegerProperty brokerPort = new SimpleIntegerProperty(9092);
    private final ObjectProperty<Path> directory = new SimpleObjectProperty<>();
    private final StringProperty problem = new SimpleStringProperty("");
    private final ObservableMap<String, String> preview = FXCollections.observableMap(new LinkedHashMap<>());

    public CreateClusterViewModel(Path directory) {
        this.directory.set(directory);
        ClusterDefinition defaults = ClusterDefinition.defaults();
        zookeeperPort.set(defaults.zookeeperPort());
        brokerPort.set(defaults.brokerPort());
        zookeepers.addListener(o -> update());
        brokers.addListener(o -> update());
        zookeeperPort.addListener(o -> update());
        brokerPort.addListener(o -> update());
        this.directory.addListener(o -> update());
        update();
    }

    private void update() {
        preview.clear();
        ClusterDefinition definition;
        try {
            definition = definition();
        } catch (IllegalArgumentException e) {
            problem.set(e.getMessage());
            return;
        }
        Path dir = directory.get();
        if (dir == null) {
            problem.set("Choose a folder for the cluster");
            return;
        }
        try {
            if (Files.isDirectory(dir)) {
                try (var entries = Files.list(dir)) {
                    if (entries.findAny().isPresent()) {
                        problem.set(dir + " is not empty; choose an empty or new folder");
                        return;
                    }
                }
            } else if (Files.exists(dir)) {
                problem.set(dir + " is a file, not a folder");
                return;
            }
        } catch (java.io.IOException e) {
            problem.set("Cannot read " + dir + ": " + e.getMessage());
            return;
        }
        problem.set("");
        // The real quorum ports are picked free when the workspace is created; the preview shows likely ones.
        Map<Integer, QuorumPorts> quorum = new LinkedHashMap<>();
        for (NodeId zk : definition.zookeeperIds()) {
            quorum.put(zk.id(), new QuorumPorts(2888 + zk.id() - 1, 3888 + zk.id() - 1));
        }
        Map<NodeId, PropertiesDocument> files = new NodeConfigGenerator(definition, dir, quorum).generateAll();
        files.forEach((node, doc) -> preview.put(NodeConfigGenerator.fileName(node), doc.text()));
    }

    public ClusterDefinition definition() {
        return new ClusterDefinition(zookeepers.get(), brokers.get(), zookeeperPort.get(), brokerPort.get());
    }

    /** Blocking (writes files); call off the FX thread. */
    public Workspace create() {
        return Workspace.create(directory.get(), definition());
    }

    public boolean valid() {
        return problem.get().isEmpty();
    }

    public IntegerProperty zookeepersProperty() {
        return zookeepers;
    }

    public IntegerProperty brokersProperty() {
        return brokers;
    }

    public IntegerProperty zookeeperPortProperty() {
        return zookeeperPort;
    }

    public IntegerProperty brokerPortProperty() {
        return brokerPort;
    }

    public ObjectProperty<Path> directoryProperty() {
        return directory;
    }

    /** Empty when the inputs are fine. */
    public ReadOnlyStringProperty problemProperty() {
        return problem;
    }

    /** File name to contents, ZooKeepers first. */
    public ObservableMap<String, String> preview() {
        return preview;
    }
}
