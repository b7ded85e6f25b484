package io.brokerlab.app.cluster;

import io.brokerlab.launcher.config.ClusterDefinition;
import io.brokerlab.launcher.config.NodeConfigGenerator;
import io.brokerlab.launcher.config.NodeId;
import io.brokerlab.launcher.config.NodeKind;
import io.brokerlab.launcher.config.PortAllocator;
import io.brokerlab.launcher.config.QuorumPorts;
import io.brokerlab.launcher.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import javafx.collections.ObservableSet;

/**
 * The create-cluster wizard: the inputs, what is wrong with them, and a preview of the files it will write. Inputs
 * change on the FX thread; the folder and the client ports are looked at and quorum ports chosen on
 * {@code background}, and the answer comes back through {@code fx}. Tests pass direct executors.
 */
public final class CreateClusterViewModel {

    /** The form's labels: problems name a field as the user sees it. */
    static final String ZOOKEEPER_PORT_LABEL = "First ZooKeeper port";
    static final String BROKER_PORT_LABEL = "First broker port";
    static final int MAX_PORT = 65_535;

    /** A field of the form a problem is about, for the view to mark. */
    public enum Field { ZOOKEEPER_PORT, BROKER_PORT, FOLDER }

    /**
     * What the inputs lead to: a problem and the fields it is about; the files, none when they cannot be made (the
     * preview then keeps the last ones); {@code freePorts}, when not null, the client ports to fill in instead.
     */
    private record Check(String problem, Set<Field> fields, Map<Integer, QuorumPorts> quorumPorts,
            Map<String, String> files, ClusterDefinition freePorts) {

        Check(String problem, Set<Field> fields, Map<Integer, QuorumPorts> quorumPorts, Map<String, String> files) {
            this(problem, fields, quorumPorts, files, null);
        }
    }

    private final Executor background;
    private final Executor fx;
    private final IntegerProperty zookeepers = new SimpleIntegerProperty();
    private final IntegerProperty brokers = new SimpleIntegerProperty();
    private final IntegerProperty zookeeperPort = new SimpleIntegerProperty();
    private final IntegerProperty brokerPort = new SimpleIntegerProperty();
    private final ObjectProperty<Path> directory = new SimpleObjectProperty<>();
    private final StringProperty problem = new SimpleStringProperty("");
    private final ObservableSet<Field> problemFields = FXCollections.observableSet(EnumSet.noneOf(Field.class));
    /** One view, kept: it listens to the set weakly, and a view made per call lost its listeners to the collector. */
    private final ObservableSet<Field> problemFieldsShown = FXCollections.unmodifiableObservableSet(problemFields);
    private final StringProperty portNote = new SimpleStringProperty("");
    /** Whether the user chose the ports; until then taken ones are replaced by the next free ones. FX thread. */
    private boolean portsTyped;
    private boolean fillingPorts;
    private final BooleanProperty checking = new SimpleBooleanProperty();
    private final BooleanBinding valid = problem.isEmpty().and(checking.not());
    private final ObservableMap<String, String> preview = FXCollections.observableMap(new LinkedHashMap<>());
    /** Counts input changes, so a slower check of older inputs is dropped rather than shown. */
    private final AtomicLong inputs = new AtomicLong();
    /** The preview's quorum ports; kept while they fit, so the preview does not change them on every keystroke. */
    private volatile Map<Integer, QuorumPorts> quorumPorts = Map.of();

    /** Starts with {@code start}'s counts and ports (its ports moved to free ones if taken). */
    public CreateClusterViewModel(Path directory, ClusterDefinition start, Executor background, Executor fx) {
        this.background = background;
        this.fx = fx;
        this.directory.set(directory);
        zookeepers.set(start.zookeepers());
        brokers.set(start.brokers());
        zookeeperPort.set(start.zookeeperPort());
        brokerPort.set(start.brokerPort());
        zookeepers.addListener(o -> update());
        brokers.addListener(o -> update());
        zookeeperPort.addListener(o -> portEdited());
        brokerPort.addListener(o -> portEdited());
        this.directory.addListener(o -> update());
        update();
    }

    private void portEdited() {
        if (!fillingPorts) {
            portsTyped = true;
            portNote.set("");
        }
        update();
    }

