package io.brokerlab.app.properties;

import io.brokerlab.launcher.config.ConfigProblem;
import io.brokerlab.launcher.config.NodeId;
import io.brokerlab.launcher.config.NodeKind;
import io.brokerlab.launcher.config.PropertiesDocument;
import io.brokerlab.launcher.workspace.NodeClashes;
import io.brokerlab.launcher.workspace.Workspace;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One key set to one value in every broker's file of a workspace, as a tutorial has it done by hand
 * (default.replication.factor=3, min.insync.replicas=2 on each broker): which keys may be, and each file as it would
 * be, its comments and layout kept as a save keeps them.
 */
final class AllBrokers {

    /** Keys whose value is each broker's own, with why. */
    private static final Map<String, String> OWN = Map.of(
            "broker.id", "each broker has an id of its own",
            "node.id", "each broker has an id of its own",
            "listeners", "each broker listens on a port of its own",
            "advertised.listeners", "each broker is reached on a port of its own",
            "log.dirs", "each broker keeps its data in a directory of its own",
            "log.dir", "each broker keeps its data in a directory of its own",
            "metadata.log.dir", "each broker keeps its data in a directory of its own");
    private static final String A_PORT = "a port can be only one broker's";

    /**
     * A broker's file, and the same file with the key set: {@code diskText} is the file as read, what it must still
     * be when it is written.
     */
    record Change(NodeId broker, String diskText, PropertiesDocument after, boolean alreadySet) {
    }

    /** The key, its value, and every broker's file with it set, in the order of the brokers. */
    record Plan(String key, String value, List<Change> changes) {

        Plan {
            changes = List.copyOf(changes);
        }

        /** The brokers whose files the plan changes. */
        List<NodeId> changing() {
            return changes.stream().filter(change -> !change.alreadySet()).map(Change::broker).toList();
        }

        /** The brokers whose files have the key set to the value already. */
        List<NodeId> alreadySet() {
            return changes.stream().filter(Change::alreadySet).map(Change::broker).toList();
        }
    }

    private AllBrokers() {
    }

    /**
     * Why {@code key}, in the file of {@code node}, cannot be set alike in every broker's file of {@code workspace},
     * or "" when it can: a ZooKeeper's key, a cluster of one broker, a key whose value is each broker's own.
     */
    static String whyNot(Workspace workspace, NodeId node, String key) {
        if (node.kind() != NodeKind.BROKER) {
            return "Only a broker's keys apply to every broker";
        }
        if (workspace.definition().brokers() < 2) {
            return "The cluster has one broker: its file is the only one";
        }
        String own = key.equals("port") || key.endsWith(".port") ? A_PORT : OWN.get(key);
        return own == null ? "" : key + " must differ per broker: " + own + ". Set it in each broker's file.";
    }

    /**
     * Background thread: every broker's file of {@code workspace} with {@code key} set to {@code value}, each checked
     * as a save checks it (Kafka's own parser, and a port, data directory or broker.id that another node has).
     * Throws {@link IllegalStateException} naming every broker whose file would be invalid, or cannot be read.
     */
    static Plan plan(Workspace workspace, String key, String value) {
        List<Change> changes = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        int brokers = workspace.definition().brokers();
        for (NodeId broker : workspace.definition().brokerIds()) {
            Parsed file = Parsed.read(workspace, broker);
            if (file.document() == null) {
                problems.add(broker + "'s file " + workspace.propertiesFile(broker).getFileName()
                        + " is not a valid properties file (" + file.error() + ")");
                continue;
            }
            PropertiesDocument after = PropertiesDocument.parse(file.text());
            after.set(key, value);
            // errors only: a warning (replication the cluster cannot meet) is the form's to show, not a refusal
            Stream.concat(Validation.check(NodeKind.BROKER, after.toProperties(), brokers).stream(),
                            NodeClashes.of(workspace, broker, after).stream())
                    .filter(ConfigProblem::isError)
                    .forEach(error -> problems.add(broker + ": " + (error.key() == null
                            || error.message().startsWith(error.key()) ? "" : error.key() + ": ") + error.message()));
            changes.add(new Change(broker, file.text(), after,
                    file.document().get(key).equals(Optional.of(value))));
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException(key + "=" + value + " is not written to any broker's file: "
                    + String.join("; ", problems));
        }
        return new Plan(key, value, changes);
    }
}
