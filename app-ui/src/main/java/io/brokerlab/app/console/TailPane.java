package io.brokerlab.app.console;

import atlantafx.base.theme.Styles;
import io.brokerlab.app.ui.BoundedLabel;
import io.brokerlab.app.ui.ColumnEms;
import io.brokerlab.app.ui.FollowNewest;
import io.brokerlab.app.ui.ShortcutKey;
import io.brokerlab.app.ui.TextColumn;
import io.brokerlab.launcher.messaging.TailedMessage;
import io.brokerlab.launcher.messaging.ValueFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The console's right side: the tail's toolbar, the filter with the tail line, and the virtualized, bounded table
 * of tailed messages above the detail of the selected one.
 */
final class TailPane {

    private final ConsoleViewModel console;
    private final TailViewModel tail;
    private final MessageTableViewModel messages;
    private final TextField filter = new TextField();
    private final VBox root;
    private Map<KeyCombination, Runnable> keys;

    TailPane(ConsoleViewModel console) {
        this.console = console;
        this.tail = console.tail();
        this.messages = console.table();
        FlowPane bar = toolBar();
        filter.setId("console-filter");
        filter.setPromptText(String.format(Locale.ROOT, "Filter the newest %,d", MessageTableViewModel.MAX_ROWS));
        // the buffer is bounded: a filter finds nothing older, and a match goes once enough newer messages come
        filter.setTooltip(new Tooltip(String.format(Locale.ROOT, "Shows the messages whose key, value or a header"
                + " (trace-id=42) contains this text (in any case). Only the newest %,d messages the tail holds are"
                + " searched: older ones are no longer here, and a match goes too once %,d newer messages have"
                + " arrived. To look further back, tail from an offset or a time.", MessageTableViewModel.MAX_ROWS, MessageTableViewModel.MAX_ROWS)));
        filter.textProperty().bindBidirectional(messages.filterProperty());
        // a long tail line wraps rather than the filter giving way, or its end cut to "…" at a laptop's width; always
        // two lines high, so that the table does not move as it wraps, and its tooltip has a longer one whole
        Label summary = new BoundedLabel(2, 2);
        // the label gives way by wrapping, not its neighbours
        summary.setMinWidth(0);
        summary.setId("console-received");
        summary.textProperty().bind(messages.tailSummaryProperty());
        filter.setMinWidth(Region.USE_PREF_SIZE);
        HBox filterBar = new HBox(6, new FontIcon(Feather.FILTER), filter, formatBox(), summary);
        filterBar.getStyleClass().add("tool-bar");
        filterBar.setAlignment(Pos.CENTER_LEFT);
        SplitPane tableAndDetail = new SplitPane(table(), detail());
        tableAndDetail.setOrientation(Orientation.VERTICAL);
        // pretty JSON or a hex dump needs room to read at a laptop's 768 px; the divider drags for more of either
        tableAndDetail.setDividerPositions(0.55);
        root = new VBox(bar, filterBar, tableAndDetail);
        VBox.setVgrow(tableAndDetail, Priority.ALWAYS);
    }

    Node root() {
        return root;
    }

    /** Tail, Stop tail and Pause view by key: each does what its button does, and nothing while it is disabled. */
    Map<KeyCombination, Runnable> keys() {
        return keys;
    }

    /** The filter of the tailed messages, its text selected so that typing replaces it. */
    void focusFilter() {
        filter.requestFocus();
        filter.selectAll();
    }