    private void update() {
        long input = inputs.incrementAndGet();
        Optional<String> zookeeperRoom = roomProblem(ZOOKEEPER_PORT_LABEL, zookeeperPort.get(), zookeepers.get(),
                "ZooKeepers");
        Optional<String> brokerRoom = roomProblem(BROKER_PORT_LABEL, brokerPort.get(), brokers.get(), "brokers");
        if (zookeeperRoom.isPresent() || brokerRoom.isPresent()) {
            // before ClusterDefinition's own check, whose message names the field as the CLI's JSON does
            show(new Check(zookeeperRoom.or(() -> brokerRoom).orElseThrow(),
                    EnumSet.of(zookeeperRoom.isPresent() ? Field.ZOOKEEPER_PORT : Field.BROKER_PORT), quorumPorts,
                    Map.of()));
            return;
        }
        ClusterDefinition definition;
        try {
            definition = definition();
        } catch (IllegalArgumentException e) {
            // the counts come from lists that hold only possible ones: what is left is the port ranges overlapping
            show(new Check(e.getMessage(), EnumSet.of(Field.ZOOKEEPER_PORT, Field.BROKER_PORT), quorumPorts,
                    Map.of()));
            return;
        }
        Path dir = directory.get();
        if (dir == null) {
            show(new Check("Choose a folder for the cluster", EnumSet.of(Field.FOLDER), quorumPorts, Map.of()));
            return;
        }
        checking.set(true);
        Map<Integer, QuorumPorts> known = quorumPorts;
        boolean mayMovePorts = !portsTyped;
        background.execute(() -> {
            if (input != inputs.get()) {
                return;
            }
            Check check;
            try {
                check = check(definition, dir, known, mayMovePorts);
            } catch (RuntimeException e) {
                // e.g. no free quorum ports: the wizard must say so, not wait forever with Create disabled
                check = new Check("Cannot prepare this cluster: " + e.getMessage(), Set.of(), known, Map.of());
            }
            Check result = check;
            fx.execute(() -> {
                if (input == inputs.get()) {
                    show(result);
                }
            });
        });
    }

    /** Consecutive ports from {@code first}, one per node, that would run past the last port there is. */
    static Optional<String> roomProblem(String label, int first, int nodes, String what) {
        int last = first + nodes - 1;
        if (last <= MAX_PORT) {
            return Optional.empty();
        }
        return Optional.of(label + " " + first + " leaves no room for " + nodes + " " + what + ": they take ports "
                + first + " to " + last + ", and the last port is " + MAX_PORT + "; choose "
                + label.toLowerCase(Locale.ROOT) + " " + (MAX_PORT - nodes + 1) + " or lower");
    }

    /**
     * Blocking: reads the folder and binds sockets to see the client ports are free and to find quorum ports. The
     * files are previewed whatever the problem with the folder or a port: they are what would be written once it is
     * solved, and the user sees where the ports go.
     */
    private static Check check(ClusterDefinition definition, Path dir, Map<Integer, QuorumPorts> known,
            boolean mayMovePorts) {
        PortProblem taken = portProblem(definition);
        if (taken != null && mayMovePorts) {
            Optional<ClusterDefinition> free = freePorts(definition);
            if (free.isPresent()) {
                return new Check("", Set.of(), known, Map.of(), free.get());
            }
        }
        Map<Integer, QuorumPorts> ports = fits(known, definition) ? known : Workspace.chooseQuorumPorts(definition);
        Map<String, String> files = new LinkedHashMap<>();
        // the absolute folder, as Workspace.create writes it
        new NodeConfigGenerator(definition, dir.toAbsolutePath().normalize(), ports).generateAll()
                .forEach((node, doc) -> files.put(NodeConfigGenerator.fileName(node), doc.text()));
        String folderProblem = folderProblem(dir);
        if (!folderProblem.isEmpty()) {
            return new Check(folderProblem, EnumSet.of(Field.FOLDER), ports, files);
        }
        if (taken != null) {
            return new Check(taken.text(), EnumSet.of(taken.field()), ports, files);
        }
        return new Check("", Set.of(), ports, files);
    }

    private static String folderProblem(Path dir) {
        if (Files.isDirectory(dir)) {
            try (Stream<Path> entries = Files.list(dir)) {
                return entries.findAny().isPresent() ? dir + " is not empty; choose an empty or new folder" : "";
            } catch (IOException e) {
                return "Cannot read " + dir + ": " + e.getMessage();
            }
        }
        if (Files.exists(dir)) {
            return dir + " is a file, not a folder";
        }
        return cannotCreateIn(dir);
    }

    /**
     * A new folder is made in the nearest folder that exists: tried there for real, since a folder's permissions do
     * not tell (root may write anywhere, yet not in /proc; a read-only mount). Found before Create is pressed, not
     * after the running cluster was stopped for it.
     */
    private static String cannotCreateIn(Path dir) {
        Path parent = dir.getParent();
        while (parent != null && !Files.exists(parent)) {
            parent = parent.getParent();
        }
        if (parent == null || !Files.isDirectory(parent)) {
            return "Cannot create " + dir + ": " + (parent == null ? "no folder above it exists" : parent
                    + " is a file, not a folder");
        }
        try {
            Files.delete(Files.createTempDirectory(parent, ".brokerlab-check"));
            return "";
        } catch (IOException e) {
            return "Cannot create " + dir + ": " + parent + " does not take new folders (" + e.getMessage() + ")";
        }
    }

    /** A client port in use, said, and the field whose port it is. */
    private record PortProblem(String text, Field field) {
    }

