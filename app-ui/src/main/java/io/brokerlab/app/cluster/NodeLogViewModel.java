package io.brokerlab.app.cluster;

import io.brokerlab.launcher.cluster.LocalCluster;
import io.brokerlab.launcher.config.NodeId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import io.brokerlab.app.ui.Failures;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.binding.StringExpression;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The end of one node's log: read with {@link LocalCluster#logTail} on a background thread, shown filtered by a
 * search text. {@link #poll} may be called from a timer; overlapping reads are skipped. With Follow off the lines
 * shown stay as they are, so the text does not move under the reader nor the selection get lost; Follow on again
 * brings them up to date.
 */
public final class NodeLogViewModel {

    public static final int LINES = 1000;

    private final Executor background;
    private final Executor fx;
    private final ObjectProperty<NodeId> node = new SimpleObjectProperty<>();
    private final StringProperty search = new SimpleStringProperty("");
    private final BooleanProperty follow = new SimpleBooleanProperty(true);
    private final BooleanProperty behind = new SimpleBooleanProperty();
    private final ObservableList<LogLine> lines = FXCollections.observableArrayList();
    private final FilteredList<LogLine> visible = new FilteredList<>(lines);
    private final StringProperty readError = new SimpleStringProperty("");
    private final StringBinding placeholder = Bindings.createStringBinding(this::placeholder, node, readError, search,
            lines);
    private final AtomicBoolean reading = new AtomicBoolean();
    /** The tail the shown lines were made from, to tell whether a reading brings anything new. */
    private List<String> shown = List.of();
    private LocalCluster cluster;

    public NodeLogViewModel(Executor background, Executor fx) {
        this.background = background;
        this.fx = fx;
        search.addListener((obs, old, text) -> {
            String needle = text == null ? "" : text.toLowerCase(Locale.ROOT).trim();
            visible.setPredicate(needle.isEmpty() ? null
                    : line -> line.text().toLowerCase(Locale.ROOT).contains(needle));
        });
        node.addListener((obs, old, now) -> {
            clear();
            poll();
        });
        follow.addListener((obs, old, on) -> {
            if (on) {
                poll();
            }
        });
    }

    public void attach(LocalCluster cluster) {
        this.cluster = cluster;
        clear();
        node.set(null);
    }

    private void clear() {
        readError.set("");
        lines.clear();
        shown = List.of();
        behind.set(false);
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
                fx.execute(() -> show(id, tail));
            } catch (RuntimeException e) {
                // a log the launcher cannot read (permissions, a disk gone): say so, or it looks like an empty log
                String why = "Cannot read the log of " + id.name() + ": " + Failures.message(e);
                fx.execute(() -> {
                    if (id.equals(node.get())) {
                        readError.set(why);
                    }
                });
            } finally {
                reading.set(false);
            }
        });
    }

    private void show(NodeId id, List<String> tail) {
        if (!id.equals(node.get())) {
            return;
        }
        readError.set("");
        if (tail.equals(shown)) {
            return;
        }
        // the first reading of a node is shown even with Follow off: there is nothing yet to keep still
        if (follow.get() || shown.isEmpty()) {
            shown = tail;
            lines.setAll(LogLine.of(tail));
            behind.set(false);
        } else {
            behind.set(true);
        }
    }

    /** Why no line shows: no node chosen, no log yet, the log unreadable, or no line matching the search. */
    private String placeholder() {
        if (node.get() == null) {
            return "Select a node to see its log";
        }
        if (!readError.get().isEmpty()) {
            return readError.get();
        }
        if (lines.isEmpty()) {
            return "No log yet — start the node";
        }
        return "No line contains \u201c" + search.get().trim() + "\u201d";
    }

    /** The lines as text, one a line, for the clipboard. */
    public static String textOf(List<LogLine> selected) {
        return selected.stream().map(LogLine::text).collect(Collectors.joining("\n"));
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

    /** True while Follow is off and the log has newer lines than those shown. */
    public ReadOnlyBooleanProperty behindProperty() {
        return behind;
    }

    /** Why the last reading of the log failed; empty once it is read again. */
    public ReadOnlyStringProperty readErrorProperty() {
        return readError;
    }

    /** What the log pane says while it shows no line. */
    public StringExpression placeholderProperty() {
        return placeholder;
    }

    /** The lines matching the search. */
    public ObservableList<LogLine> visibleLines() {
        return visible;
    }
}
