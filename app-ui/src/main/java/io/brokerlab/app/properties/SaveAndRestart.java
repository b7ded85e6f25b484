package io.brokerlab.app.properties;

import io.brokerlab.app.NodeEvent;
import io.brokerlab.launcher.config.ConfigProblem;
import io.brokerlab.launcher.config.NodeId;
import io.brokerlab.launcher.config.NodeKind;
import io.brokerlab.launcher.config.PropertiesDocument;
import io.brokerlab.launcher.workspace.Workspace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.ObservableMap;

/**
 * Writes a node's file and restarts the nodes that then run with older settings, keeping track of which those
 * are. FX thread, except where said.
 */
final class SaveAndRestart {

    /**
     * A file written: the text now on disk, the nodes that run with the old settings and need a restart, and what
     * to tell about it.
     */
    record Saved(String diskText, List<NodeId> restart, String message) {
    }

    private static final String CHECKING = "Checking the last edit; it is saved once it is found valid…";

    private final Executor background;
    private final Executor fx;
    private final PropertiesViewModel.LiveNodes live;
    private final Validation validation;
    private final StringProperty message;
    private final BooleanProperty saving = new SimpleBooleanProperty();
    private final BooleanProperty restarting = new SimpleBooleanProperty();
    private final RestartsNeeded restarts;
    /**
     * What the message says since Ctrl+S could not save or a save or restart ended, till the next edit makes it old
     * news: under a new validation error, "Saved …" would tell of a file that is no longer the one shown.
     */
    private String outcome;
    /** Ctrl+S that waits for the last edit's check, till it is in; null while none waits. */
    private CompletableFuture<Boolean> waiting;
    private ChangeListener<Boolean> checked;

    /** @param message where a refused Ctrl+S and a restart say how it goes */
    SaveAndRestart(Executor background, Executor fx, PropertiesViewModel.LiveNodes live, RestartsNeeded restarts,
                   Validation validation, StringProperty message) {
        this.background = background;
        this.restarts = restarts;
        this.fx = fx;
        this.live = live;
        this.validation = validation;
        this.message = message;
    }

    /** See {@link RestartsNeeded#show}. */
    void show(Workspace workspace) {
        restarts.show(workspace);
    }

    /** See {@link PropertiesViewModel#readyToSave}; {@code open} is whether a file is open. */
    boolean readyToSave(boolean open, boolean dirty) {
        String why;
        if (!open) {
            why = "Nothing to save: no file is open";
        } else if (saving.get()) {
            why = "Not saved again: the file is still being saved";
        } else if (!dirty) {
            why = "Nothing to save: the file has no unsaved changes";
        } else if (validation.hasErrors()) {
            List<ConfigProblem> errors = validation.errors();
            ConfigProblem first = errors.get(0);
            why = "Not saved: " + errors.size() + (errors.size() == 1 ? " error" : " errors") + " to fix first ("
                    + (first.key() == null ? "" : first.key() + ": ") + first.message() + ")";
        } else {
            return true;
        }
        tell(why);
        return false;
    }

    /**
     * See {@link PropertiesViewModel#readyToSaveOnceChecked}; {@code ready} is {@link #readyToSave} for the file
     * open then.
     */
    CompletableFuture<Boolean> readyOnceChecked(BooleanSupplier ready) {
        if (waiting != null) {
            return CompletableFuture.completedFuture(false); // the Ctrl+S that waits already saves
        }
        if (!validation.validating().get()) {
            return CompletableFuture.completedFuture(ready.getAsBoolean());
        }
        CompletableFuture<Boolean> result = new CompletableFuture<>();
        waiting = result;
        message.set(CHECKING);
        checked = (obs, was, now) -> {
            if (!now) {
                stopWaiting();
                result.complete(ready.getAsBoolean());
            }
        };
        validation.validating().addListener(checked);
        return result;
    }

    /** The file the Ctrl+S waited to save is replaced (another node, Revert): nothing is saved. */
    void cancelWaiting() {
        CompletableFuture<Boolean> was = waiting;
        if (was == null) {
            return;
        }
        stopWaiting();
        if (CHECKING.equals(message.get())) {
            message.set("");
        }
        was.complete(false);
    }

