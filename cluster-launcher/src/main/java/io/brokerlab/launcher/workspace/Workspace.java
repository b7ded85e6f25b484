package io.brokerlab.launcher.workspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import io.brokerlab.launcher.config.ClusterDefinition;
import io.brokerlab.launcher.config.JvmOptions;
import io.brokerlab.launcher.config.NodeConfigGenerator;
import io.brokerlab.launcher.config.NodeId;
import io.brokerlab.launcher.config.NodeKind;
import io.brokerlab.launcher.config.PortAllocator;
import io.brokerlab.launcher.config.PropertiesDocument;
import io.brokerlab.launcher.config.QuorumPorts;

/**
 * A cluster is a folder: brokerlab.json, one properties file per node, and data, logs and run records below.
 * The properties files are the source of truth for everything a user may change, so they are re-read on every
 * question rather than cached.
 */
public final class Workspace {

    static final String MANIFEST = "brokerlab.json";
    private static final String LOOPBACK = "127.0.0.1";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path dir;
    private final Manifest manifest;

    private Workspace(Path dir, Manifest manifest) {
        this.dir = dir;
        this.manifest = manifest;
    }

    /** Creates a workspace in {@code dir}, which must be absent or empty; quorum ports are chosen now. */
    public static Workspace create(Path dir, ClusterDefinition definition) {
        return create(dir, definition, chooseQuorumPorts(definition));
    }

    /**
     * Creates a workspace in {@code dir}, which must be absent or empty, with quorum ports chosen before (by
     * {@link #chooseQuorumPorts}), so that a preview of its files shows the ports they will have.
     */
    public static Workspace create(Path dir, ClusterDefinition definition, Map<Integer, QuorumPorts> quorumPorts) {
        Path absolute = dir.toAbsolutePath().normalize();
        requireAbsentOrEmpty(absolute);
        Manifest manifest = allocatePorts(definition, quorumPorts);
        Workspace workspace = new Workspace(absolute, manifest);
        try {
            Files.createDirectories(absolute);
            Files.createDirectories(absolute.resolve("logs"));
            Files.createDirectories(absolute.resolve("run"));
            new NodeConfigGenerator(definition, absolute, quorumPorts).generateAll()
                    .forEach((node, document) -> document.write(workspace.propertiesFile(node)));
            workspace.createDataDirs();
            SecretFile.create(workspace.secretFile());
            // written last: a folder is only a workspace once everything else is in place
            JSON.writeValue(absolute.resolve(MANIFEST).toFile(), manifest);
        } catch (IOException | UncheckedIOException e) {
            throw new WorkspaceException("cannot create workspace in " + absolute + ": " + e.getMessage(), e);
        }
        return workspace;
    }

    public static Workspace open(Path dir) {
        Path absolute = dir.toAbsolutePath().normalize();
        if (!isWorkspace(absolute)) {
            throw new WorkspaceException(absolute + " is not a Brokerlab workspace (no " + MANIFEST + ")");
        }
        Manifest manifest;
        try {
            manifest = JSON.readValue(absolute.resolve(MANIFEST).toFile(), Manifest.class);
        } catch (IOException e) {
            throw new WorkspaceException("cannot read " + absolute.resolve(MANIFEST) + ": " + e.getMessage(), e);
        }
        if (manifest.format() != Manifest.FORMAT) {
            throw new WorkspaceException(absolute.resolve(MANIFEST) + " has format " + manifest.format()
                    + "; this Brokerlab understands format " + Manifest.FORMAT);
        }
        return new Workspace(absolute, manifest);
    }

    public static boolean isWorkspace(Path dir) {
        return Files.isRegularFile(dir.resolve(MANIFEST));
    }

    /** The folder {@code BROKERLAB_WORKSPACE} names, if it is set: the user's explicit choice. */
    public static Optional<Path> fromEnvironment(Map<String, String> env) {
        String dir = env.get(DefaultDirectory.ENV_OVERRIDE);
        return dir == null || dir.isBlank() ? Optional.empty() : Optional.of(HomePaths.of(dir.strip()));
    }

