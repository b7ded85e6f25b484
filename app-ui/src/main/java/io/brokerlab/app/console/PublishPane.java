package io.brokerlab.app.console;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import io.brokerlab.app.ui.NumberSpinners;
import io.brokerlab.app.ui.ShortcutKey;
import io.brokerlab.launcher.messaging.Acks;
import javafx.animation.PauseTransition;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import javafx.scene.text.TextBoundsType;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The console's left side: the Publish form, scrolled when short of room, above Send ("Stop sending" while a run
 * sends), the run's status and each result, which stay in view.
 */
final class PublishPane {

    private static final String N_PLACEHOLDER = "{n} in the value, the key or a header's value becomes each message's"
            + " number: 1, 2, 3…, the same number wherever it is in one message, counting on across Sends until the app"
            + " closes (the next Send goes on with 4, 5…), so no two messages look alike. A key like user-{n} spreads the"
            + " messages over the partitions; without {n} everything is sent unchanged every time";

    /** Ctrl+Enter, Cmd+Enter on a Mac: Send from any field of the form, the Value too, where Enter is a new line. */
    private static final KeyCombination SEND_KEY = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination TAB = new KeyCodeCombination(KeyCode.TAB);

    /** How long typing in the Topic box pauses before its text is taken as the topic. */
    private static final Duration TOPIC_TYPED = Duration.millis(400);

    private final ConsoleViewModel console;
    private final PublishViewModel model;
    private final FormOverFooter root;
    private final ComboBox<String> topic;

