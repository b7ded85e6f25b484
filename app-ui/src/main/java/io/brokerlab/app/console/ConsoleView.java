package io.brokerlab.app.console;

import atlantafx.base.theme.Styles;
import io.brokerlab.app.AppView;
import io.brokerlab.app.Session;
import io.brokerlab.app.ui.Dialogs;
import io.brokerlab.app.ui.FollowNewest;
import io.brokerlab.app.ui.FullTextCell;
import io.brokerlab.app.ui.NumberSpinners;
import io.brokerlab.app.ui.Throttle;
import io.brokerlab.launcher.messaging.Acks;
import io.brokerlab.launcher.messaging.TailedMessage;
import io.brokerlab.launcher.messaging.ValueFormat;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Publish on the left; the live tail (virtualized table, bounded) with a detail pane on the right. */
public final class ConsoleView implements AppView {

    /**
     * A flood of messages redraws the table four times a second: still live to the eye, and each redraw is a
     * repaint that, without a GPU, costs the render thread tens of milliseconds of the CPU the cluster also needs.
     */
    private static final java.time.Duration TABLE_REFRESH = java.time.Duration.ofMillis(250);

    private static final String N_PLACEHOLDER = "{n} in the value becomes each message's number (1, 2, 3…);"
            + " a value without {n} is sent unchanged every time";

    private final Session session;
    private final ConsoleViewModel model;
    private final SplitPane root = new SplitPane();
    private final TextField filter = new TextField();

    public ConsoleView(Session session, javafx.collections.ObservableList<String> topicNames) {
        this.session = session;
        this.model = new ConsoleViewModel(session.background(), session.fx(),
                new Throttle(session.pulse(), session.scheduler(), TABLE_REFRESH));
        session.connectionProperty().addListener((o, a, c) -> attach());
        javafx.collections.ListChangeListener<String> copy = c -> {
            if (!model.topics().equals(topicNames)) {
                model.topics().setAll(topicNames);
            }
            if (model.topicProperty().get() == null && !topicNames.isEmpty()) {
                model.topicProperty().set(topicNames.get(0));
            }
        };
        topicNames.addListener(copy);
        attach();
        build();
    }

    private void attach() {
        var c = session.connectionProperty().get();
        model.attach(c == null ? null : Messaging.launcher(c.bootstrapServers()));
        // the names come again from the new cluster's topics
        model.topicProperty().set(null);
    }