    private void stopWaiting() {
        validation.validating().removeListener(checked);
        checked = null;
        waiting = null;
    }

    /** An edit was made: a refused Ctrl+S, a save or a restart that the message still tells of is old news. */
    void edited() {
        if (outcome != null && outcome.equals(message.get())) {
            message.set("");
        }
        outcome = null;
    }

    /** Says how a Ctrl+S, save or restart ended, until the next edit. */
    void tell(String text) {
        message.set(text);
        outcome = text;
    }

    /**
     * Writes {@code doc} as the file of {@code id} on a background thread, after validating exactly what is
     * written, unless the file on disk is no longer {@code diskText}. {@code savedText} is the file as last loaded
     * or saved. Completes on the FX thread; fails at once while the problems shown have an error.
     */
    CompletableFuture<Saved> save(Workspace ws, NodeId id, PropertiesDocument doc, String savedText, String diskText) {
        if (validation.hasErrors()) {
            return CompletableFuture.failedFuture(new IllegalStateException("fix the errors before saving: "
                    + validation.errors().get(0).message()));
        }
        PropertiesDocument before = Objects.requireNonNullElseGet(Parsed.of(savedText).document(),
                PropertiesDocument::empty);
        String portNote = clientPortNote(id, before, doc);
        saving.set(true);
        return CompletableFuture.supplyAsync(() -> {
            // errors only: what the broker count adds are warnings
            Validation.check(id.kind(), doc.toProperties(), 0).stream().filter(ConfigProblem::isError).findFirst()
                    .ifPresent(error -> {
                        throw new IllegalStateException("fix the errors before saving: "
                                + (error.key() == null ? "" : error.key() + ": ") + error.message());
                    });
            Path file = ws.propertiesFile(id);
            // what another editor or the CLI wrote since the form read the file is not overwritten unseen
            if (!Parsed.read(ws, id).text().equals(diskText)) {
                throw new FileChangedOnDiskException(id, file);
            }
            // before the write hides it: the file as the node read it, if it has not changed since, to tell which
            // values the node does not run with
            restarts.checkNow(ws, id);
            doc.write(file);
            return new Written(PropertiesDocument.read(file).text(), restarts.checkNow(ws, id));
        }, background).handleAsync((written, error) -> {
            saving.set(false);
            if (error != null) {
                throw error instanceof CompletionException wrapped ? wrapped : new CompletionException(error);
            }
            restarts.publish(ws, id, written.checked());
            RestartNeed need = written.checked().need();
            // the restart offer says what a restart applies; this says only what became of the file
            String effect = need.running() && !need.behind()
                    ? "; " + id + " already runs with these values, so it needs no restart" : "";
            return new Saved(written.text(), need.behind() ? List.of(id) : List.of(),
                    "Saved " + ws.propertiesFile(id).getFileName() + effect + portNote);
        }, fx);
    }

    private record Written(String text, RestartsNeeded.Checked checked) {
    }

    /** See {@link PropertiesViewModel#nodeEvents}. */
    void nodeEvents(List<NodeEvent> events) {
        restarts.nodeEvents(events);
    }

    /** See {@link PropertiesViewModel#checkRestarts}. */
    void checkRestarts() {
        restarts.checkAll();
    }

    /** The nodes of the workspace shown that need a restart. */
    ObservableMap<NodeId, RestartNeed> restartsNeeded() {
        return restarts.needs();
    }

    /** See {@link PropertiesViewModel#restartsAwaited}. */
    ObservableMap<NodeId, String> restartsAwaited() {
        return restarts.cardTexts();
    }

    /** Brokers find ZooKeeper through their own zookeeper.connect, which a new clientPort leaves as it was. */
    private static String clientPortNote(NodeId id, PropertiesDocument before, PropertiesDocument after) {
        if (id.kind() != NodeKind.ZOOKEEPER) {
            return "";
        }
        String was = before.get("clientPort").map(String::strip).orElse("");
        String now = after.get("clientPort").map(String::strip).orElse("");
        if (was.equals(now)) {
            return "";
        }
        return ". The brokers' zookeeper.connect still names " + (was.isEmpty() ? "the old port" : "port " + was)
                + ": change it to " + (now.isEmpty() ? "the new port" : now) + " in every broker's file too";
    }

