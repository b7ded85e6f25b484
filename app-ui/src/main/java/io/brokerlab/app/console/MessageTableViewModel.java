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
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The tailed messages as the table and its detail pane show them: the newest {@link #MAX_ROWS}, filtered, held while
 * paused, in the chosen format, with the line that counts them. FX thread.
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
            visible.setPredicate(needle.isEmpty() ? null : m -> contains(m.key(), needle) || contains(m.value(), needle));
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

    /** No rows, none held, none counted: another connection's messages are not this one's. */
    void clear() {
        messages.clear();
        heldWhilePaused.clear();
        received.set(0);
    }

    /** Empty for a new tail, and not paused: a Pause left on from the last one would hold all its messages unseen. */
    void startOver() {
        messages.clear();
        heldWhilePaused.clear();
        paused.set(false);
        received.set(0);
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
    }

    /**
     * The table's selection. The user picking a row turns Follow off, else the row would scroll away under the next
     * batch; the table moving its selection itself, as rows it held are let go, does not.
     */
    public void select(TailedMessage message) {
        selected.set(message);
        if (message != null && !appending) {
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

    public ReadOnlyObjectProperty<TailedMessage> selectedProperty() {
        return selected;
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
            text.append(String.format(Locale.ROOT, " · %,d match", visible.size()));
        }
        String status = tailStatus.get();
        return status == null || status.isEmpty() ? text.toString() : text.append(" · ").append(status).toString();
    }
}