    private void build() {
        ComboBox<String> topic = new ComboBox<>(model.topics());
        topic.setId("console-topic");
        topic.setEditable(true);
        topic.setMaxWidth(Double.MAX_VALUE);
        topic.valueProperty().bindBidirectional(model.topicProperty());
        TextField key = new TextField();
        key.setId("console-key");
        key.setPromptText("none");
        key.textProperty().bindBidirectional(model.publishing().keyProperty());
        TextArea value = new TextArea();
        value.setId("console-value");
        value.setPromptText("{\"hello\": \"kafka\"}, {n} = message number");
        value.setTooltip(new Tooltip(N_PLACEHOLDER));
        value.setPrefRowCount(4);
        // the results list below grows; without this the VBox squeezes the value to a clipped sliver
        value.setMinHeight(Region.USE_PREF_SIZE);
        value.setWrapText(true);
        value.textProperty().bindBidirectional(model.publishing().valueProperty());
        CheckBox nullValue = new CheckBox("Null value (tombstone)");
        nullValue.setId("console-null-value");
        nullValue.setTooltip(new Tooltip("Send no value at all: on a compacted topic a tombstone deletes the key's"
                + " earlier messages"));
        nullValue.selectedProperty().bindBidirectional(model.publishing().nullValueProperty());
        value.disableProperty().bind(model.publishing().nullValueProperty());
        TextField partition = new TextField();
        partition.setPromptText("default partitioner");
        partition.textProperty().bindBidirectional(model.publishing().partitionProperty());
        ComboBox<Acks> acks = new ComboBox<>();
        acks.setId("console-acks");
        acks.getItems().addAll(Acks.values());
        // as Kafka spells them, so what the user picks is what a producer config or the docs say
        acks.setConverter(new StringConverter<>() {
            @Override
            public String toString(Acks a) {
                return a == null ? "" : a.value();
            }

            @Override
            public Acks fromString(String text) {
                return Acks.parse(text);
            }
        });
        acks.setTooltip(new Tooltip("all: every in-sync replica has the message before the reply (the safe choice);"
                + " 1: only the leader; 0: no reply at all, so no offset either"));
        acks.valueProperty().bindBidirectional(model.publishing().acksProperty());
        Spinner<Integer> count = NumberSpinners.of(1, 10_000_000, 1);
        count.setId("console-count");
        count.setTooltip(new Tooltip(N_PLACEHOLDER));
        count.valueProperty().addListener((o, a, b) -> model.publishing().countProperty().set(b));
        model.publishing().countProperty().addListener((o, a, b) -> count.getValueFactory().setValue(b.intValue()));
        Spinner<Integer> rate = NumberSpinners.of(1, 1_000_000, 100);
        rate.setId("console-rate");
        rate.valueProperty().addListener((o, a, b) -> model.publishing().rateProperty().set(b));
        model.publishing().rateProperty().addListener((o, a, b) -> rate.getValueFactory().setValue(b.intValue()));
        Button send = new Button();
        send.setId("console-send");
        send.getStyleClass().add(Styles.ACCENT);
        send.setDefaultButton(false);
        // while a run of N is sending, the same button stops it: a second Send cannot start meanwhile anyway
        send.textProperty().bind(Bindings.when(model.publishing().sendingProperty()).then("Stop").otherwise("Send"));
        send.graphicProperty().bind(Bindings.when(model.publishing().sendingProperty())
                .then((Node) new FontIcon(Feather.STOP_CIRCLE)).otherwise(new FontIcon(Feather.SEND)));
        send.disableProperty().bind(model.noTopicProperty().and(model.publishing().sendingProperty().not()));
        send.setOnAction(e -> {
            if (model.publishing().sendingProperty().get()) {
                model.publishing().stopSending();
            } else {
                model.publishing().publish();
            }
        });
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(10);
        form.addRow(0, new Label("Topic"), topic);
        form.addRow(1, new Label("Key"), key);
        TextField headers = new TextField();
        headers.setId("console-headers");
        headers.setPromptText("none, e.g. trace-id=42");
        headers.setTooltip(new Tooltip(HeaderText.SYNTAX));
        // a one-line field would drop the line breaks of pasted lines and run the headers together
        headers.setTextFormatter(new TextFormatter<>(change -> {
            String joined = HeaderText.linesToCommas(change.getText());
            if (!joined.equals(change.getText())) {
                change.setText(joined);
                int end = change.getRangeStart() + joined.length();
                change.selectRange(end, end);
            }
            return change;
        }));
        headers.textProperty().bindBidirectional(model.publishing().headersProperty());
        Label headersProblem = new Label();
        headersProblem.setId("console-headers-problem");
        headersProblem.getStyleClass().addAll(Styles.DANGER, "headers-problem");
        headersProblem.setWrapText(true);
        // wraps within the field's width: at its one-line width the form's label column would be squeezed to "…"
        headersProblem.setMinWidth(0);
        headersProblem.setPrefWidth(0);
        headersProblem.setMaxWidth(Double.MAX_VALUE);
        headersProblem.setMinHeight(Region.USE_PREF_SIZE);
        headersProblem.textProperty().bind(model.publishing().headersProblemProperty());
        headersProblem.visibleProperty().bind(model.publishing().headersProblemProperty().isNotNull());
        headersProblem.managedProperty().bind(headersProblem.visibleProperty());
        model.publishing().headersProblemProperty().addListener((o, was, now) -> headers.pseudoClassStateChanged(Styles.STATE_DANGER,
                now != null));
        Label headersLabel = new Label("Headers");
        VBox headersBox = new VBox(4, headers, headersProblem);
        // level with the field, not with the middle of the field and the problem below it
        GridPane.setValignment(headersLabel, VPos.TOP);
        headersLabel.minHeightProperty().bind(headers.heightProperty());
        form.addRow(2, headersLabel, headersBox);
        form.addRow(3, new Label("Partition"), partition);
        form.addRow(4, new Label("Acks"), acks);
        form.addRow(5, new Label("Messages"), count);
        form.addRow(6, new Label("Per second"), rate);
        Dialogs.keepLabelsWhole(form);
        GridPane.setHgrow(topic, Priority.ALWAYS);
        Label title = new Label("Publish", new FontIcon(Feather.SEND));
        title.getStyleClass().add(Styles.TITLE_4);
        Label status = new Label();
        status.setId("console-send-status");
        status.setWrapText(true);
        // wrapped in full: a failure's reason is the one line the user must be able to read
        status.setMinHeight(Region.USE_PREF_SIZE);
        status.textProperty().bind(model.publishing().sendStatusProperty());
        ListView<String> results = new ListView<>(model.publishing().sendResults());
        results.setId("console-send-results");
        results.getStyleClass().add(Styles.DENSE);
        results.setCellFactory(list -> new FullTextCell());
        Label noSends = new Label("Each message sent shows its partition and offset here.");
        noSends.setWrapText(true);
        noSends.getStyleClass().add(Styles.TEXT_MUTED);
        results.setPlaceholder(noSends);
        VBox left = new VBox(10, title, form, new Label("Value"), value, nullValue, send, status, results);
        VBox.setVgrow(results, Priority.ALWAYS);
        left.setPadding(new Insets(12));
        left.setMinWidth(300);

        Button start = new Button("Tail", new FontIcon(Feather.PLAY));
        start.setId("console-tail");
        start.getStyleClass().add("primary-action");
        start.setOnAction(e -> model.tail().startTail());
        start.disableProperty().bind(model.noTopicProperty());
        Button stop = new Button("Stop", new FontIcon(Feather.STOP_CIRCLE));
        stop.setOnAction(e -> model.tail().stopTail());
        stop.disableProperty().bind(model.tail().tailingProperty().not());
        ComboBox<StartMode> startMode = new ComboBox<>();
        startMode.setId("console-start");
        startMode.getItems().addAll(StartMode.values());
        startMode.valueProperty().bindBidirectional(model.tail().startModeProperty());
        TextField startValue = new TextField();
        startValue.setId("console-start-value");
        startValue.setPrefColumnCount(9);
        startValue.textProperty().bindBidirectional(model.tail().startValueProperty());
        // Enter in the fields that say where and what to tail does what Tail does
        startValue.setOnAction(e -> model.tail().startTail());
        Runnable startPrompt = () -> {
            StartMode mode = model.tail().startModeProperty().get();
            startValue.setVisible(mode == StartMode.OFFSET || mode == StartMode.TIMESTAMP
                    || mode == StartMode.LAST);
            startValue.setManaged(startValue.isVisible());
            startValue.setPromptText(switch (mode) {
                case OFFSET -> "offset";
                case TIMESTAMP -> "5m, 14:05, ISO";
                case LAST -> "N";
                default -> "";
            });
        };
        model.tail().startModeProperty().addListener(o -> startPrompt.run());
        startPrompt.run();
        TextField partitions = new TextField();
        partitions.setId("console-partitions");
        partitions.setPromptText("all");
        partitions.setPrefColumnCount(5);
        partitions.setTooltip(new Tooltip("Partitions to tail: all, or numbers separated by commas like 0,2"));
        partitions.textProperty().bindBidirectional(model.tail().tailPartitionsProperty());
        partitions.setOnAction(e -> model.tail().startTail());
        ComboBox<ValueFormat> format = new ComboBox<>();
        format.setId("console-format");
        format.getItems().addAll(ValueFormat.values());
        format.valueProperty().bindBidirectional(model.table().formatProperty());
        format.setTooltip(new Tooltip("How values are shown: TEXT, JSON (pretty in the detail) or HEX"));
        ToggleButton pause = new ToggleButton("Pause", new FontIcon(Feather.PAUSE));
        pause.setId("console-pause");
        pause.selectedProperty().bindBidirectional(model.table().pausedProperty());
        ToggleButton follow = new ToggleButton("Follow", new FontIcon(Feather.CHEVRONS_DOWN));
        follow.setId("console-follow");
        follow.setTooltip(new Tooltip("Keep the newest message in view as messages arrive"));
        follow.selectedProperty().bindBidirectional(model.table().followingProperty());
        filter.setId("console-filter");
        filter.setPromptText("Filter key or value");
        filter.textProperty().bindBidirectional(model.table().filterProperty());
        Label count2 = new Label();
        count2.setId("console-received");
        count2.textProperty().bind(model.table().tailSummaryProperty());
        ToolBar bar = new ToolBar(start, stop, startMode, startValue, new Label("Partitions"), partitions, pause, follow,
                format);
        ToolBar bar2 = new ToolBar(new FontIcon(Feather.FILTER), filter, count2);

        TableView<TailedMessage> table = new TableView<>(model.table().visibleMessages());
        table.setId("console-messages");
        table.getStyleClass().addAll(Styles.DENSE, "message-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().addAll(List.of(
                column("Partition", m -> String.valueOf(m.partition()), 80),
                column("Offset", m -> String.valueOf(m.offset()), 90),
                // wide enough for a date (a message from before today); the value, last, gives up the room
                column("Time", m -> MessageTimes.format(m.timestamp()), 175),
                nullMarked(column("Key", m -> model.table().messageText().tableKey(m), 120), m -> m.keyBytes() == null),
                nullMarked(column("Value", m -> model.table().messageText().tableValue(m), 335), m -> m.valueBytes() == null)));
        model.table().formatProperty().addListener(o -> table.refresh());
        FollowNewest.install(table, model.table().followingProperty());
        Label noMessages = new Label();
        // the topic is often chosen already (the first one is): then the only step left is Tail
        noMessages.textProperty().bind(Bindings.createStringBinding(() -> placeholder(model),
                model.topicProperty(), model.tail().tailedTopicProperty(), model.tail().tailingProperty(), model.table().filterProperty(),
                model.table().messages()));
        table.setPlaceholder(noMessages);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, m) -> model.table().select(m));
        TextArea detail = new TextArea();
        detail.setId("console-detail");
        detail.setEditable(false);
        detail.getStyleClass().add("monospace");
        detail.textProperty().bind(Bindings.createStringBinding(
                () -> model.table().messageText().detail(model.table().selectedProperty().get()),
                model.table().selectedProperty(), model.table().formatProperty()));
        SplitPane tail = new SplitPane(table, detail);
        tail.setOrientation(javafx.geometry.Orientation.VERTICAL);
        tail.setDividerPositions(0.7);
        VBox right = new VBox(bar, bar2, tail);
        VBox.setVgrow(tail, Priority.ALWAYS);
        root.getItems().setAll(left, right);
        root.setDividerPositions(0.3);
    }

    private static TableColumn<TailedMessage, String> column(String title, Function<TailedMessage, String> f, double width) {
        TableColumn<TailedMessage, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(f.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    /** A null key or value reads as such, muted, so it is not taken for an empty one. */
    private static TableColumn<TailedMessage, String> nullMarked(TableColumn<TailedMessage, String> column,
                                                                 Predicate<TailedMessage> isNull) {
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                TailedMessage m = empty || getTableRow() == null ? null : getTableRow().getItem();
                boolean none = m != null && isNull.test(m);
                getStyleClass().remove("null-cell");
                if (none) {
                    getStyleClass().add("null-cell");
                }
            }
        });
        return column;
    }

    private Runnable onShown = () -> { };

    /** E.g. to refresh the topic names when the console comes up. */
    public void onShown(Runnable action) {
        this.onShown = action;
    }

    @Override
    public void shown() {
        onShown.run();
    }

    public ConsoleViewModel model() {
        return model;
    }

    /** Ctrl+F: the filter of the tailed messages, its text selected so that typing replaces it. */
    @Override
    public void focusSearch() {
        filter.requestFocus();
        filter.selectAll();
    }

    @Override
    public String title() {
        return "Console";
    }

    @Override
    public Ikon icon() {
        return Feather.MESSAGE_SQUARE;
    }

    @Override
    public Node root() {
        return root;
    }

    private static String placeholder(ConsoleViewModel model) {
        String topic = model.topicProperty().get();
        if (!model.table().messages().isEmpty()) {
            return "No message matches the filter";
        } else if (model.tail().tailingProperty().get()) {
            return "Waiting for messages on " + model.tail().tailedTopicProperty().get();
        }
        return topic == null || topic.isBlank() ? "Choose a topic and press Tail" : "Press Tail to read " + topic;
    }
}