    /** {@code BROKERLAB_WORKSPACE}, else the OS's per-user data folder. */
    public static Path defaultDirectory() {
        return defaultDirectory(System.getenv());
    }

    public static Path defaultDirectory(Map<String, String> env) {
        return DefaultDirectory.resolve(env, System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")));
    }

    public Path dir() {
        return dir;
    }

    public ClusterDefinition definition() {
        return manifest.definition();
    }

    public JvmOptions jvmOptions() {
        return manifest.jvmOptions() == null ? JvmOptions.defaults() : manifest.jvmOptions();
    }

    /** The loopback port of the node's Brokerlab agent. */
    public int agentPort(NodeId node) {
        Integer port = manifest.agentPorts().get(requireNode(node).name());
        if (port == null) {
            throw new WorkspaceException(dir.resolve(MANIFEST) + " has no agent port for " + node);
        }
        return port;
    }

    public Path propertiesFile(NodeId node) {
        return dir.resolve(NodeConfigGenerator.fileName(requireNode(node)));
    }

    /** Read from disk on each call. */
    public PropertiesDocument properties(NodeId node) {
        Path file = propertiesFile(node);
        if (!Files.isRegularFile(file)) {
            throw new WorkspaceException(file + " is missing; it holds the configuration of " + node);
        }
        try {
            return PropertiesDocument.read(file);
        } catch (UncheckedIOException | IllegalArgumentException e) {
            throw new WorkspaceException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** ZooKeeper's clientPort, or the port of a broker's PLAINTEXT listener. */
    public int clientPort(NodeId node) {
        return clientAddress(node).port();
    }

    /** ZooKeeper's dataDir, or the first of a broker's log.dirs. */
    public Path dataDir(NodeId node) {
        return dataDirsIn(node.kind(), properties(node)).stream().findFirst().map(Path::of)
                .orElseThrow(() -> missing(node, node.kind() == NodeKind.ZOOKEEPER ? "dataDir" : "log.dirs"));
    }

    public Path logFile(NodeId node) {
        return dir.resolve("logs").resolve(requireNode(node).name() + ".log");
    }

    public Path runRecordFile(NodeId node) {
        return dir.resolve("run").resolve(requireNode(node).name() + ".json");
    }

    /** The node's properties file as its running process was launched with it (see {@code LaunchedSettings}). */
    public Path launchedSettingsFile(NodeId node) {
        return dir.resolve("run").resolve(requireNode(node).name() + ".launched.properties");
    }

    public Path secretFile() {
        return dir.resolve(".secret");
    }

    public String secret() {
        try {
            return Files.readString(secretFile(), StandardCharsets.US_ASCII).trim();
        } catch (IOException e) {
            throw new WorkspaceException("cannot read " + secretFile() + ": " + e.getMessage(), e);
        }
    }

    /** e.g. {@code 127.0.0.1:9092,127.0.0.1:9093}, from the brokers' files. */
    public String bootstrapServers() {
        return connectString(definition().brokerIds());
    }

    /** e.g. {@code 127.0.0.1:2181}, from the ZooKeepers' files. */
    public String zookeeperConnect() {
        return connectString(definition().zookeeperIds());
    }

    /** Empties every data directory and rewrites ZooKeeper's myid files; configuration and logs stay. */
    public void resetData() {
        for (NodeId node : definition().nodes()) {
            Path dataDir = dataDir(node).toAbsolutePath().normalize();
            // a hand-edited path must never make a reset wipe a folder outside the workspace
            if (!dataDir.startsWith(dir)) {
                throw new WorkspaceException("will not reset " + dataDir + " of " + node
                        + ": it is outside the workspace " + dir);
            }
            deleteContents(dataDir);
        }
        try {
            createDataDirs();
        } catch (IOException e) {
            throw new WorkspaceException("cannot recreate data directories in " + dir + ": " + e.getMessage(), e);
        }
    }

    private void createDataDirs() throws IOException {
        for (NodeId node : definition().nodes()) {
            Path dataDir = dataDir(node);
            Files.createDirectories(dataDir);
            if (node.kind() == NodeKind.ZOOKEEPER) {
                Files.writeString(dataDir.resolve("myid"), node.id() + "\n", StandardCharsets.US_ASCII);
            }
        }
    }

    private String connectString(List<NodeId> nodes) {
        return nodes.stream().map(this::clientAddress).map(Address::toString).collect(Collectors.joining(","));
    }

    private record Address(String host, int port) {
        @Override
        public String toString() {
            return host + ":" + port;
        }
    }

    private Address clientAddress(NodeId node) {
        PropertiesDocument properties = properties(node);
        if (node.kind() == NodeKind.ZOOKEEPER) {
            String host = properties.get("clientPortAddress").orElse("");
            return new Address(connectableHost(host), parsePort(node, "clientPort", required(node, properties, "clientPort")));
        }
        String listeners = required(node, properties, "listeners");
        String hostPort = plaintextHostPort(listeners).orElseThrow(() -> new WorkspaceException(propertiesFile(node)
                + ": listeners=" + listeners + " has no PLAINTEXT://host:port listener; Brokerlab connects through it"));
        int colon = hostPort.lastIndexOf(':');
        String host = hostPort.substring(0, colon).replace("[", "").replace("]", "");
        return new Address(connectableHost(host), parsePort(node, "listeners", hostPort.substring(colon + 1)));
    }

    /** The {@code host:port} of the PLAINTEXT listener, the one Brokerlab connects through. */
    static Optional<String> plaintextHostPort(String listeners) {
        for (String listener : listeners.split(",")) {
            String trimmed = listener.trim();
            if (trimmed.startsWith("PLAINTEXT://")) {
                String hostPort = trimmed.substring("PLAINTEXT://".length());
                return hostPort.lastIndexOf(':') < 0 ? Optional.empty() : Optional.of(hostPort);
            }
        }
        return Optional.empty();
    }

    /** The client port {@code properties} give a node of {@code kind}, if they give a valid one. */
    static OptionalInt clientPortIn(NodeKind kind, PropertiesDocument properties) {
        Optional<String> port = kind == NodeKind.ZOOKEEPER ? properties.get("clientPort")
                : properties.get("listeners").flatMap(Workspace::plaintextHostPort)
                        .map(hostPort -> hostPort.substring(hostPort.lastIndexOf(':') + 1));
        try {
            return port.map(String::trim).map(Integer::parseInt).filter(p -> p >= 1 && p <= 65535)
                    .map(OptionalInt::of).orElse(OptionalInt.empty());
        } catch (NumberFormatException e) {
            return OptionalInt.empty(); // the file's validation reports it
        }
    }

    /** ZooKeeper's dataDir, or each of a broker's log.dirs (else its log.dir); none when not set. */
    static List<String> dataDirsIn(NodeKind kind, PropertiesDocument properties) {
        Optional<String> dirs = kind == NodeKind.ZOOKEEPER ? properties.get("dataDir")
                : properties.get("log.dirs").or(() -> properties.get("log.dir"));
        return dirs.stream().flatMap(value -> Stream.of(value.split(","))).map(String::trim)
                .filter(dir -> !dir.isEmpty()).toList();
    }

    /** Empty and wildcard hosts mean "all interfaces"; loopback is one of them. */
    private static String connectableHost(String host) {
        return host.isBlank() || host.equals("0.0.0.0") || host.equals("::") ? LOOPBACK : host;
    }

    private int parsePort(NodeId node, String key, String value) {
        try {
            int port = Integer.parseInt(value.trim());
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below together with the out-of-range case
        }
        throw new WorkspaceException(propertiesFile(node) + ": " + key + " has no valid port in '" + value + "'");
    }

    private String required(NodeId node, PropertiesDocument properties, String key) {
        return properties.get(key).filter(value -> !value.isBlank()).orElseThrow(() -> missing(node, key));
    }

    private WorkspaceException missing(NodeId node, String key) {
        return new WorkspaceException(propertiesFile(node) + " does not set " + key);
    }

    private NodeId requireNode(NodeId node) {
        if (!definition().contains(node)) {
            throw new IllegalArgumentException(node + " is not part of the cluster in " + dir);
        }
        return node;
    }

    private static void requireAbsentOrEmpty(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        if (!Files.isDirectory(dir)) {
            throw new WorkspaceException("cannot create a workspace at " + dir + ": it is a file");
        }
        if (isWorkspace(dir)) {
            throw new WorkspaceException(dir + " already is a Brokerlab workspace; open it instead");
        }
        try (Stream<Path> entries = Files.list(dir)) {
            if (entries.findAny().isPresent()) {
                throw new WorkspaceException("cannot create a workspace in " + dir
                        + ": the folder is not empty; choose an empty or new folder");
            }
        } catch (IOException e) {
            throw new WorkspaceException("cannot read " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Free peer and election ports by ZooKeeper id for an ensemble, none for a single ZooKeeper; never a client
     * port of {@code definition}.
     */
    public static Map<Integer, QuorumPorts> chooseQuorumPorts(ClusterDefinition definition) {
        if (definition.zookeepers() < 2) {
            return Map.of();
        }
        List<Integer> ports = new ArrayList<>(
                PortAllocator.freePorts(2 * definition.zookeepers(), clientPorts(definition)));
        Map<Integer, QuorumPorts> quorumPorts = new LinkedHashMap<>();
        for (NodeId zookeeper : definition.zookeeperIds()) {
            quorumPorts.put(zookeeper.id(), new QuorumPorts(ports.remove(0), ports.remove(0)));
        }
        return quorumPorts;
    }

    /** The ensemble's quorum ports as created; the ZooKeepers' properties files are what the nodes use. */
    public Optional<QuorumPorts> quorumPorts(NodeId zookeeper) {
        List<Integer> ports = manifest.quorumPorts() == null ? null
                : manifest.quorumPorts().get(requireNode(zookeeper).name());
        return ports == null || ports.size() != 2 ? Optional.empty()
                : Optional.of(new QuorumPorts(ports.get(0), ports.get(1)));
    }

    /** One agent port per node, none on a client or quorum port. */
    private static Manifest allocatePorts(ClusterDefinition definition, Map<Integer, QuorumPorts> quorum) {
        Set<Integer> taken = clientPorts(definition);
        Map<String, List<Integer>> quorumPorts = new LinkedHashMap<>();
        for (NodeId zookeeper : definition.zookeepers() > 1 ? definition.zookeeperIds() : List.<NodeId>of()) {
            QuorumPorts ports = quorum.get(zookeeper.id());
            if (ports == null) {
                throw new WorkspaceException("cannot create the ensemble: no quorum ports for " + zookeeper);
            }
            if (!taken.add(ports.peer()) || !taken.add(ports.election())) {
                throw new WorkspaceException("cannot create the ensemble: the quorum ports " + ports.peer() + " and "
                        + ports.election() + " of " + zookeeper + " collide with another port of the cluster");
            }
            quorumPorts.put(zookeeper.name(), List.of(ports.peer(), ports.election()));
        }
        List<Integer> ports = new ArrayList<>(PortAllocator.freePorts(definition.nodes().size(), taken));
        Map<String, Integer> agentPorts = new LinkedHashMap<>();
        for (NodeId node : definition.nodes()) {
            agentPorts.put(node.name(), ports.remove(0));
        }
        return new Manifest(Manifest.FORMAT, definition, agentPorts, quorumPorts, JvmOptions.defaults());
    }

    private static Set<Integer> clientPorts(ClusterDefinition definition) {
        Set<Integer> ports = new HashSet<>();
        definition.nodes().forEach(node -> ports.add(definition.clientPortOf(node)));
        return ports;
    }

    private static void deleteContents(Path dir) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> tree = Files.walk(dir)) {
            for (Path path : tree.sorted(Comparator.reverseOrder()).toList()) {
                if (!path.equals(dir)) {
                    Files.delete(path);
                }
            }
        } catch (IOException e) {
            throw new WorkspaceException("cannot empty " + dir + " (is the node still running?): " + e.getMessage(), e);
        }
    }
}
