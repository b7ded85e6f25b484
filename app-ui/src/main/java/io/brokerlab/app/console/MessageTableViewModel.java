package io.brokerlab.app.console;

import io.brokerlab.app.ui.NewestItems;
import io.brokerlab.launcher.messaging.TailedMessage;
import io.brokerlab.launcher.messaging.ValueFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The tailed messages as the table and its detail pane show them: the newest {@link #MAX_ROWS}, filtered, held while
 * paused, in the chosen format, with the line that counts them, and the message picked to read. FX thread.
 */
public final class MessageTableViewModel {

    public static final int MAX_ROWS = 5_000;

    private final NewestItems<TailedMessage> messages = new NewestItems<>(MAX_ROWS);
    private final FilteredList<TailedMessage> visible = new FilteredList<>(messages);
    private final StringProperty filter = new SimpleStringProperty("");
    private final ObjectProperty<ValueFormat> format = new SimpleObjectProperty<>(ValueFormat.TEXT);
    private final BooleanProperty paused = new SimpleBooleanProperty();
    private final BooleanProperty following = new SimpleBooleanProperty(true);
    private final LongProperty received = new SimpleLongProperty();
    private final ObjectProperty<TailedMessage> selected = new SimpleObjectProperty<>();
    /** The picked message's row in {@link #visibleMessages()}; -1 when none is picked or it left the table. */
    private final IntegerProperty selectedRow = new SimpleIntegerProperty(-1);
    private final StringProperty selectionNote = new SimpleStringProperty("");
    private final List<TailedMessage> heldWhilePaused = new ArrayList<>();
    private final ObservableStringValue tailStatus;
    /** Re-worded at most once per pulse: the rows change once per coalesced batch. */
    private final StringBinding tailSummary;
    /** True while a batch goes into the table: a selection change then is the table's, not the user's. */
    private boolean appending;

    /** @param tailStatus what the tail says of itself, which ends the {@link #tailSummaryProperty() tail line} */
    MessageTableViewModel(ObservableStringValue tailStatus) {
        this.tailStatus = tailStatus;
        this.tailSummary = Bindings.createStringBinding(this::summarize, received, tailStatus, messages, visible,
                visible.predicateProperty(), paused);
        filter.addListener((o, a, text) -> {
            String needle = text == null ? "" : text.toLowerCase(Locale.ROOT).trim();
            visible.setPredicate(needle.isEmpty() ? null : m -> contains(m.key(), needle) || contains(m.value(), needle)
                    || inHeaders(m, needle));
            if (selectedRow.get() >= 0) {
                int row = rowOf(selected.get());
                if (row < 0) {
                    // hidden by the filter: let go, as the table lets go of a selected row it no longer shows
                    selected.set(null);
                }
                selectedRow.set(row);
            }
        });
        paused.addListener((o, was, now) -> {
            if (!now && !heldWhilePaused.isEmpty()) {
                List<TailedMessage> held = new ArrayList<>(heldWhilePaused);
                heldWhilePaused.clear();
                show(held);
            }
        });
    }

    private static boolean contains(String text, String needle) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(needle);
    }

    /** A header as it was typed when sent, "trace-id=42": its key, its value or both found. */
    private static boolean inHeaders(TailedMessage message, String needle) {
        return message.rawHeaders().length > 0 && message.headers().entrySet().stream()
                .anyMatch(header -> contains(header.getKey() + "=" + header.getValue(), needle));
    }

    /** No rows, none held, none counted: another connection's messages are not this one's. */
    void clear() {
        messages.clear();
        heldWhilePaused.clear();
        received.set(0);
        forgetSelection();
    }

    /**
     * Empty for a new tail, not paused and following: a Pause left on from the last one would hold all its messages
     * unseen, and Follow left off by a picked row would leave them arriving below the table's edge.
     */
    void startOver() {
        messages.clear();
        heldWhilePaused.clear();
        paused.set(false);
        following.set(true);
        received.set(0);
        forgetSelection();
    }

    /**
     * As the rows are emptied: the table lets go of a picked row itself, but a picked message that had already left
     * the table has no row to let go of.
     */
    private void forgetSelection() {
        selected.set(null);
        selectionNote.set("");
        selectedRow.set(-1);
    }

    /** A batch of the shown tail: into the table, or held while paused; {@code dropped} older ones only counted. */
    void add(List<TailedMessage> batch, int dropped) {
        if (paused.get()) {
            heldWhilePaused.addAll(batch);
            if (heldWhilePaused.size() > MAX_ROWS) {
                heldWhilePaused.subList(0, heldWhilePaused.size() - MAX_ROWS).clear();
            }
        } else {
            show(batch);
        }
        // last: the summary is worded as the count changes, and compares it with the rows held and shown
        received.set(received.get() + batch.size() + dropped);
    }

    private void show(List<TailedMessage> batch) {
        appending = true;
        try {
            messages.append(batch);
        } finally {
            appending = false;
        }
        if (selectedRow.get() >= 0) {
            // the filter is the same as before the batch, so a picked row missing now was let go with the oldest
            int row = rowOf(selected.get());
            if (row < 0) {
                selectionNote.set(String.format(Locale.ROOT,
                        "No longer in the table: the tail keeps only the newest %,d messages.", MAX_ROWS));
            }
            selectedRow.set(row);
        }
    }

    /** A scan of at most {@link #MAX_ROWS} references, once per batch while a row is picked. */
    private int rowOf(TailedMessage message) {
        for (int i = 0; i < visible.size(); i++) {
            if (visible.get(i) == message) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The user picking a row (null: none) from the table. It turns Follow off, else the row would scroll away under
     * the next batch. The table also reports the moves it makes itself, and those are ignored: it keeps a selection by
     * row index, so as a batch lets the oldest rows go it lands on another message; and it reports clearing or
     * selecting as it follows {@link #selectedRowProperty()}.
     */
    public void select(TailedMessage message) {
        if (appending || message == selected.get() || (message == null && selectedRow.get() < 0)) {
            return;
        }
        selected.set(message);
        selectionNote.set("");
        selectedRow.set(message == null ? -1 : rowOf(message));
        if (message != null) {
            following.set(false);
        }
    }

    /** The tailed messages as the table and the detail show them in the chosen {@link #formatProperty() format}. */
    MessageText messageText() {
        return new MessageText(format.get());
    }

    public ObservableList<TailedMessage> messages() {
        return messages;
    }

    public ObservableList<TailedMessage> visibleMessages() {
        return visible;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    /** How values are shown: text, pretty JSON (in the detail) or hex. */
    public ObjectProperty<ValueFormat> formatProperty() {
        return format;
    }

    public BooleanProperty pausedProperty() {
        return paused;
    }

    /** Whether the table keeps its newest message in view as messages arrive (on by default). */
    public BooleanProperty followingProperty() {
        return following;
    }

    public LongProperty receivedProperty() {
        return received;
    }

    /** The message picked to read: kept after the bounded table let it go, so that no other takes its place. */
    public ReadOnlyObjectProperty<TailedMessage> selectedProperty() {
        return selected;
    }

    /**
     * The row of {@link #visibleMessages()} the table selects: the picked message's as older rows go and rows move
     * up; -1 for none, also once the picked message has left the table.
     */
    public ReadOnlyIntegerProperty selectedRowProperty() {
        return selectedRow;
    }

    /** Why the picked message is no longer in the table, for the detail pane; empty while it is (or none is picked). */
    public ReadOnlyStringProperty selectionNoteProperty() {
        return selectionNote;
    }

    /**
     * What the tail line says: "12,345 received", "newest 5,000 shown" once the bounded table let older ones go (or
     * "300 held while paused"), "7 match" while a filter is on, then the tail's status.
     */
    public StringBinding tailSummaryProperty() {
        return tailSummary;
    }

    private String summarize() {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%,d received", received.get()));
        boolean olderLetGo = received.get() > messages.size() + heldWhilePaused.size();
        if (paused.get() && !heldWhilePaused.isEmpty()) {
            // the table still shows what came before the pause: "newest N shown" would be wrong about it
            text.append(String.format(Locale.ROOT, " · %,d held while paused", heldWhilePaused.size()));
            if (olderLetGo) {
                text.append(" (the newest; older ones let go)");
            }
        } else if (olderLetGo) {
            text.append(String.format(Locale.ROOT, " · newest %,d shown", messages.size()));
        }
        if (visible.getPredicate() != null) {
            // the filter searches only the rows held: once older ones are gone, "of them" says a match may be missed
            boolean ofShown = olderLetGo && !(paused.get() && !heldWhilePaused.isEmpty());
            text.append(String.format(Locale.ROOT, ofShown ? " · %,d of them match" : " · %,d match", visible.size()));
        }
        String status = tailStatus.get();
        return status == null || status.isEmpty() ? text.toString() : text.append(" · ").append(status).toString();
    }
}