    /** See {@link PropertiesViewModel#restartWarning}. */
    String restartWarning(Workspace workspace, List<NodeId> restart) {
        if (workspace == null) {
            return "";
        }
        List<String> warnings = new ArrayList<>();
        if (workspace.definition().zookeepers() == 1 && restart.stream().anyMatch(n -> n.kind() == NodeKind.ZOOKEEPER)) {
            NodeId zookeeper = workspace.definition().zookeeperIds().get(0);
            warnings.add(zookeeper + " is the cluster's only ZooKeeper: while it restarts every broker loses its"
                    + " ZooKeeper connection, so no leader election, ISR change or topic change can happen until it is"
                    + " back.");
        }
        List<NodeId> brokers = restart.stream().filter(n -> n.kind() == NodeKind.BROKER && live.isAlive(n)).toList();
        List<NodeId> down = workspace.definition().brokerIds().stream()
                .filter(b -> !restart.contains(b) && !live.isAlive(b)).toList();
        if (!brokers.isEmpty() && !down.isEmpty()) {
            String restarting = brokers.stream().map(NodeId::name).collect(Collectors.joining(", "));
            warnings.add(down.stream().map(NodeId::name).collect(Collectors.joining(", "))
                    + (down.size() == 1 ? " is" : " are") + " down already: while " + restarting
                    + " restarts, a partition whose replicas are all on those brokers has no copy to lead it, and"
                    + " one left with fewer in-sync replicas than its min.insync.replicas refuses acks=all writes until "
                    + restarting + " is back. Start the stopped brokers first to keep every partition writable.");
        }
        return String.join("\n\n", warnings);
    }

    /**
     * See {@link PropertiesViewModel#restart}. More than one node restart one at a time, each once the one before is
     * back (a rolling restart: the other brokers keep serving), and the first that fails stops the rest.
     */
    CompletableFuture<Void> restart(List<NodeId> nodes, Function<NodeId, CompletableFuture<?>> restart) {
        List<NodeId> done = new ArrayList<>();
        CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
        for (NodeId node : nodes) {
            chain = chain.thenComposeAsync(previous -> {
                message.set(restarting(nodes, done, node));
                return restart.apply(node);
            }, fx).thenAcceptAsync(status -> done.add(node), fx);
        }
        restarting.set(true);
        return chain.handleAsync((finished, error) -> {
            restarting.set(false);
            if (error != null) {
                tell(failed(nodes, done, RootCause.message(error)));
                throw error instanceof CompletionException wrapped ? wrapped : new CompletionException(error);
            }
            tell(nodes.size() == 1 ? nodes.get(0) + " restarted with the saved settings"
                    : "Rolling restart done: " + ApplyToAllBrokers.names(nodes) + " restarted one at a time and run"
                    + " with the saved settings");
            return null;
        }, fx);
    }

    private static String restarting(List<NodeId> nodes, List<NodeId> done, NodeId node) {
        if (nodes.size() == 1) {
            return "Restarting " + node + "…";
        }
        return "Rolling restart, " + (done.size() + 1) + " of " + nodes.size() + ": restarting " + node
                + (done.isEmpty() ? "" : " (" + ApplyToAllBrokers.names(done) + (done.size() == 1 ? " is" : " are")
                + " back)") + "…";
    }

    private static String failed(List<NodeId> nodes, List<NodeId> done, String cause) {
        NodeId node = nodes.get(done.size());
        if (nodes.size() == 1) {
            return "The restart of " + node + " failed: " + cause;
        }
        List<NodeId> left = nodes.subList(done.size() + 1, nodes.size());
        return "Rolling restart stopped at " + node + ": " + cause + "."
                + (done.isEmpty() ? "" : " Restarted: " + ApplyToAllBrokers.names(done) + ".")
                + (left.isEmpty() ? "" : " Not restarted, so that no second broker is down: "
                + ApplyToAllBrokers.names(left) + ".");
    }

    /** True from Save until the file is written or the save failed. */
    BooleanProperty saving() {
        return saving;
    }

    BooleanProperty restarting() {
        return restarting;
    }
}