    PublishPane(ConsoleViewModel console) {
        this.console = console;
        this.model = console.publishing();
        topic = topicBox();
        TextField key = new TextField();
        key.setId("console-key");
        // short enough for a projector's text size, and an example teaches {n} where words would be cut
        key.setPromptText("none, e.g. user-{n}");
        key.setTooltip(new Tooltip(N_PLACEHOLDER));
        key.textProperty().bindBidirectional(model.keyProperty());
        TextArea value = new TextArea();
        value.setId("console-value");
        value.setPromptText("{\"hello\": \"kafka\"}, {n} = message number");
        value.setTooltip(new Tooltip(N_PLACEHOLDER));
        value.setPrefRowCount(4);
        // never squeezed to a clipped sliver: the form scrolls instead
        value.setMinHeight(Region.USE_PREF_SIZE);
        value.setWrapText(true);
        value.textProperty().bindBidirectional(model.valueProperty());
        tabLeaves(value);
        CheckBox nullValue = new CheckBox("Null value (tombstone)");
        nullValue.setId("console-null-value");
        nullValue.setTooltip(new Tooltip("Send no value at all: on a compacted topic a tombstone deletes the key's"
                + " earlier messages"));
        nullValue.selectedProperty().bindBidirectional(model.nullValueProperty());
        value.disableProperty().bind(model.nullValueProperty());
        TextField partition = new TextField();
        partition.setPromptText("default partitioner");
        partition.textProperty().bindBidirectional(model.partitionProperty());
        Spinner<Integer> count = NumberSpinners.of(1, 10_000_000, 1);
        count.setId("console-count");
        count.setTooltip(new Tooltip(N_PLACEHOLDER));
        count.valueProperty().addListener((o, a, b) -> model.countProperty().set(b));
        model.countProperty().addListener((o, a, b) -> count.getValueFactory().setValue(b.intValue()));
        Spinner<Integer> rate = NumberSpinners.of(1, 1_000_000, 100);
        rate.setId("console-rate");
        rate.valueProperty().addListener((o, a, b) -> model.rateProperty().set(b));
        model.rateProperty().addListener((o, a, b) -> rate.getValueFactory().setValue(b.intValue()));
        StackingForm form = new StackingForm();
        form.addRow(new Label("Topic"), topic);
        form.addRow(new Label("Key"), key);
        addHeadersRow(form);
        form.addRow(new Label("Partition"), partition);
        form.addRow(new Label("Acks"), acksBox());
        form.addRow(new Label("Messages"), count);
        form.addRow(new Label("Per second"), rate);
        GridPane.setHgrow(topic, Priority.ALWAYS);
        Label title = new Label("Publish", new FontIcon(Feather.SEND));
        title.getStyleClass().add(Styles.TITLE_4);
        // on the Value's own line: below the box it was the first thing the form's scroll hid on a laptop
        Region apart = new Region();
        HBox.setHgrow(apart, Priority.ALWAYS);
        HBox valueLine = new HBox(8, new Label("Value"), apart, nullValue);
        valueLine.setAlignment(Pos.CENTER_LEFT);
        VBox fields = new VBox(10, title, form, valueLine, value);
        fields.setPadding(new Insets(12, 12, 0, 12));
        Button send = sendButton();
        ListView<String> results = results();
        SendFooter sending = new SendFooter(send, statusLine(), results);
        sending.setPadding(new Insets(8, 12, 12, 12));
        // at a projector's text size on 1366x768 the result was cut at the window's edge, and at a large room's Send
        // itself was below it: the form scrolls, Send and how it went stay in view
        ScrollPane formScroll = new ScrollPane(fields);
        formScroll.setId("console-publish-form");
        formScroll.setFitToWidth(true);
        formScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        formScroll.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        root = new FormOverFooter(formScroll, sending);
        root.setId("console-publish");
        root.setMinWidth(300);
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (SEND_KEY.match(e)) {
                e.consume();
                // a topic still being typed is the one meant; while a run sends, the key does not stop it
                topic.commitValue();
                if (!send.isDisabled() && !model.sendingProperty().get()) {
                    send.fire();
                }
            }
        });
    }

    Node root() {
        return root;
    }

    /**
     * Send, how the run goes and each result. Its least height counts two lines of the status whatever it says: the
     * form above is sized from it, so a status that wraps to more lines takes the results' room instead of moving Send
     * under the pointer. A status longer than the room left is cut at the bottom, not drawn over the window's edge.
     */
    private static final class SendFooter extends VBox {

        private final Label status;

        SendFooter(Button send, Label status, ListView<String> results) {
            super(8, send, status, results);
            this.status = status;
            VBox.setVgrow(results, Priority.ALWAYS);
            Rectangle clip = new Rectangle();
            clip.widthProperty().bind(widthProperty());
            clip.heightProperty().bind(heightProperty());
            setClip(clip);
        }

        @Override
        protected double computeMinHeight(double width) {
            double inner = width < 0 ? -1 : width - snappedLeftInset() - snappedRightInset();
            Text twoLines = new Text("X\nX");
            // as the label's skin measures its lines
            twoLines.setBoundsType(TextBoundsType.LOGICAL_VERTICAL_CENTER);
            twoLines.setFont(status.getFont());
            return super.computeMinHeight(width) - status.minHeight(inner)
                    + snapSizeY(twoLines.getLayoutBounds().getHeight());
        }
    }

    /**
     * The topic for Send and Tail, picked or typed. A typed name is taken once typing pauses on one the cluster has
     * (or on nothing), so that the table's hint follows it; any other text on Enter or when the box loses focus, as
     * a half-typed name taken on the way would stop a running tail.
     */
    private ComboBox<String> topicBox() {
        ComboBox<String> box = new ComboBox<>(console.topics());
        box.setId("console-topic");
        box.setEditable(true);
        box.setMaxWidth(Double.MAX_VALUE);
        box.valueProperty().bindBidirectional(console.topicProperty());
        PauseTransition typing = new PauseTransition(TOPIC_TYPED);
        typing.setOnFinished(e -> {
            String typed = box.getEditor().getText().strip();
            if (typed.isEmpty() || console.topics().contains(typed)) {
                box.commitValue();
            }
        });
        box.getEditor().textProperty().addListener(o -> {
            // the box also sets its text itself, as its value or its list changes
            if (box.getEditor().isFocused()) {
                typing.playFromStart();
            }
        });
        return box;
    }

    /**
     * Tab in the Value moves on to the next field, as everywhere else, instead of typing a tab into the message
     * (Shift+Tab goes back). The TextArea's own Ctrl+Tab does the moving.
     */
    private static void tabLeaves(TextArea value) {
        value.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (TAB.match(e)) {
                e.consume();
                value.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, false, true, false, false));
            }
        });
    }

    private ComboBox<Acks> acksBox() {
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
        acks.valueProperty().bindBidirectional(model.acksProperty());
        return acks;
    }

    /** The headers field, with what is wrong with them below it as they are typed. */
    private void addHeadersRow(StackingForm form) {
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
        headers.textProperty().bindBidirectional(model.headersProperty());
        Label headersProblem = new Label();
        headersProblem.setId("console-headers-problem");
        headersProblem.getStyleClass().addAll(Styles.DANGER, "headers-problem");
        headersProblem.setWrapText(true);
        // wraps within the field's width: at its one-line width the form's label column would be squeezed to "…"
        headersProblem.setMinWidth(0);
        headersProblem.setPrefWidth(0);
        headersProblem.setMaxWidth(Double.MAX_VALUE);
        headersProblem.setMinHeight(Region.USE_PREF_SIZE);
        headersProblem.textProperty().bind(model.headersProblemProperty());
        headersProblem.visibleProperty().bind(model.headersProblemProperty().isNotNull());
        headersProblem.managedProperty().bind(headersProblem.visibleProperty());
        model.headersProblemProperty().addListener((o, was, now) -> headers.pseudoClassStateChanged(Styles.STATE_DANGER,
                now != null));
        Label headersLabel = new Label("Headers");
        VBox headersBox = new VBox(4, headers, headersProblem);
        // level with the field, not with the middle of the field and the problem below it
        GridPane.setValignment(headersLabel, VPos.TOP);
        headersLabel.minHeightProperty().bind(headers.heightProperty());
        form.addRow(headersLabel, headersBox);
    }

    private Button sendButton() {
        Button send = new Button();
        send.setId("console-send");
        send.getStyleClass().add(Styles.ACCENT);
        send.setDefaultButton(false);
        send.setTooltip(new Tooltip());
        send.getTooltip().textProperty().bind(Bindings.createStringBinding(this::sendTip, model.sendingProperty(),
                model.countProperty(), model.rateProperty()));
        // while a run of N is sending, the same button stops it: a second Send cannot start meanwhile anyway
        send.textProperty().bind(model.sendLabelProperty());
        send.graphicProperty().bind(Bindings.when(model.sendingProperty())
                .then((Node) new FontIcon(Feather.STOP_CIRCLE)).otherwise(new FontIcon(Feather.SEND)));
        // with no broker to take it, the status line below says why instead (a disabled button shows no tooltip)
        send.disableProperty().bind(console.noTopicProperty().or(console.noBrokerProperty().isNotNull())
                .and(model.sendingProperty().not()));
        send.setOnAction(e -> {
            if (model.sendingProperty().get()) {
                model.stopSending();
            } else {
                model.publish();
            }
        });
        return send;
    }

    private String sendTip() {
        if (model.sendingProperty().get()) {
            return "Stop sending; the messages already sent are still counted";
        }
        int n = Math.max(1, model.countProperty().get());
        return ShortcutKey.named(n == 1 ? "Send (Ctrl+Enter)" : String.format(Locale.ROOT, "Send %,d messages, about"
                + " %,d a second (Ctrl+Enter); Messages says how many", n, Math.max(1, model.rateProperty().get())));
    }

    /**
     * How a run goes and why its sends wait or fail: the one text a failover demo is about, so it is shown whole,
     * however many lines it wraps to at a projector's text size; the results list below keeps a few rows
     * (app.css). While no broker can take a message, why, marked as a warning.
     */
    private Label statusLine() {
        Label status = new Label();
        status.setId("console-send-status");
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        // wraps at the pane's width: at its one-line width it would widen the pane beyond the window
        status.setMinWidth(0);
        status.setPrefWidth(0);
        status.setMaxWidth(Double.MAX_VALUE);
        status.textProperty().bind(model.shownStatusProperty());
        Runnable mark = () -> warning(status);
        console.noBrokerProperty().addListener(o -> mark.run());
        model.sendingProperty().addListener(o -> mark.run());
        mark.run();
        return status;
    }

    /** Marked while it says why no broker can take a message, as {@link PublishViewModel#shownStatusProperty} does. */
    private void warning(Label status) {
        if (console.noBrokerProperty().get() != null && !model.sendingProperty().get()) {
            if (!status.getStyleClass().contains(Styles.WARNING)) {
                status.getStyleClass().add(Styles.WARNING);
            }
        } else {
            status.getStyleClass().remove(Styles.WARNING);
        }
    }

    private ListView<String> results() {
        ListView<String> results = new ListView<>(model.sendResults());
        results.setId("console-send-results");
        results.getStyleClass().add(Styles.DENSE);
        results.setCellFactory(list -> new SendResultCell());
        Label noSends = new Label("Each message sent shows its partition and offset here.");
        noSends.setWrapText(true);
        noSends.getStyleClass().add(Styles.TEXT_MUTED);
        results.setPlaceholder(noSends);
        return results;
    }
}
