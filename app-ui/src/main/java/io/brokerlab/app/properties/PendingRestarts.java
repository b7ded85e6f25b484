package io.brokerlab.app.properties;

import io.brokerlab.app.NodeEvent;
import io.brokerlab.launcher.cluster.NodeState;
import io.brokerlab.launcher.config.NodeId;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.TreeSet;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/**
 * The running nodes that a saved file has left behind (its restart offer answered "Later"): the values each started
 * with, and which saved keys it does not run with yet. A node that starts again reads its file, and one that stops
 * runs with nothing; either way it is no longer behind. FX thread.
 */
final class PendingRestarts {

    /**
     * What each node left behind started with: a later save that changes nothing in the file (a comment) must still
     * offer the restart that an earlier "Later" put off.
     */
    private final Map<NodeId, Properties> runsWith = new HashMap<>();
    private final ObservableMap<NodeId, List<String>> keys = FXCollections.observableHashMap();
    private final ObservableMap<NodeId, List<String>> shown = FXCollections.unmodifiableObservableMap(keys);
    /** Workspaces shown before, by folder, with what their nodes were left behind by. */
    private final Map<Path, Left> left = new HashMap<>();
    private Path shownDir;

    private record Left(Map<NodeId, Properties> runsWith, Map<NodeId, List<String>> keys) {
    }

    /** The values {@code id} runs with: those it started with if a save left it behind, else {@code loaded}. */
    Properties runningValues(NodeId id, Properties loaded) {
        return runsWith.getOrDefault(id, loaded);
    }

    /**
     * {@code id}'s file now holds {@code saved}, and the node runs with {@code running} (see {@link #runningValues})
     * if it is {@code alive}. Returns whether it needs a restart to run with what was saved.
     */
    boolean saved(NodeId id, Properties running, Properties saved, boolean alive) {
        List<String> differ = differing(running, saved);
        if (alive && !differ.isEmpty()) {
            runsWith.put(id, running);
            keys.put(id, differ);
            return true;
        }
        forget(id);
        return false;
    }

    /** See {@link PropertiesViewModel#nodeEvents}. */
    void nodeEvents(List<NodeEvent> events) {
        for (NodeEvent event : events) {
            NodeState state = event.current().state();
            if (state == NodeState.STARTING || !state.isAlive()) {
                forget(event.current().id());
            }
        }
    }

    /**
     * Another workspace is shown ({@code dir}), or none (null: an external cluster). The one left keeps its nodes'
     * put-off restarts for its return: a look at another cluster restarts none of them.
     */
    void show(Path dir) {
        if (shownDir != null && !runsWith.isEmpty()) {
            left.put(shownDir, new Left(new HashMap<>(runsWith), new HashMap<>(keys)));
        }
        runsWith.clear();
        keys.clear();
        shownDir = dir;
        Left back = dir == null ? null : left.remove(dir);
        if (back != null) {
            runsWith.putAll(back.runsWith());
            keys.putAll(back.keys());
        }
    }

    private void forget(NodeId id) {
        runsWith.remove(id);
        keys.remove(id);
    }

    /** See {@link PropertiesViewModel#restartsAwaited}. */
    ObservableMap<NodeId, List<String>> keys() {
        return shown;
    }

    /** The keys set, taken out or changed between {@code before} and {@code after}, in order. */
    private static List<String> differing(Properties before, Properties after) {
        TreeSet<String> all = new TreeSet<>(before.stringPropertyNames());
        all.addAll(after.stringPropertyNames());
        return all.stream().filter(key -> !Objects.equals(before.getProperty(key), after.getProperty(key))).toList();
    }
}
