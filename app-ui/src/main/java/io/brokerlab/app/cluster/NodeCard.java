package io.brokerlab.app.cluster;

import atlantafx.base.theme.Styles;
import io.brokerlab.app.cluster.ClusterViewModel.Action;
import io.brokerlab.app.ui.BoundedLabel;
import io.brokerlab.launcher.cluster.NodeState;
import io.brokerlab.launcher.config.NodeKind;
import java.util.Locale;
import java.util.function.LongSupplier;
import java.util.stream.IntStream;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** One node's card: its kind, state and role, its facts (ports, PID, uptime, heap), and its actions. FX thread. */
final class NodeCard extends VBox {

    private static final PseudoClass LEADING = PseudoClass.getPseudoClass("leading");
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");

    /**
     * How long the buttons take no click after they change: such a click was aimed at the buttons as they were, e.g.
     * the second click of a double click on Start, at the Stop that took Start's place as the node began starting.
     */
    static final long SETTLE_NANOS = 500_000_000L;

    private final NodeRow row;
    private final ClusterViewModel model;
    private final LongSupplier nanoTime;
    /** When the node's state or a button's state last changed; {@link System#nanoTime} time. */
    private long buttonsChangedAt;
    private boolean buttonsEverChanged;
    private Tooltip ignoredNote;

    NodeCard(NodeRow row, ClusterViewModel model) {
        this(row, model, System::nanoTime);
    }

    /** {@code nanoTime}: the clock the settling of the buttons is timed by (a test's own). */
    NodeCard(NodeRow row, ClusterViewModel model, LongSupplier nanoTime) {
        super(10);
        this.row = row;
        this.model = model;
        this.nanoTime = nanoTime;
        HBox header = header();
        FlowPane facts = facts();
        // at most two lines, the tooltip holding a longer reason, and at least one, kept while there is no reason:
        // "killed (SIGKILL)" appearing made the card a line taller and pushed the log pane down under the pointer
        BoundedLabel exit = new BoundedLabel(1, 2);
        exit.setId("exit-" + row.name());
        exit.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.DANGER);
        exit.textProperty().bind(row.exitReasonProperty());
        // wrapped to the card's width, which a long reason must not widen (and so take a column from the grid)
        exit.setPrefWidth(0);
        exit.setMaxWidth(Double.MAX_VALUE);
        // determinate: an indeterminate bar's sweep read as the node's progress going backwards
        ProgressBar busy = new ProgressBar();
        busy.progressProperty().bind(row.progressProperty());
        busy.setMaxWidth(Double.MAX_VALUE);
        busy.getStyleClass().add(Styles.SMALL);
        busy.visibleProperty().bind(row.progressShownProperty());
        exit.visibleProperty().bind(row.exitReasonProperty().isNotEmpty().and(busy.visibleProperty().not())
                .and(Bindings.createBooleanBinding(() -> !row.state().isAlive(), row.stateProperty())));
        // one place for both, as a node that has ended is not starting or stopping
        StackPane endOrProgress = new StackPane(exit, busy);
        endOrProgress.setAlignment(Pos.CENTER_LEFT);