    /**
     * A tool bar that wraps: ToolBar hides what does not fit behind its "»" menu, and at a projector's text size that
     * was Follow and the value format, which nobody looks for there. What it holds keeps its width whatever is picked,
     * so it wraps at the same place throughout: a row that rewrapped as a start was picked moved the next target away.
     */
    private static FlowPane bar(Node... controls) {
        FlowPane bar = new FlowPane(6, 6, controls);
        bar.getStyleClass().add("tool-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private FlowPane toolBar() {
        // "Restart tail" while a tail runs: pressing it again starts the table over, which a plain "Tail" hid
        Button start = SteadyWidth.button("Tail", "Restart tail");
        start.setId("console-tail");
        start.getStyleClass().add("primary-action");
        start.textProperty().bind(tail.tailActionProperty());
        start.setGraphic(new FontIcon(Feather.PLAY));
        tail.tailingProperty().addListener((o, was, now) ->
                ((FontIcon) start.getGraphic()).setIconCode(now ? Feather.ROTATE_CW : Feather.PLAY));
        start.setTooltip(new Tooltip());
        start.getTooltip().textProperty().bind(Bindings.concat(tail.tailActionTipProperty(),
                ShortcutKey.named(" (Ctrl+Shift+T)")));
        start.setOnAction(e -> tail.startTail());
        // with no broker to read from, the tail line and the empty table say why (a disabled button shows no tooltip)
        start.disableProperty().bind(console.noTopicProperty().or(console.noBrokerProperty().isNotNull()));
        // named by what it stops: the Publish side's button stops sending
        Button stop = new Button("Stop tail", new FontIcon(Feather.STOP_CIRCLE));
        stop.setId("console-stop-tail");
        stop.setTooltip(new Tooltip(ShortcutKey.named("Stop reading; the messages received stay in the table"
                + " (Ctrl+Shift+E)")));
        stop.setOnAction(e -> tail.stopTail());
        stop.disableProperty().bind(tail.tailingProperty().not());
        ComboBox<StartMode> startMode = SteadyWidth.comboBox(List.of(StartMode.values()));
        startMode.setId("console-start");
        startMode.valueProperty().bindBidirectional(tail.startModeProperty());
        TextField startValue = startValueField();
        TextField partitions = new TextField();
        partitions.setId("console-partitions");
        partitions.setPromptText("all");
        partitions.setPrefColumnCount(5);
        marked(partitions, tail.problems().partitionsProperty(),
                "Partitions to tail: all, or numbers separated by commas like 0,2");
        partitions.textProperty().bindBidirectional(tail.tailPartitionsProperty());
        partitions.setOnAction(e -> tail.startTail());
        // the view's pause, not a broker's: the Cluster cards' Pause freezes a broker's process (SIGSTOP)
        ToggleButton pause = SteadyWidth.toggle("Pause view", "Resume view");
        pause.setGraphic(new FontIcon(Feather.PAUSE));
        pause.setId("console-pause");
        pause.setTooltip(new Tooltip(String.format(Locale.ROOT, "Freezes the table to read it. The tail goes on:"
                + " messages keep arriving and are held (the newest %,d), and Resume view shows them. No broker is"
                + " paused: that is the Pause on a broker's card in Cluster (%s)", MessageTableViewModel.MAX_ROWS,
                ShortcutKey.named("Ctrl+Shift+P"))));
        pause.selectedProperty().bindBidirectional(messages.pausedProperty());
        // pressed in, it says what pressing it again does
        pause.textProperty().bind(Bindings.when(pause.selectedProperty()).then("Resume view").otherwise("Pause view"));
        pause.selectedProperty().addListener((o, was, paused) ->
                ((FontIcon) pause.getGraphic()).setIconCode(paused ? Feather.PLAY : Feather.PAUSE));
        ToggleButton follow = new ToggleButton("Follow", new FontIcon(Feather.CHEVRONS_DOWN));
        follow.setId("console-follow");
        follow.setTooltip(new Tooltip("Keep the newest message in view as messages arrive"));
        follow.selectedProperty().bindBidirectional(messages.followingProperty());
        // a row break never parts the label from its field
        HBox partitionsGroup = new HBox(6, new Label("Partitions"), partitions);
        partitionsGroup.setAlignment(Pos.CENTER_LEFT);
        keys = Map.of(shortcut(KeyCode.T), start::fire, shortcut(KeyCode.E), stop::fire, shortcut(KeyCode.P), pause::fire);
        return bar(start, stop, startMode, startValue, partitionsGroup, pause, follow);
    }

    private static KeyCombination shortcut(KeyCode key) {
        return new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    }

    /**
     * The offset, time or count of the start modes that take one. Its slot stays in the bar, empty for the others,
     * so that picking one does not push the controls after it onto another row.
     */
    private TextField startValueField() {
        TextField startValue = new TextField();
        startValue.setId("console-start-value");
        startValue.setPrefColumnCount(9);
        startValue.textProperty().bindBidirectional(tail.startValueProperty());
        // Enter in the fields that say where and what to tail does what Tail does
        startValue.setOnAction(e -> tail.startTail());
        Runnable startPrompt = () -> {
            StartMode mode = tail.startModeProperty().get();
            startValue.setVisible(mode == StartMode.OFFSET || mode == StartMode.TIMESTAMP || mode == StartMode.LAST);
            startValue.setPromptText(switch (mode) {
                case OFFSET -> "offset";
                case TIMESTAMP -> "5m, 14:05, ISO";
                case LAST -> "N";
                default -> "";
            });
        };
        tail.startModeProperty().addListener(o -> startPrompt.run());
        startPrompt.run();
        marked(startValue, tail.problems().startValueProperty(),
                "Where the tail starts: an offset, a time (5m ago, 14:05, ISO) or N messages per partition");
        return startValue;
    }

    /** A field marked in red while {@code problem} says what is wrong with it, its tooltip saying it. */
    private static void marked(TextField field, ReadOnlyStringProperty problem, String help) {
        field.setTooltip(new Tooltip());
        field.getTooltip().textProperty().bind(Bindings.when(problem.isNull()).then(help).otherwise(problem));
        problem.addListener((o, was, now) -> field.pseudoClassStateChanged(Styles.STATE_DANGER, now != null));
    }

    private ComboBox<ValueFormat> formatBox() {
        ComboBox<ValueFormat> format = SteadyWidth.comboBox(List.of(ValueFormat.values()));
        format.setId("console-format");
        format.valueProperty().bindBidirectional(messages.formatProperty());
        format.setTooltip(new Tooltip("How values are shown: TEXT, JSON (pretty in the detail) or HEX"));
        // the summary beside it gives way, not the format: a long tail problem shrank it to a blank box
        format.setMinWidth(Region.USE_PREF_SIZE);
        return format;
    }

    private TableView<TailedMessage> table() {
        // the headers keep their words when a vertical scroll bar or a projector's font takes room
        ColumnEms widths = new ColumnEms();
        TableView<TailedMessage> table = widths.table(messages.visibleMessages());
        table.setId("console-messages");
        table.getStyleClass().addAll(Styles.DENSE, "message-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().addAll(List.of(
                widths.atLeast(TextColumn.of("Partition", m -> String.valueOf(m.partition()), 80), 0),
                widths.atLeast(TextColumn.of("Offset", m -> String.valueOf(m.offset()), 90), 0),
                // wide enough for a date (a message from before today); the value, last, gives up the room. In ems
                // too, at least a time of day and a short key whole: at a projector's text they were cut ("22:20:2…",
                // "orde…") while the value had room to spare
                widths.atLeast(TextColumn.of("Time", m -> MessageTimes.format(m.timestamp()), 175), 8.5),
                widths.atLeast(matchMarked(TextColumn.of("Key", m -> messages.messageText().tableKey(m), 120),
                        m -> m.keyBytes() == null, TailedMessage::key), 7),
                matchMarked(TextColumn.of("Value", m -> messages.messageText().tableValue(m), 335),
                        m -> m.valueBytes() == null, TailedMessage::value)));
        messages.formatProperty().addListener(o -> table.refresh());
        // a row the filter still shows may now match other text of it
        messages.filterProperty().addListener(o -> table.refresh());
        FollowNewest.install(table, messages.followingProperty());
        Label noMessages = new Label();
        // the topic is often chosen already (the first one is): then the only step left is Tail
        noMessages.textProperty().bind(Bindings.createStringBinding(this::placeholder, console.topicProperty(),
                tail.tailedTopicProperty(), tail.tailingProperty(), tail.problems().reasonProperty(),
                messages.filterProperty(), messages.messages(), console.noBrokerProperty()));
        noMessages.setWrapText(true);
        // a reason that wraps stays in the middle of the table, as a one-line hint does
        noMessages.setTextAlignment(TextAlignment.CENTER);
        table.setPlaceholder(noMessages);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, m) -> messages.select(m));
        // the table keeps its selection by row index, which as older rows go would land on another message
        messages.selectedRowProperty().addListener((o, was, row) -> {
            if (row.intValue() < 0) {
                table.getSelectionModel().clearSelection();
            } else if (table.getSelectionModel().getSelectedIndex() != row.intValue()) {
                table.getSelectionModel().select(row.intValue());
            }
        });
        return table;
    }

    /** The picked message in full, below a note once the table has let it go. */
    private VBox detail() {
        Label note = new Label();
        note.setId("console-detail-note");
        note.getStyleClass().add(Styles.WARNING);
        note.setWrapText(true);
        note.textProperty().bind(messages.selectionNoteProperty());
        note.visibleProperty().bind(note.textProperty().isNotEmpty());
        note.managedProperty().bind(note.visibleProperty());
        TextArea detail = new TextArea();
        detail.setId("console-detail");
        detail.setEditable(false);
        detail.getStyleClass().add("monospace");
        detail.textProperty().bind(Bindings.createStringBinding(
                () -> messages.messageText().detail(messages.selectedProperty().get()),
                messages.selectedProperty(), messages.formatProperty()));
        VBox.setVgrow(detail, Priority.ALWAYS);
        return new VBox(4, note, detail);
    }

    private String placeholder() {
        String topic = console.topicProperty().get();
        if (!messages.messages().isEmpty()) {
            return "No message matches the filter";
        } else if (console.noBrokerProperty().get() != null) {
            // before an older failure's reason: this one says what to do now
            return console.noBrokerProperty().get();
        } else if (tail.problems().reasonProperty().get() != null) {
            // where the eye goes after pressing Tail, not only to the status line at the side
            return tail.problems().reasonProperty().get();
        } else if (tail.tailingProperty().get()) {
            return "Waiting for messages on " + tail.tailedTopicProperty().get();
        }
        return topic == null || topic.isBlank() ? "Choose a topic and press Tail" : "Press Tail to read " + topic;
    }

    /** The Key or Value column's cells: nulls marked as such, and the filter's match in the text. */
    private TableColumn<TailedMessage, String> matchMarked(TableColumn<TailedMessage, String> column,
                                                           Predicate<TailedMessage> isNull,
                                                           Function<TailedMessage, String> matched) {
        column.setCellFactory(c -> new MatchedTextCell(isNull, matched, this::needle,
                () -> messages.formatProperty().get() == ValueFormat.HEX));
        return column;
    }

    /** As the filter matches: ignoring case and the spaces around it. */
    private String needle() {
        String text = messages.filterProperty().get();
        return text == null ? "" : text.toLowerCase(Locale.ROOT).trim();
    }
}
