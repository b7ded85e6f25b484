package io.brokerlab.app.cluster;

import atlantafx.base.theme.Styles;
import io.brokerlab.app.AppView;
import io.brokerlab.app.Connection;
import io.brokerlab.app.Session;
import io.brokerlab.app.cluster.ClusterViewModel.Action;
import io.brokerlab.launcher.cluster.NodeState;
import io.brokerlab.launcher.config.NodeKind;
import io.brokerlab.launcher.config.NodeId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.nio.file.Path;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringExpression;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Every node as a card with its state and buttons, Start all / Stop all, and the selected node's log. */
public final class ClusterView implements AppView {

    private static final PseudoClass LEADING = PseudoClass.getPseudoClass("leading");
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);

    private final Session session;
    private final ClusterViewModel model;
    private final NodeLogViewModel log;
    private final Runnable createCluster;
    private final BorderPane root = new BorderPane();
    private final ToolBar toolbar;
    private final CardGrid cards = new CardGrid(16);
    private final Map<NodeId, Node> cardsById = new HashMap<>();
    private final StackPane body = new StackPane();
    private final Label logTitle = new Label("Log");
    private final TextField logSearch = new TextField();
    /** The cards above the log; built once, shown again for each workspace. */
    private final Node clusterPane;
    private final Consumer<Path> openWorkspace;
    private final ExternalBrokersViewModel external = new ExternalBrokersViewModel();
    /** Re-reads the selected log while the view is shown; null while hidden. */
    private ScheduledFuture<?> logPolling;

    /** {@code openWorkspace}: shows a workspace folder again, saying why if it cannot. */
    public ClusterView(Session session, BiConsumer<String, Throwable> errors, Runnable createCluster,
                       Consumer<Path> openWorkspace) {
        this.session = session;
        this.createCluster = createCluster;
        this.openWorkspace = openWorkspace;
        this.model = new ClusterViewModel(session.fx());
        this.log = new NodeLogViewModel(session.background(), session.fx());
        this.toolbar = toolbar();
        this.clusterPane = clusterPane();
        model.onError(errors);
        session.connectionProperty().addListener((obs, old, c) -> attach());
        session.clusterStateProperty().addListener((obs, old, state) -> {
            if (isExternal()) {
                external.apply(state);
            }
        });
        session.snapshotProperty().addListener((obs, old, snap) -> model.apply(snap));
        model.nodes().addListener((ListChangeListener<NodeRow>) c -> rebuildCards());
        model.selectedProperty().addListener((obs, old, now) -> {
            showSelected(old, now);
            log.nodeProperty().set(now);
        });
        root.setTop(toolbar);
        root.setCenter(body);
        root.getStyleClass().add("cluster-view");
        attach();
    }

    private void attach() {
        model.attach(session.cluster());
        log.attach(session.cluster());
        external.apply(isExternal() ? session.clusterStateProperty().get() : null);
        // no Start all, Stop all or New cluster for brokers Brokerlab did not start
        toolbar.setVisible(!isExternal());
        toolbar.setManaged(!isExternal());
        if (isExternal()) {
            body.getChildren().setAll(externalPane());
        } else if (session.cluster() == null) {
            body.getChildren().setAll(emptyState());
        } else {
            body.getChildren().setAll(clusterPane);
            // log.attach forgot the node; the selection may be the same node as before, so no change says so
            log.nodeProperty().set(model.selectedProperty().get());
        }
    }

    private Node clusterPane() {
        ScrollPane scroll = new ScrollPane(cards);
        scroll.setFitToWidth(true);
        cards.setPadding(new Insets(16));
        Label status = new Label();
        status.setId("cluster-status");
        status.getStyleClass().add(Styles.WARNING);
        status.setWrapText(true);
        status.setPadding(new Insets(8, 16, 0, 16));
        status.textProperty().bind(model.statusProperty());
        status.visibleProperty().bind(model.statusProperty().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());
        // above the cards rather than in the toolbar: a long step would push the summary into its overflow menu
        Region progress = progressBox(model.progress());
        progress.setId("cluster-progress");
        progress.setPadding(new Insets(8, 16, 0, 16));
        BorderPane top = new BorderPane(scroll);
        top.setTop(new VBox(progress, status));
        SplitPane split = new SplitPane(top, logPane());
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.58);
        return split;
    }

    /** Re-reads the nodes and the log now (F5 calls this too), then the log every second until hidden. */
    @Override
    public void shown() {
        model.refresh();
        log.poll();
        if (logPolling == null) {
            // poll reads FX-thread state (the chosen node): it runs there and hands the reading to the background
            logPolling = session.every(1000, () -> session.fx().execute(log::poll));
        }
    }

    @Override
    public void hidden() {
        if (logPolling != null) {
            logPolling.cancel(false);
            logPolling = null;
        }
    }

    private boolean isExternal() {
        Connection c = session.connectionProperty().get();
        return c != null && !c.local();
    }

    /** The status line: the workspace's nodes, or an external cluster's brokers. */
    public StringExpression summaryProperty() {
        return Bindings.when(external.summaryProperty().isEmpty()).then(model.summaryProperty())
                .otherwise(external.summaryProperty());
    }

    private Node externalPane() {
        Label title = new Label("External cluster at " + session.connectionProperty().get().bootstrapServers());
        title.getStyleClass().add(Styles.TITLE_3);
        Label why = new Label("Brokerlab did not start these brokers, so there is no Start, Stop or Kill for them."
                + " Topics, Console, Timeline, Charts and Properties show this cluster; process control comes back"
                + " with the workspace.");
        why.setWrapText(true);
        why.getStyleClass().add(Styles.TEXT_MUTED);
        TableView<ExternalBrokersViewModel.BrokerRow> table = new TableView<>(external.brokers());
        table.setId("external-brokers");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("Broker", r -> "broker-" + r.id()));
        table.getColumns().add(column("Address", ExternalBrokersViewModel.BrokerRow::address));
        table.getColumns().add(column("Role", r -> r.controller() ? "controller" : "broker"));
        table.getColumns().add(column("Leads", r -> r.leads() + (r.leads() == 1 ? " partition" : " partitions")));
        table.getColumns().add(column("Replicas", r -> String.valueOf(r.replicas())));
        table.getColumns().add(column("Out of sync", r -> String.valueOf(r.outOfSync())));
        table.setPlaceholder(new Label("Waiting for the cluster's first metadata…"));
        Button back = new Button("Back to the workspace", new FontIcon(Feather.FOLDER));
        back.setId("back-to-workspace");
        back.setOnAction(e -> openWorkspace.accept(session.directoryProperty().get()));
        VBox box = new VBox(12, title, why, back, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setPadding(new Insets(16));
        return box;
    }

    private static TableColumn<ExternalBrokersViewModel.BrokerRow, String> column(String title,
            Function<ExternalBrokersViewModel.BrokerRow, String> value) {
        TableColumn<ExternalBrokersViewModel.BrokerRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        return column;
    }

    private Node emptyState() {
        Label title = new Label("No cluster here yet");
        title.getStyleClass().add(Styles.TITLE_2);
        Label where = new Label();
        where.textProperty().bind(Bindings.createStringBinding(() -> "Brokerlab keeps a cluster in a folder. "
                + session.directoryProperty().get() + " has none.", session.directoryProperty()));
        where.setWrapText(true);
        Button create = new Button("Create cluster…", new FontIcon(Feather.PLUS_CIRCLE));
        create.getStyleClass().addAll(Styles.ACCENT, Styles.LARGE);
        create.setId("create-cluster");
        create.setOnAction(e -> createCluster.run());
        VBox box = new VBox(16, new FontIcon(Feather.SERVER), title, where, create);
        box.getChildren().get(0).getStyleClass().add("empty-icon");
        box.setAlignment(Pos.CENTER);
        box.setMaxWidth(560);
        return box;
    }

    private ToolBar toolbar() {
        Button startAll = new Button("Start all", new FontIcon(Feather.PLAY));
        startAll.setId("start-all");
        startAll.getStyleClass().add("primary-action");
        startAll.setTooltip(new Tooltip("Start ZooKeeper, then every broker (Ctrl+Shift+U)"));
        startAll.setOnAction(e -> model.startAll());
        Button stopAll = new Button("Stop all", new FontIcon(Feather.SQUARE));
        stopAll.setId("stop-all");
        stopAll.setTooltip(new Tooltip("Stop the brokers one by one, then ZooKeeper; cancels a Start all (Ctrl+Shift+D)"));
        stopAll.setOnAction(e -> model.stopAll());
        startAll.disableProperty().bind(model.canStartAllProperty().not());
        stopAll.disableProperty().bind(model.canStopAllProperty().not());
        Button create = new Button("New cluster…", new FontIcon(Feather.PLUS));
        create.setOnAction(e -> createCluster.run());
        Label summary = new Label();
        summary.setId("cluster-summary");
        summary.textProperty().bind(model.summaryProperty());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        return new ToolBar(startAll, stopAll, grow, summary, create);
    }

    /** Start all's or Stop all's progress: a bar of the nodes done and the step it waits for. */
    public static Region progressBox(ClusterProgress progress) {
        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(200);
        bar.progressProperty().bind(progress.fractionProperty());
        Label step = new Label();
        step.getStyleClass().add("cluster-progress-step");
        step.textProperty().bind(progress.stepProperty());
        // a long step gives way (elided) before the buttons and the summary do
        step.setMinWidth(0);
        HBox box = new HBox(8, bar, step);
        box.getStyleClass().add("cluster-progress");
        box.setAlignment(Pos.CENTER_LEFT);
        box.visibleProperty().bind(progress.activeProperty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    /** The failover demo's key: kills the selected card's node, or says above the cards why it cannot. */
    public ClusterViewModel.Outcome killSelected() {
        return model.killSelected();
    }

    public ClusterViewModel.Outcome startAll() {
        return model.startAll();
    }

    public ClusterViewModel.Outcome stopAll() {
        return model.stopAll();
    }

    /** Selects {@code node}'s card, so its log shows below the cards. */
    public void showLog(NodeId node) {
        if (model.node(node) != null) {
            model.selectedProperty().set(node);
        }
    }

    private void rebuildCards() {
        cards.getChildren().clear();
        cardsById.clear();
        for (NodeRow row : model.nodes()) {
            Node card = card(row);
            cardsById.put(row.id(), card);
            cards.getChildren().add(card);
        }
        showSelected(null, model.selectedProperty().get());
    }

    private void showSelected(NodeId old, NodeId now) {
        if (old != null && cardsById.containsKey(old)) {
            cardsById.get(old).pseudoClassStateChanged(SELECTED, false);
        }
        if (now != null && cardsById.containsKey(now)) {
            cardsById.get(now).pseudoClassStateChanged(SELECTED, true);
        }
    }

    /** Arrow keys move the selection card by card and focus follows, so the keyboard alone picks the node to kill. */
    private void moveSelection(KeyEvent e, Node card) {
        int steps = switch (e.getCode()) {
            case LEFT, UP -> -1;
            case RIGHT, DOWN -> 1;
            default -> 0;
        };
        // only on the card itself: a focused button inside it keeps its own keys
        if (steps == 0 || e.getTarget() != card) {
            return;
        }
        model.selectBy(steps);
        Node selected = cardsById.get(model.selectedProperty().get());
        if (selected != null) {
            selected.requestFocus();
        }
        e.consume();
    }

    private Node card(NodeRow row) {
        FontIcon kindIcon = new FontIcon(row.kind() == NodeKind.ZOOKEEPER ? Feather.GIT_MERGE : Feather.SERVER);
        kindIcon.getStyleClass().add("card-icon");
        Label name = new Label(row.name());
        name.getStyleClass().add(Styles.TITLE_3);
        Label kind = new Label(row.kind() == NodeKind.ZOOKEEPER ? "ZooKeeper" : "Kafka broker");
        kind.getStyleClass().add(Styles.TEXT_MUTED);
        Label state = new Label();
        state.getStyleClass().add("state-badge");
        state.textProperty().bind(Bindings.createStringBinding(() -> row.state().label(), row.stateProperty()));
        row.stateProperty().addListener((obs, old, now) -> styleState(state, now));
        styleState(state, row.state());
        Label role = new Label();
        role.getStyleClass().add("role-badge");
        role.textProperty().bind(row.roleProperty());
        role.visibleProperty().bind(row.roleProperty().isNotEmpty());
        role.managedProperty().bind(role.visibleProperty());
        role.styleProperty().bind(Bindings.createStringBinding(() -> "", row.roleProperty()));
        // set now too: a card built after the role is known must show it highlighted
        role.pseudoClassStateChanged(LEADING, row.leadingProperty().get());
        row.leadingProperty().addListener((obs, old, now) -> role.pseudoClassStateChanged(LEADING, now));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        VBox titles = new VBox(2, name, kind);
        HBox header = new HBox(10, kindIcon, titles, grow, role, state);
        header.setAlignment(Pos.CENTER_LEFT);

        GridPane facts = new GridPane();
        facts.setHgap(12);
        facts.setVgap(4);
        Label ports = addFact(facts, 0, "Ports", row.portsProperty());
        ports.setId("ports-" + row.name());
        Tooltip portDetails = new Tooltip();
        portDetails.textProperty().bind(row.portDetailsProperty());
        ports.setTooltip(portDetails);
        addFact(facts, 1, "PID", row.pidProperty());
        addFact(facts, 2, "Uptime", row.uptimeProperty());
        addFact(facts, 3, "Heap", row.heapProperty());
        if (row.kind() == NodeKind.ZOOKEEPER) {
            addFact(facts, 4, "Serving", row.sessionsProperty());
        }
        Label exit = new Label();
        exit.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.DANGER);
        exit.textProperty().bind(row.exitReasonProperty());
        exit.setWrapText(true);
        // wrapped to the card's width, which a long reason must not widen (and so take a column from the grid)
        exit.setPrefWidth(0);
        exit.setMaxWidth(Double.MAX_VALUE);
        exit.visibleProperty().bind(row.exitReasonProperty().isNotEmpty()
                .and(Bindings.createBooleanBinding(() -> !row.state().isAlive(), row.stateProperty())));
        exit.managedProperty().bind(exit.visibleProperty());

        HBox buttons = new HBox(6,
                actionButton(row, Action.START, Feather.PLAY, "Start", null),
                actionButton(row, Action.STOP, Feather.SQUARE, "Stop", null),
                actionButton(row, Action.KILL, Feather.ZAP, "Kill", Styles.DANGER),
                actionButton(row, Action.PAUSE, Feather.PAUSE, "Pause", null),
                actionButton(row, Action.RESUME, Feather.PLAY_CIRCLE, "Resume", null),
                actionButton(row, Action.RESTART, Feather.ROTATE_CW, "Restart", null));
        Button showLog = new Button(null, new FontIcon(Feather.FILE_TEXT));
        showLog.setTooltip(new Tooltip("Show this node's log"));
        showLog.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        showLog.setOnAction(e -> model.selectedProperty().set(row.id()));
        buttons.getChildren().add(showLog);
        buttons.setAlignment(Pos.CENTER_LEFT);
        ProgressBar busy = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
        busy.setMaxWidth(Double.MAX_VALUE);
        busy.getStyleClass().add(Styles.SMALL);
        busy.visibleProperty().bind(row.busyProperty().or(Bindings.createBooleanBinding(
                () -> row.state() == NodeState.STARTING || row.state() == NodeState.STOPPING, row.stateProperty())));

        VBox card = new VBox(10, header, facts, exit, busy, buttons);
        card.getStyleClass().add("node-card");
        card.setId("card-" + row.name());
        card.setFocusTraversable(true);
        card.setAccessibleText(row.name());
        card.focusedProperty().addListener((obs, was, focused) -> {
            if (focused) {
                model.selectedProperty().set(row.id());
            }
        });
        card.setOnMouseClicked(e -> {
            model.selectedProperty().set(row.id());
            // a click on one of its buttons leaves the focus on that button
            if (!card.isFocusWithin()) {
                card.requestFocus();
            }
        });
        card.addEventHandler(KeyEvent.KEY_PRESSED, e -> moveSelection(e, card));
        return card;
    }

    private static void styleState(Label label, NodeState state) {
        label.getStyleClass().removeIf(s -> s.startsWith("state-") && !s.equals("state-badge"));
        label.getStyleClass().add("state-" + state.label());
    }

    private static Label addFact(GridPane grid, int column, String name,
                                 javafx.beans.value.ObservableValue<String> value) {
        Label key = new Label(name);
        key.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        key.setMinWidth(Region.USE_PREF_SIZE);
        Label val = new Label();
        val.textProperty().bind(value);
        val.getStyleClass().add("fact-value");
        val.setMinWidth(Region.USE_PREF_SIZE);
        grid.add(key, column, 0);
        grid.add(val, column, 1);
        return val;
    }

    private Button actionButton(NodeRow row, Action action, Ikon icon, String text, String style) {
        Button button = new Button(text, new FontIcon(icon));
        button.setId(action.name().toLowerCase(Locale.ROOT) + "-" + row.name());
        button.getStyleClass().add(Styles.SMALL);
        if (style != null) {
            button.getStyleClass().add(style);
        }
        button.setTooltip(new Tooltip(switch (action) {
            case KILL -> "SIGKILL: a crash, for failover demos";
            case PAUSE -> "SIGSTOP: a hung node";
            case STOP -> "Graceful stop (controlled shutdown for brokers)";
            default -> text + " " + row.name();
        }));
        button.disableProperty().bind(model.canRun(action, row).not());
        // only the actions that fit the state are shown, so a card stays one short row
        button.visibleProperty().bind(Bindings.createBooleanBinding(() -> action.allowedIn(row.state()),
                row.stateProperty()));
        button.managedProperty().bind(button.visibleProperty());
        button.setOnAction(e -> model.run(action, row));
        return button;
    }

    private Node logPane() {
        logTitle.textProperty().bind(Bindings.createStringBinding(() -> log.nodeProperty().get() == null ? "Log"
                : "Log of " + log.nodeProperty().get().name(), log.nodeProperty()));
        logTitle.getStyleClass().add(Styles.TITLE_4);
        logSearch.setPromptText("Search the log (Ctrl+F)");
        logSearch.setId("log-search");
        logSearch.textProperty().bindBidirectional(log.searchProperty());
        CheckBox follow = new CheckBox("Follow");
        follow.selectedProperty().bindBidirectional(log.followProperty());
        Label matches = new Label();
        matches.setId("log-matches");
        matches.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        matches.textProperty().bind(log.matchesProperty());
        matches.managedProperty().bind(matches.textProperty().isNotEmpty());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bar = new HBox(10, new FontIcon(Feather.FILE_TEXT), logTitle, grow, logSearch, matches, follow);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 10, 6, 10));
        Label behind = new Label("The log has newer lines: tick Follow to see them");
        behind.setId("log-behind");
        behind.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        behind.visibleProperty().bind(log.behindProperty());
        behind.managedProperty().bind(behind.visibleProperty());
        bar.getChildren().add(bar.getChildren().indexOf(logSearch), behind);
        Label unreadable = new Label();
        unreadable.setId("log-error");
        unreadable.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.DANGER);
        unreadable.setMinWidth(0);
        unreadable.textProperty().bind(log.readErrorProperty());
        // with no line shown, the list's placeholder says it instead
        unreadable.visibleProperty().bind(log.readErrorProperty().isNotEmpty()
                .and(Bindings.isNotEmpty(log.visibleLines())));
        unreadable.managedProperty().bind(unreadable.visibleProperty());
        bar.getChildren().add(bar.getChildren().indexOf(logSearch), unreadable);
        ListView<LogLine> lines = keepingSelection(log.visibleLines());
        lines.setId("log-lines");
        lines.getStyleClass().addAll("log-lines", Styles.DENSE);
        Label placeholder = new Label();
        placeholder.setId("log-placeholder");
        placeholder.getStyleClass().add(Styles.TEXT_MUTED);
        placeholder.setWrapText(true);
        placeholder.textProperty().bind(log.placeholderProperty());
        lines.setPlaceholder(placeholder);
        lines.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(LogLine item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("log-error", "log-warn", "log-debug");
                showLine(this, empty ? null : item, log.needle());
                if (!empty && item != null) {
                    switch (item.level()) {
                        case ERROR -> getStyleClass().add("log-error");
                        case WARN -> getStyleClass().add("log-warn");
                        case DEBUG -> getStyleClass().add("log-debug");
                        default -> { }
                    }
                }
            }
        });
        Runnable copy = () -> copy(lines);
        lines.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (COPY.match(e)) {
                copy.run();
                e.consume();
            }
        });
        // no accelerator: a context menu's is installed on the whole scene and would take Ctrl+C from other views
        MenuItem copyItem = new MenuItem("Copy", new FontIcon(Feather.COPY));
        copyItem.setOnAction(e -> copy.run());
        copyItem.disableProperty().bind(Bindings.isEmpty(lines.getSelectionModel().getSelectedItems()));
        MenuItem selectAll = new MenuItem("Select all");
        selectAll.setOnAction(e -> lines.getSelectionModel().selectAll());
        lines.setContextMenu(new ContextMenu(copyItem, selectAll));
        log.visibleLines().addListener((ListChangeListener<LogLine>) c -> {
            if (log.followProperty().get() && !lines.getItems().isEmpty()) {
                lines.scrollTo(lines.getItems().size() - 1);
            }
        });
        BorderPane pane = new BorderPane(lines);
        pane.setTop(bar);
        VBox.setVgrow(lines, Priority.ALWAYS);
        return pane;
    }

    /**
     * A line's text; while a search runs, the text it found marked in it. Plain text otherwise: a cell with a
     * graphic per line costs more, and most of the time nothing is searched.
     */
    private static void showLine(ListCell<LogLine> cell, LogLine line, String needle) {
        if (line == null || needle.isEmpty()) {
            cell.setGraphic(null);
            cell.setText(line == null ? null : line.text());
            return;
        }
        HBox pieces = new HBox();
        for (NodeLogViewModel.Piece piece : NodeLogViewModel.pieces(line.text(), needle)) {
            Label text = new Label(piece.text());
            text.getStyleClass().add(piece.match() ? "log-match" : "log-piece");
            text.setMinWidth(Region.USE_PREF_SIZE);
            pieces.getChildren().add(text);
        }
        cell.setText(null);
        cell.setGraphic(pieces);
    }

    /**
     * A list of {@code items} that keeps the user's selection (lines chosen to copy, say) when they change: a search
     * narrows them, Follow brings newer ones. The list view itself would drop it; the lines are selected again
     * wherever they are now.
     */
    private static ListView<LogLine> keepingSelection(ObservableList<LogLine> items) {
        List<LogLine> chosen = new ArrayList<>();
        boolean[] itemsChanging = {false};
        // added before the list view's own listener: the selection it then drops is not taken for the user's
        items.addListener((ListChangeListener<LogLine>) c -> itemsChanging[0] = true);
        ListView<LogLine> view = new ListView<>(items);
        view.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        view.getSelectionModel().getSelectedItems().addListener((ListChangeListener<LogLine>) c -> {
            if (!itemsChanging[0]) {
                chosen.clear();
                chosen.addAll(view.getSelectionModel().getSelectedItems());
            }
        });
        items.addListener((ListChangeListener<LogLine>) c -> {
            try {
                view.getSelectionModel().clearSelection();
                int[] at = chosen.stream().mapToInt(items::indexOf).filter(i -> i >= 0).toArray();
                if (at.length > 0) {
                    view.getSelectionModel().selectIndices(at[0], at);
                }
            } finally {
                itemsChanging[0] = false;
            }
        });
        return view;
    }

    /** The selected lines, in the order shown, as text. */
    private static void copy(ListView<LogLine> lines) {
        List<LogLine> selected = lines.getSelectionModel().getSelectedIndices().stream().sorted()
                .map(lines.getItems()::get).toList();
        if (!selected.isEmpty()) {
            ClipboardContent content = new ClipboardContent();
            content.putString(NodeLogViewModel.textOf(selected));
            Clipboard.getSystemClipboard().setContent(content);
        }
    }

    /** The log's search field, when the cards and the log are shown (not for an external cluster or none). */
    @Override
    public void focusSearch() {
        if (logSearch.getScene() != null && logSearch.isVisible()) {
            logSearch.requestFocus();
            logSearch.selectAll();
        }
    }

    public ClusterViewModel model() {
        return model;
    }

    @Override
    public String title() {
        return "Cluster";
    }

    @Override
    public Ikon icon() {
        return Feather.SERVER;
    }

    @Override
    public Node root() {
        return root;
    }
}
