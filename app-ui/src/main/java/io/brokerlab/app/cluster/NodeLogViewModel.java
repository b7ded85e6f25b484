package io.brokerlab.app.cluster;

import io.brokerlab.launcher.cluster.LocalCluster;
import io.brokerlab.launcher.config.NodeId;
import java.util.ArrayList;
import java.util.List;
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
 * search text, with how many lines it finds and, for the view to mark, where in each line; another node's log opens
 * unfiltered. {@link #poll} may be called from a timer; overlapping reads are skipped. With Follow off the lines
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
    /** Long lines wrapped to the pane; kept from node to node, and for as long as the app runs. */
    private final BooleanProperty wrap = new SimpleBooleanProperty();
    /** Only WARN and ERROR entries (with their stack traces): a broker's log is mostly INFO. */
    private final BooleanProperty problemsOnly = new SimpleBooleanProperty();
    private final ObservableList<LogLine> lines = FXCollections.observableArrayList();
    private final FilteredList<LogLine> visible = new FilteredList<>(lines);
    private final StringProperty readError = new SimpleStringProperty("");
    private final StringBinding placeholder = Bindings.createStringBinding(this::placeholder, node, readError, search,
            problemsOnly, lines);
    private final StringBinding matches = Bindings.createStringBinding(this::matches, search, problemsOnly, lines,
            visible);
    private final AtomicBoolean reading = new AtomicBoolean();
    /** The tail the shown lines were made from, to tell whether a reading brings anything new. */
    private List<String> shown = List.of();
    private LocalCluster cluster;

    public NodeLogViewModel(Executor background, Executor fx) {
        this.background = background;
        this.fx = fx;
        search.addListener(o -> filter());
        problemsOnly.addListener(o -> filter());
        node.addListener((obs, old, now) -> {
            // a search kept from the node before would hide most of this one's log, unnoticed: after a kill, the
            // lines that say what happened
            search.set("");
            clear();
            poll();
        });
        follow.addListener((obs, old, on) -> {
            if (on) {
                poll();
            }
        });
    }

    private void filter() {
        String needle = needle();
        boolean problems = problemsOnly.get();
        visible.setPredicate(needle.isEmpty() && !problems ? null
                : line -> (!problems || line.level() == LogLine.Level.ERROR || line.level() == LogLine.Level.WARN
                        // what Brokerlab did to the node: the warnings that follow a kill read in its light
                        || line.level() == LogLine.Level.MARK)
                        && (needle.isEmpty() || indexOf(line.text(), needle, 0) >= 0));
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
                fx.execute(() -> show(c, id, tail));
            } catch (RuntimeException e) {
                // a log the launcher cannot read (permissions, a disk gone): say so, or it looks like an empty log
                String why = "Cannot read the log of " + id.name() + ": " + Failures.message(e);
                fx.execute(() -> {
                    if (c == cluster && id.equals(node.get())) {
                        readError.set(why);
                    }
                });
            } finally {
                reading.set(false);
            }
        });
    }

    private void show(LocalCluster from, NodeId id, List<String> tail) {
        // a reading of the workspace shown before, whose node had the same name, is not this node's log
        if (from != cluster || !id.equals(node.get())) {
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
        if (needle().isEmpty()) {
            return "No warning or error in the last " + String.format("%,d", lines.size()) + " lines";
        }
        // the log's end only: an older line that has the text is not looked at, and the user must not think it absent
        return "No " + (problemsOnly.get() ? "warning or error" : "line") + " contains \u201c" + needle() + "\u201d"
                + " in the last " + String.format("%,d", lines.size()) + " lines";
    }

    /** How many of the lines the search shows, for beside the search field; empty with no search or no log. */
    private String matches() {
        if (needle().isEmpty() && !problemsOnly.get() || lines.isEmpty()) {
            return "";
        }
        return String.format("%,d of %,d lines", visible.size(), lines.size());
    }

    /** The search text as it is looked for: without the spaces around it; case does not matter. */
    public String needle() {
        return search.get() == null ? "" : search.get().trim();
    }

    /** A part of a line, {@code match} when it is the search text (in the line's own case), to be highlighted. */
    public record Piece(String text, boolean match) {
    }

    /** {@code text} cut around every occurrence of {@code needle}, ignoring case; the whole text if none. */
    public static List<Piece> pieces(String text, String needle) {
        List<Piece> pieces = new ArrayList<>();
        int from = 0;
        int at;
        while (!needle.isEmpty() && (at = indexOf(text, needle, from)) >= 0) {
            if (at > from) {
                pieces.add(new Piece(text.substring(from, at), false));
            }
            pieces.add(new Piece(text.substring(at, at + needle.length()), true));
            from = at + needle.length();
        }
        if (from < text.length()) {
            pieces.add(new Piece(text.substring(from), false));
        }
        return pieces;
    }

    /**
     * Where {@code needle} occurs in {@code text} at or after {@code from}, ignoring case; -1 if nowhere. Compared in
     * place rather than on lower-cased copies, whose lengths can differ from the line's and so misplace a highlight.
     */
    static int indexOf(String text, String needle, int from) {
        for (int i = from; i + needle.length() <= text.length(); i++) {
            if (text.regionMatches(true, i, needle, 0, needle.length())) {
                return i;
            }
        }
        return -1;
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

    public BooleanProperty problemsOnlyProperty() {
        return problemsOnly;
    }

    public BooleanProperty followProperty() {
        return follow;
    }

    /** Whether the pane wraps long lines (an ERROR line's cause is often at its end). */
    public BooleanProperty wrapProperty() {
        return wrap;
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

    /** "N matches" while a search finds lines (or none), empty otherwise. */
    public StringExpression matchesProperty() {
        return matches;
    }

    /** The lines matching the search. */
    public ObservableList<LogLine> visibleLines() {
        return visible;
    }
}
