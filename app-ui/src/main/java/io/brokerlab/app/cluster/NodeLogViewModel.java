package io.brokerlab.app.cluster;

import io.brokerlab.launcher.cluster.LocalCluster;
import io.brokerlab.launcher.config.NodeId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The end of one node's log: read with {@link LocalCluster#logTail} on a background thread, shown filtered by a
 * search text. {@link #poll} may be called from a timer; overlapping reads are skipped.
 */
public final class NodeLogViewModel {

    public static final int LINES = 1000;

    public enum Level { ERROR, WARN, INFO, DEBUG, OTHER }

    private final Executor background;
    private final Executor fx;
    private final ObjectProperty<NodeId> node = new SimpleObjectProperty<>();
    private final StringProperty search = new SimpleStringProperty("");
    private final BooleanProperty follow = new SimpleBooleanProperty(true);
    private final ObservableList<String> lines = FXCollections.observableArrayList();
    private final FilteredList<String> visible = new FilteredList<>(lines);
    private final AtomicBoolean reading = new AtomicBoolean();
    private LocalCluster cluster;

    public NodeLogViewModel(Executor background, Executor fx) {
        this.background = background;
        this.fx = fx;
        search.addListener((obs, old, text) -> {
            String needle = text == null ? "" : text.toLowerCase(Locale.ROOT).trim();
            visible.setPredicate(needle.isEmpty() ? null : line -> line.toLowerCase(Locale.ROOT).contains(needle));
        });
        node.addListener((obs, old, now) -> {
            lines.clear();
            poll();
        });
    }

    public void attach(LocalCluster cluster) {
        this.cluster = cluster;
        lines.clear();
        node.set(null);
    }

    /** Re-reads the log of the selected node in the background. FX thread. */
    public void poll() {
        LocalCluster c = cluster;
        NodeId id = node.get();
        if (c == null || id == null || !reading.compareAndSet(false, true)) {
            return;
        }
        background.execute(() -> {
            try {
                List<String> tail = c.logTail(id, LINES);
                fx.execute(() -> {
                    if (id.equals(node.get()) && !tail.equals(lines)) {
                        lines.setAll(tail);
                    }
                });
            } catch (RuntimeException e) {
                // a log that is not there yet (node never started) simply shows nothing
            } finally {
                reading.set(false);
            }
        });
    }

    public static Level levelOf(String line) {
        if (line.contains(" ERROR ") || line.contains("[ERROR]") || line.startsWith("ERROR")) {
            return Level.ERROR;
        }
        if (line.contains(" WARN ") || line.contains("[WARN]") || line.startsWith("WARN")) {
            return Level.WARN;
        }
        if (line.contains(" INFO ") || line.contains("[INFO]") || line.startsWith("INFO")) {
            return Level.INFO;
        }
        if (line.contains(" DEBUG ") || line.contains(" TRACE ")) {
            return Level.DEBUG;
        }
        return Level.OTHER;
    }

    public ObjectProperty<NodeId> nodeProperty() {
        return node;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public BooleanProperty followProperty() {
        return follow;
    }

    /** The lines matching the search. */
    public ObservableList<String> visibleLines() {
        return visible;
    }
}