    /**
     * A client port another program holds now, or null: better said here than by the cluster's first start. (Agent
     * and quorum ports are chosen free when the workspace is created.)
     */
    private static PortProblem portProblem(ClusterDefinition definition) {
        for (NodeId node : definition.nodes()) {
            Optional<String> taken = PortAllocator.checkAvailable(definition.clientPortOf(node));
            if (taken.isPresent()) {
                boolean zookeeper = node.kind() == NodeKind.ZOOKEEPER;
                return new PortProblem(node + "'s client " + taken.get() + "; choose another first "
                        + (zookeeper ? "ZooKeeper" : "broker") + " port",
                        zookeeper ? Field.ZOOKEEPER_PORT : Field.BROKER_PORT);
            }
        }
        return null;
    }

    /**
     * The same cluster on the first free client ports from its own on: the usual ports are often another cluster's
     * (the quickstart's, or another workspace's), and a wizard that opens on an error makes the user hunt for ports.
     */
    private static Optional<ClusterDefinition> freePorts(ClusterDefinition definition) {
        OptionalInt zookeeper = PortAllocator.firstFreeRun(definition.zookeeperPort(), definition.zookeepers(),
                Set.of());
        if (zookeeper.isEmpty()) {
            return Optional.empty();
        }
        Set<Integer> zookeeperPorts = IntStream.range(zookeeper.getAsInt(),
                zookeeper.getAsInt() + definition.zookeepers()).boxed().collect(Collectors.toSet());
        OptionalInt broker = PortAllocator.firstFreeRun(definition.brokerPort(), definition.brokers(), zookeeperPorts);
        return broker.isEmpty() ? Optional.empty() : Optional.of(new ClusterDefinition(definition.zookeepers(),
                definition.brokers(), zookeeper.getAsInt(), broker.getAsInt()));
    }

    /** Ports for every ZooKeeper of an ensemble (none for one), none of them a client port. */
    private static boolean fits(Map<Integer, QuorumPorts> ports, ClusterDefinition definition) {
        if (definition.zookeepers() < 2) {
            return ports.isEmpty();
        }
        return ports.size() == definition.zookeepers()
                && definition.zookeeperIds().stream().allMatch(zk -> ports.containsKey(zk.id()))
                && ports.values().stream().noneMatch(p -> clashes(p, definition));
    }

    private static boolean clashes(QuorumPorts ports, ClusterDefinition definition) {
        return definition.nodes().stream().map(definition::clientPortOf)
                .anyMatch(port -> port == ports.peer() || port == ports.election());
    }

    private void show(Check check) {
        if (check.freePorts() != null) {
            fillIn(check.freePorts());
            return;
        }
        quorumPorts = check.quorumPorts();
        // none made (a port range past the last port, say): the last ones stay, under the problem
        if (!check.files().isEmpty()) {
            preview.clear();
            preview.putAll(check.files());
        }
        // the fields first: a listener to the problem marks them
        problemFields.retainAll(check.fields());
        problemFields.addAll(check.fields());
        problem.set(check.problem());
        checking.set(false);
    }

    private void fillIn(ClusterDefinition free) {
        ClusterDefinition was = definition();
        List<String> taken = new ArrayList<>();
        if (free.zookeeperPort() != was.zookeeperPort()) {
            taken.add(portRange("ZooKeeper", was.zookeeperPort(), was.zookeepers()));
        }
        if (free.brokerPort() != was.brokerPort()) {
            taken.add(portRange("broker", was.brokerPort(), was.brokers()));
        }
        fillingPorts = true;
        try {
            zookeeperPort.set(free.zookeeperPort());
            brokerPort.set(free.brokerPort());
        } finally {
            fillingPorts = false;
        }
        portNote.set("In use (another cluster running?): " + String.join(" and ", taken)
                + ". The next free ports are filled in.");
    }

    private static String portRange(String kind, int first, int count) {
        return count == 1 ? kind + " port " + first : kind + " ports " + first + " to " + (first + count - 1);
    }

    public ClusterDefinition definition() {
        return new ClusterDefinition(zookeepers.get(), brokers.get(), zookeeperPort.get(), brokerPort.get());
    }

    /** Blocking (writes files); call off the FX thread. Writes the quorum ports the preview shows. */
    public Workspace create() {
        return Workspace.create(directory.get(), definition(), quorumPorts);
    }

    public boolean valid() {
        return valid.get();
    }

    /** The inputs are fine and checked: the folder is usable and the preview shows what {@link #create} writes. */
    public ObservableBooleanValue validProperty() {
        return valid;
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

    /** Empty when the inputs are fine (or still being checked: see {@link #validProperty}). */
    public ReadOnlyStringProperty problemProperty() {
        return problem;
    }

    /** The fields the problem is about; empty with no problem, or one no field can solve. */
    public ObservableSet<Field> problemFields() {
        return problemFieldsShown;
    }

    /** Why the ports are not the usual ones, when the wizard moved them; empty otherwise. */
    public ReadOnlyStringProperty portNoteProperty() {
        return portNote;
    }

    /** File name to contents, ZooKeepers first; while there is a problem, what would be written once it is solved. */
    public ObservableMap<String, String> preview() {
        return preview;
    }
}