        getChildren().addAll(header, facts, endOrProgress, buttons());
        getStyleClass().add("node-card");
        setId("card-" + row.name());
        setFocusTraversable(true);
        setAccessibleText(row.name());
        // the card or one of its buttons: Tab onto broker-2's Kill selects broker-2, so Ctrl+Shift+K then kills the
        // node whose focus ring shows, not the card selected before
        focusWithinProperty().addListener((obs, was, focused) -> {
            if (focused) {
                model.selectedProperty().set(row.id());
            }
        });
        setOnMouseClicked(e -> {
            model.selectedProperty().set(row.id());
            // a click on one of its buttons leaves the focus on that button
            if (!isFocusWithin()) {
                requestFocus();
            }
        });
    }

    /** Marks the card whose log shows below the cards. */
    void setSelected(boolean selected) {
        pseudoClassStateChanged(SELECTED, selected);
    }

    private HBox header() {
        FontIcon kindIcon = new FontIcon(row.kind() == NodeKind.ZOOKEEPER ? Feather.GIT_MERGE : Feather.SERVER);
        kindIcon.getStyleClass().add("card-icon");
        Label name = new Label(row.name());
        name.getStyleClass().add(Styles.TITLE_3);
        Label kind = new Label(row.kind() == NodeKind.ZOOKEEPER ? "ZooKeeper" : "Kafka broker");
        kind.getStyleClass().add(Styles.TEXT_MUTED);
        Label state = new Label();
        state.getStyleClass().add("state-badge");
        state.setId("state-" + row.name());
        state.textProperty().bind(Bindings.createStringBinding(() -> badge(row.state(), row.exitReasonProperty().get()),
                row.stateProperty(), row.exitReasonProperty()));
        state.textProperty().addListener((obs, old, now) -> styleState(state, now));
        styleState(state, state.getText());
        Label role = new Label();
        role.getStyleClass().add("role-badge");
        role.textProperty().bind(row.roleProperty());
        role.visibleProperty().bind(row.roleProperty().isNotEmpty());
        role.managedProperty().bind(role.visibleProperty());
        role.styleProperty().bind(Bindings.createStringBinding(() -> "", row.roleProperty()));
        // set now too: a card built after the role is known must show it highlighted
        role.pseudoClassStateChanged(LEADING, row.leadingProperty().get());
        row.leadingProperty().addListener((obs, old, now) -> role.pseudoClassStateChanged(LEADING, now));
        // a file saved with its restart put off: the node still runs with the values it started with
        Label restart = new Label("restart needed");
        restart.getStyleClass().add("restart-badge");
        restart.setId("restart-needed-" + row.name());
        restart.setMinWidth(Region.USE_PREF_SIZE);
        Tooltip which = new Tooltip();
        which.textProperty().bind(row.restartNeededProperty());
        restart.setTooltip(which);
        restart.visibleProperty().bind(row.restartNeededProperty().isNotEmpty());
        restart.managedProperty().bind(restart.visibleProperty());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        VBox titles = new VBox(2, name, kind);
        HBox header = new HBox(10, kindIcon, titles, grow, restart, role, state);
        header.setAlignment(Pos.CENTER_LEFT);
        return header;
    }

    /** The state in a word; a stop that came with an exit reason was a kill, which the demo's audience looks for. */
    static String badge(NodeState state, String exitReason) {
        return state == NodeState.STOPPED && exitReason != null && !exitReason.isEmpty() ? "killed" : state.label();
    }

    /** Styled by the word shown: a killed node stands out from one stopped on purpose. */
    private static void styleState(Label label, String badge) {
        label.getStyleClass().removeIf(s -> s.startsWith("state-") && !s.equals("state-badge"));
        label.getStyleClass().add("state-" + badge);
    }

    /**
     * The facts side by side while they fit, wrapping onto another row when they do not: a ZooKeeper's five facts are
     * wider than a card in two columns at 1400 px, and squeezed into one row they were cut to "…" (its PID unreadable).
     */
    private FlowPane facts() {
        FlowPane facts = new FlowPane();
        // the gaps in ems (app.css): at a room's text size 16 px ran "agent 31622" into the PID beside it
        facts.getStyleClass().add("node-facts");
        // as wide as the card, never wider: wider facts wrap instead
        facts.setMinWidth(0);
        facts.setPrefWrapLength(0);
        Label ports = addFact(facts, "Ports", row.portsProperty(), "65535 · agent 65535");
        ports.setId("ports-" + row.name());
        Tooltip portDetails = new Tooltip();
        portDetails.textProperty().bind(row.portDetailsProperty());
        ports.setTooltip(portDetails);
        // as wide as their widest usual value from the start: an uptime passing a minute ("1 min 01 s") widened its
        // fact, the facts rewrapped, and the card grew under the pointer, pushing its buttons under the log
        addFact(facts, "PID", row.pidProperty(), "4194304");
        addFact(facts, "Uptime", row.uptimeProperty(), "59 min 59 s");
        addFact(facts, "Heap", row.heapProperty(), "999 MB");
        // as are these, known only once the node runs: read then, they made the card a row taller and cut the cards
        // below from the view that had been fitted to them
        if (row.kind() == NodeKind.ZOOKEEPER) {
            addFact(facts, "Serving", row.sessionsProperty(), "99 clients · zxid 0x1000000ff");
        } else {
            // short enough to stay in the first row of a two-column card at 1366 px
            addFact(facts, "Partitions led", row.leadsProperty(), "999 of 999").setId("leads-" + row.name());
        }
        return facts;
    }

    /** {@code widest}: a value the fact is at least as wide as, so that it keeps its width while its value grows. */
    private static Label addFact(FlowPane facts, String name, ObservableValue<String> value, String widest) {
        Label key = new Label(name);
        key.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        Label val = new Label();
        val.textProperty().bind(value);
        val.getStyleClass().add("fact-value");
        // Only a value wider than the whole card (a huge font) is cut, with "…" inside the card rather than drawn over
        // the next one; the tooltip has it whole.
        val.setMinWidth(0);
        val.setTextOverrun(OverrunStyle.ELLIPSIS);
        Tooltip whole = new Tooltip();
        whole.textProperty().bind(value);
        val.setTooltip(whole);
        facts.getChildren().add(new Fact(facts, key, val, widest));
        return val;
    }

    /** A fact's name over its value, at its own width unless that is wider than the row it wraps in. */
    private static final class Fact extends VBox {

        private final FlowPane row;
        private final Label value;
        private final Text widest;

        Fact(FlowPane row, Label key, Label value, String widest) {
            super(2, key, value);
            this.row = row;
            this.value = value;
            this.widest = new Text(widest);
            setMinWidth(0);
        }

        @Override
        protected double computePrefWidth(double height) {
            widest.setFont(value.getFont());
            double own = Math.max(super.computePrefWidth(height), widest.getLayoutBounds().getWidth()
                    + value.snappedLeftInset() + value.snappedRightInset() + snappedLeftInset() + snappedRightInset());
            double room = row.getWidth() - row.getInsets().getLeft() - row.getInsets().getRight();
            return room > 0 ? Math.min(own, room) : own;
        }
    }

    /**
     * The actions in fixed slots, each there in every state and disabled when it does not apply: a row that showed only
     * the actions of the state moved Kill into Stop's place once the node was stopping, and a double click on Stop
     * killed the node. Start and Stop share a slot, as do Pause and Resume (never both possible at once); Kill, the
     * crash, is last.
     */
    private HBox buttons() {
        HBox buttons = new HBox(6, slot(Action.START, Action.STOP));
        if (Action.PAUSE.allowedIn(NodeState.RUNNING)) {
            // no SIGSTOP on this system: no slot rather than one never enabled
            buttons.getChildren().add(slot(Action.RESUME, Action.PAUSE));
        }
        buttons.getChildren().addAll(slot(Action.RESTART), slot(Action.KILL));
        Button showLog = new Button(null, new FontIcon(Feather.FILE_TEXT));
        showLog.setTooltip(new Tooltip("Show this node's log"));
        showLog.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        showLog.setOnAction(e -> model.selectedProperty().set(row.id()));
        buttons.getChildren().add(showLog);
        buttons.setAlignment(Pos.CENTER_LEFT);
        row.stateProperty().addListener((obs, was, now) -> buttonsChanged());
        return buttons;
    }

    /**
     * One slot, as wide as its widest action: the first of {@code actions} the state allows shows there, or the one
     * shown before when none is (a stopping node's Stop stays, disabled).
     */
    private StackPane slot(Action... actions) {
        StackPane slot = new StackPane();
        slot.setAlignment(Pos.CENTER_LEFT);
        slot.setMinWidth(Region.USE_PREF_SIZE);
        for (Action action : actions) {
            Button button = actionButton(action);
            // as wide as the slot: Pause as wide as Resume, with no gap beside it
            button.setMaxWidth(Double.MAX_VALUE);
            slot.getChildren().add(button);
        }
        Runnable show = () -> {
            int shown = IntStream.range(0, actions.length).filter(i -> actions[i].allowedIn(row.state())).findFirst()
                    .orElse(-1);
            if (shown < 0) {
                return;
            }
            for (int i = 0; i < actions.length; i++) {
                Node button = slot.getChildren().get(i);
                boolean hadFocus = button.isFocused();
                button.setVisible(i == shown);
                if (hadFocus && i != shown) {
                    // a keyboard user stays in the slot rather than on a button no longer there
                    slot.getChildren().get(shown).requestFocus();
                }
            }
        };
        // until the state allows one of them (a card made while its node stops), the last, as before the stop
        for (int i = 0; i < actions.length; i++) {
            slot.getChildren().get(i).setVisible(i == actions.length - 1);
        }
        show.run();
        row.stateProperty().addListener((obs, was, now) -> show.run());
        return slot;
    }

    private Button actionButton(Action action) {
        String text = ActionLook.word(action);
        Button button = new Button(text, new FontIcon(ActionLook.icon(action)));
        button.setId(action.name().toLowerCase(Locale.ROOT) + "-" + row.name());
        button.getStyleClass().add(Styles.SMALL);
        if (ActionLook.style(action) != null) {
            button.getStyleClass().add(ActionLook.style(action));
        }
        button.setTooltip(new Tooltip(switch (action) {
            case KILL -> "SIGKILL: a crash, for failover demos";
            case PAUSE -> "SIGSTOP: a hung node";
            case STOP -> "Graceful stop (controlled shutdown for brokers)";
            default -> text + " " + row.name();
        }));
        button.disableProperty().bind(model.canRun(action, row).not());
        button.disableProperty().addListener((obs, was, disabled) -> {
            buttonsChanged();
            // a disabled button keeps no focus ring, and the next Tab would leave the card: the card takes the focus
            if (disabled && button.isFocused()) {
                requestFocus();
            }
        });
        button.setOnAction(e -> {
            if (settling()) {
                // said for Kill, the one a user may mean at once; a double click's second Stop is just dropped
                if (action == Action.KILL) {
                    sayIgnored(button);
                }
                return;
            }
            model.run(action, row);
        });
        return button;
    }

    private void buttonsChanged() {
        buttonsChangedAt = nanoTime.getAsLong();
        buttonsEverChanged = true;
    }

    /**
     * True within {@link #SETTLE_NANOS} of the buttons changing (the node's state, or which of them are enabled): a
     * click now was aimed at what was there before.
     */
    boolean settling() {
        return buttonsEverChanged && nanoTime.getAsLong() - buttonsChangedAt < SETTLE_NANOS;
    }

    /** Why the click did nothing, briefly beside the button: a click that does nothing looks like a broken button. */
    private void sayIgnored(Button button) {
        if (button.getScene() == null || button.getScene().getWindow() == null
                || !button.getScene().getWindow().isShowing()) {
            return;
        }
        if (ignoredNote == null) {
            ignoredNote = new Tooltip();
            ignoredNote.setAutoHide(true);
        }
        // the state it changed to, not "the buttons": a node just stopping is why, and Kill may be off by now
        ignoredNote.setText("Not killed: " + row.name() + " had just changed to "
                + row.state().name().toLowerCase(Locale.ROOT) + ". Click Kill again if you still mean it.");
        // once Kill no longer applies (the node stopped meanwhile), "click again" would be advice it cannot take
        button.disabledProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                if (now) {
                    ignoredNote.hide();
                }
                o.removeListener(this);
            }
        });
        Bounds at = button.localToScreen(button.getLayoutBounds());
        ignoredNote.show(button, at.getMinX(), at.getMaxY() + 4);
        PauseTransition hide = new PauseTransition(Duration.seconds(3));
        hide.setOnFinished(e -> ignoredNote.hide());
        hide.play();
    }
}
