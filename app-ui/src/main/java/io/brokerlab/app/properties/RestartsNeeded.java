package io.brokerlab.app.properties;

import io.brokerlab.app.NodeEvent;
import io.brokerlab.launcher.cluster.NodeState;
import io.brokerlab.launcher.config.NodeId;
import io.brokerlab.launcher.workspace.Workspace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/**
 * The running nodes of the workspace shown that need a restart to run with their files, told from the files' last
 * write and the nodes' launch (see {@link RestartNeed}) rather than remembered: so it holds whoever wrote a file or
 * restarted a node (this app, the CLI, an editor, the app on another workspace meanwhile) and outlives the app.
 * Which keys differ is known where the launcher kept a copy of the file as the node was launched. FX thread,
 * except where said.
 */
final class RestartsNeeded {

    /** A check's result, numbered as it began: one that began earlier and ends later must not undo a newer one. */
    record Checked(long sequence, RestartNeed need) {
    }

    private final Executor background;
    private final Executor fx;
    private final Launches launches;
    private final AtomicLong sequence = new AtomicLong();
    private final ObservableMap<NodeId, RestartNeed> needs = FXCollections.observableHashMap();
    private final ObservableMap<NodeId, RestartNeed> needsShown = FXCollections.unmodifiableObservableMap(needs);
    private final ObservableMap<NodeId, String> cardTexts = FXCollections.observableHashMap();
    private final ObservableMap<NodeId, String> cardTextsShown = FXCollections.unmodifiableObservableMap(cardTexts);
    private final Map<NodeId, Long> shownSequence = new HashMap<>();
    private Workspace shown;

    RestartsNeeded(Executor background, Executor fx, Launches launches) {
        this.background = background;
        this.fx = fx;
        this.launches = launches;
    }

    /** Another workspace is shown, or none (null: an external cluster, whose files are not here). */
    void show(Workspace workspace) {
        shown = workspace;
        needs.clear();
        cardTexts.clear();
        shownSequence.clear();
        checkAll();
    }

    /** Checks every node of the workspace shown again, in the background. */
    void checkAll() {
        if (shown != null) {
            shown.definition().nodes().forEach(this::check);
        }
    }

    /** Checks {@code node} of the workspace shown again, in the background; completes on the FX thread. */
    CompletableFuture<RestartNeed> check(NodeId node) {
        Workspace workspace = shown;
        if (workspace == null) {
            return CompletableFuture.completedFuture(RestartNeed.NOT_RUNNING);
        }
        return CompletableFuture.supplyAsync(() -> checkNow(workspace, node), background)
                .thenApplyAsync(checked -> {
                    publish(workspace, node, checked);
                    return checked.need();
                }, fx);
    }

    /**
     * A node that stops runs with nothing, and one that starts reads its file: neither is behind. Said at once,
     * then checked.
     */
    void nodeEvents(List<NodeEvent> events) {
        for (NodeEvent event : events) {
            NodeId node = event.current().id();
            NodeState state = event.current().state();
            if (state == NodeState.STARTING || !state.isAlive()) {
                publish(shown, node, new Checked(sequence.incrementAndGet(), RestartNeed.NOT_RUNNING));
            }
            check(node);
        }
    }

    /** Background thread: whether {@code node} runs with its file as it is now. */
    Checked checkNow(Workspace workspace, NodeId node) {
        long number = sequence.incrementAndGet();
        Optional<Launches.Launch> launch = launches.current(workspace, node);
        if (launch.isEmpty()) {
            return new Checked(number, RestartNeed.NOT_RUNNING);
        }
        Instant launched = launch.get().at();
        Instant written = lastWritten(workspace.propertiesFile(node));
        if (!written.isAfter(launched)) {
            return new Checked(number, RestartNeed.upToDate(launched));
        }
        Properties startedWith = launch.get().settings();
        Properties now = startedWith == null ? null : values(workspace, node);
        if (now == null) {
            return new Checked(number, RestartNeed.behind(List.of(), written, launched));
        }
        List<String> keys = differing(startedWith, now);
        // a comment or blank line more: written since, but with the values the node runs with
        return new Checked(number, keys.isEmpty() ? RestartNeed.upToDate(launched)
                : RestartNeed.behind(keys, written, launched));
    }

    /** Shows what a check of {@code node} in {@code workspace} found, unless a newer check or workspace is shown. */
    void publish(Workspace workspace, NodeId node, Checked checked) {
        if (workspace == null || workspace != shown || checked.sequence() < shownSequence.getOrDefault(node, 0L)) {
            return;
        }
        shownSequence.put(node, checked.sequence());
        RestartNeed need = checked.need();
        if (need.behind()) {
            needs.put(node, need);
            cardTexts.put(node, need.cardText(node, workspace.propertiesFile(node).getFileName().toString()));
        } else {
            needs.remove(node);
            cardTexts.remove(node);
        }
    }

    /** The nodes of the workspace shown that need a restart. */
    ObservableMap<NodeId, RestartNeed> needs() {
        return needsShown;
    }

    /** See {@link PropertiesViewModel#restartsAwaited}. */
    ObservableMap<NodeId, String> cardTexts() {
        return cardTextsShown;
    }

    private static Instant lastWritten(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the time of " + file, e);
        }
    }

    /** The file's values, or null while it does not parse. */
    private static Properties values(Workspace workspace, NodeId node) {
        Parsed file = Parsed.read(workspace, node);
        return file.document() == null ? null : file.document().toProperties();
    }

    /** The keys set, taken out or changed between {@code before} and {@code after}, in order. */
    private static List<String> differing(Properties before, Properties after) {
        TreeSet<String> all = new TreeSet<>(before.stringPropertyNames());
        all.addAll(after.stringPropertyNames());
        return all.stream().filter(key -> !Objects.equals(before.getProperty(key), after.getProperty(key))).toList();
    }
}
