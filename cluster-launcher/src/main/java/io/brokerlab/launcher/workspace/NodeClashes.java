package io.brokerlab.launcher.workspace;

import io.brokerlab.launcher.config.ConfigProblem;
import io.brokerlab.launcher.config.NodeId;
import io.brokerlab.launcher.config.NodeKind;
import io.brokerlab.launcher.config.PropertiesDocument;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a node's file would take from another node of its workspace, or from Brokerlab: a port, a data directory, a
 * broker.id other than its own, a ZooKeeper other than the cluster's. Kafka and ZooKeeper check none of it: the second node to start fails (address in
 * use, log directory locked, id registered), or a broker registers under an id Brokerlab never waits for. So an
 * editor reports it before the file is saved, and a start refuses it. Reads the other nodes' files from disk.
 */
public final class NodeClashes {

    private NodeClashes() {
    }

    /** Each clash of {@code node}'s file as {@code properties} give it, an error naming the key to change. */
    public static List<ConfigProblem> of(Workspace workspace, NodeId node, PropertiesDocument properties) {
        List<ConfigProblem> clashes = new ArrayList<>();
        brokerIdClash(workspace, node, properties).ifPresent(clashes::add);
        foreignZooKeeper(workspace, node, properties).ifPresent(clashes::add);
        portClash(workspace, node, properties).ifPresent(clashes::add);
        dataDirClash(workspace, node, properties).ifPresent(clashes::add);
        return clashes;
    }

    /** Brokerlab knows a broker by its node's number: its cards, its start's wait for /brokers/ids/N. */
    private static Optional<ConfigProblem> brokerIdClash(Workspace workspace, NodeId node,
                                                         PropertiesDocument properties) {
        if (node.kind() != NodeKind.BROKER) {
            return Optional.empty();
        }
        String id = properties.get("broker.id").map(String::trim).orElse("");
        if (id.equals(String.valueOf(node.id()))) {
            return Optional.empty();
        }
        String set = id.isEmpty() ? "broker.id is not set" : "broker.id is " + id;
        String whose = others(workspace, node).stream().filter(other -> other.kind() == NodeKind.BROKER)
                .filter(other -> String.valueOf(other.id()).equals(id)).findFirst()
                .map(other -> " (" + other + "'s id)").orElse("");
        return Optional.of(problem("broker.id", set + whose + ", but Brokerlab runs this node as " + node
                + " and waits for it to register as broker " + node.id() + "; set broker.id=" + node.id()));
    }

    /**
     * A broker registers in the ZooKeeper its zookeeper.connect names, under its chroot if one is given; Brokerlab
     * waits for it in this cluster's ZooKeepers, at their root. Anything else is another cluster, or none: the start
     * would wait for ZooKeeper, time out and fail a minute later.
     */
    private static Optional<ConfigProblem> foreignZooKeeper(Workspace workspace, NodeId node,
                                                            PropertiesDocument properties) {
        Optional<String> connect = properties.get("zookeeper.connect").map(String::strip);
        if (node.kind() != NodeKind.BROKER || connect.isEmpty() || connect.get().isEmpty()) {
            return Optional.empty(); // not set: Kafka's own check says it is required
        }
        String cluster;
        try {
            cluster = workspace.zookeeperConnect();
        } catch (WorkspaceException e) {
            return Optional.empty(); // a ZooKeeper's file unreadable: its own start reports that
        }
        int chroot = connect.get().indexOf('/');
        List<String> servers = List.of((chroot < 0 ? connect.get() : connect.get().substring(0, chroot)).split(","));
        List<String> ours = List.of(cluster.split(","));
        boolean foreign = servers.stream().map(NodeClashes::loopbackNamed).anyMatch(server -> !ours.contains(server));
        if (!foreign && chroot < 0) {
            return Optional.empty();
        }
        String why = foreign ? "names a ZooKeeper that is not this cluster's" : "has a chroot ("
                + connect.get().substring(chroot) + ")";
        return Optional.of(problem("zookeeper.connect", "zookeeper.connect=" + connect.get() + " " + why
                + ", but Brokerlab waits for " + node + " to register in this cluster's ZooKeeper at " + cluster
                + "; set zookeeper.connect=" + cluster));
    }

    /** "localhost:2181" as the workspace names it: every node listens on 127.0.0.1. */
    private static String loopbackNamed(String server) {
        String trimmed = server.strip();
        return trimmed.startsWith("localhost:") ? "127.0.0.1" + trimmed.substring("localhost".length()) : trimmed;
    }

    private static Optional<ConfigProblem> portClash(Workspace workspace, NodeId node, PropertiesDocument properties) {
        OptionalInt port = Workspace.clientPortIn(node.kind(), properties);
        if (port.isEmpty()) {
            return Optional.empty();
        }
        String key = node.kind() == NodeKind.ZOOKEEPER ? "clientPort" : "listeners";
        String fix = "; give " + node + " a port of its own";
        if (workspace.agentPort(node) == port.getAsInt()) {
            return Optional.of(problem(key, "port " + port.getAsInt() + " is the port of " + node + "'s Brokerlab"
                    + " agent (metrics and control)" + fix));
        }
        for (NodeId other : others(workspace, node)) {
            if (workspace.agentPort(other) == port.getAsInt()) {
                return Optional.of(problem(key, "port " + port.getAsInt() + " is the port of " + other + "'s"
                        + " Brokerlab agent in this cluster" + fix));
            }
            if (clientPortOf(workspace, other).equals(port)) {
                return Optional.of(problem(key, "port " + port.getAsInt() + " is " + other + "'s in this cluster"
                        + fix));
            }
        }
        return Optional.empty();
    }

    private static Optional<ConfigProblem> dataDirClash(Workspace workspace, NodeId node,
                                                        PropertiesDocument properties) {
        List<Path> mine = paths(Workspace.dataDirsIn(node.kind(), properties));
        for (NodeId other : others(workspace, node)) {
            List<Path> theirs = paths(dataDirsOf(workspace, other));
            for (Path dir : mine) {
                if (theirs.contains(dir)) {
                    String key = node.kind() == NodeKind.ZOOKEEPER ? "dataDir"
                            : properties.get("log.dirs").isPresent() ? "log.dirs" : "log.dir";
                    return Optional.of(problem(key, dir + " is " + other + "'s data directory; give " + node
                            + " a directory of its own"));
                }
            }
        }
        return Optional.empty();
    }

    private static List<NodeId> others(Workspace workspace, NodeId node) {
        return workspace.definition().nodes().stream().filter(other -> !other.equals(node)).toList();
    }

    /** A neighbour whose own file is unreadable takes nothing: its own start reports that. */
    private static OptionalInt clientPortOf(Workspace workspace, NodeId other) {
        try {
            return Workspace.clientPortIn(other.kind(), workspace.properties(other));
        } catch (WorkspaceException e) {
            return OptionalInt.empty();
        }
    }

    private static List<String> dataDirsOf(Workspace workspace, NodeId other) {
        try {
            return Workspace.dataDirsIn(other.kind(), workspace.properties(other));
        } catch (WorkspaceException e) {
            return List.of();
        }
    }

    private static List<Path> paths(List<String> dirs) {
        List<Path> paths = new ArrayList<>();
        for (String dir : dirs) {
            try {
                paths.add(Path.of(dir).toAbsolutePath().normalize());
            } catch (InvalidPathException e) {
                // not a path at all: no other node can have it
            }
        }
        return paths;
    }

    private static ConfigProblem problem(String key, String message) {
        return new ConfigProblem(key, message, ConfigProblem.Severity.ERROR);
    }
}
