package io.brokerlab.app.cluster;

import atlantafx.base.theme.Styles;
import io.brokerlab.app.AppView;
import io.brokerlab.app.Connection;
import io.brokerlab.app.Session;
import io.brokerlab.app.ui.DraggedDivider;
import io.brokerlab.app.ui.HomeRelativePath;
import io.brokerlab.app.ui.ShortcutKey;
import io.brokerlab.launcher.config.NodeId;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringExpression;
import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
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

    private final Session session;
    private final ClusterViewModel model;
    private final NodeLogViewModel log;
    private final Runnable createCluster;
    /** Below the cards when the divider is placed for them: its own half over the pane, and rounding. */
    private static final double DIVIDER_ALLOWANCE = 8;

    private final BorderPane root = new BorderPane();
    private final ToolBar toolbar;
    private final CardGrid cards = new CardGrid(16);
    private final Map<NodeId, NodeCard> cardsById = new HashMap<>();
    private final ScrollPane cardScroll = new ScrollPane(cards);
    private final StackPane body = new StackPane();
    private final NodeLogPane logPane;
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
        this.logPane = new NodeLogPane(log);
        this.clusterPane = clusterPane();
        model.onError(errors);
        session.connectionProperty().addListener((obs, old, c) -> attach());
        session.clusterStateProperty().addListener((obs, old, state) -> {
            if (isExternal()) {
                external.apply(state);
            } else {
                model.apply(state);
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
        cardScroll.setFitToWidth(true);
        // the divider placed or the window shrunk: a selected card that was in view stays in view. One out of view
        // (the last broker, selected as the workspace opens) is not scrolled to: the cards open at the top, in the
        // order of the cluster's start, ZooKeeper first
        cardScroll.viewportBoundsProperty().addListener((o, was, now) -> {
            if (was.getHeight() != now.getHeight()
                    && selectedCard().filter(card -> wholeInView(card, was.getHeight())).isPresent()) {
                selectedCard().ifPresent(this::reveal);
            }
        });
        cards.setPadding(new Insets(16));
        Label status = new Label();
        status.setId("cluster-status");
        status.getStyleClass().add(Styles.WARNING);
        status.setWrapText(true);
        status.setPadding(new Insets(8, 16, 0, 16));
        status.textProperty().bind(model.statusProperty());
        status.visibleProperty().bind(model.statusProperty().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());
        BorderPane top = new BorderPane(cardScroll);
        top.setTop(status);
        SplitPane split = new SplitPane(top, logPane);
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.58);
        fitCardsAboveTheLog(split, top);
        return split;
    }

    /**
     * The divider just below the cards when they fit in three quarters of the height (a fixed share cut the second
     * row's buttons at 1366×768), the log getting the rest. Placed again only when the room or the cards' number
     * changes, not when a card grows a line (a start's progress): the cards must not move under the pointer. Once
     * the user drags the divider, it stays theirs.
     */
    private void fitCardsAboveTheLog(SplitPane split, BorderPane top) {
        List<Double> fittedFor = new ArrayList<>();
        BooleanSupplier dragged = DraggedDivider.of(split);
        InvalidationListener fit = o -> {
            double height = split.getHeight();
            double width = cardScroll.getViewportBounds().getWidth();
            List<Double> room = List.of(height, width, (double) cards.getChildren().size());
            if (dragged.getAsBoolean() || height <= 0 || width <= 0 || cards.getChildren().isEmpty()
                    || room.equals(fittedFor)) {
                return;
            }
            fittedFor.clear();
            fittedFor.addAll(room);
            double wanted = cards.prefHeight(width) + top.getTop().prefHeight(top.getWidth())
                    + cardScroll.snappedTopInset() + cardScroll.snappedBottomInset() + DIVIDER_ALLOWANCE;
            split.setDividerPositions(Math.max(0.4, Math.min(0.75, wanted / height)));
        };
        split.heightProperty().addListener(fit);
        // after the cards' own layout: their heights are known then
        cards.heightProperty().addListener(fit);
        cardScroll.widthProperty().addListener(fit);
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
        return new ExternalBrokersPane(external, session.connectionProperty().get().bootstrapServers(),
                () -> openWorkspace.accept(session.directoryProperty().get()));
    }

    private Node emptyState() {
        // while a workspace is read (seconds with a paused node), "none here" and its Create button would mislead
        var opening = session.openingProperty();
        Label title = new Label();
        title.textProperty().bind(Bindings.when(opening).then("Opening the workspace…").otherwise("No cluster here yet"));
        title.getStyleClass().add(Styles.TITLE_2);
        Label where = new Label();
        where.textProperty().bind(Bindings.createStringBinding(() -> {
            String folder = session.directoryProperty().get() == null ? "This folder"
                    : HomeRelativePath.of(session.directoryProperty().get());
            return opening.get() ? "Reading " + folder + " and its nodes."
                    : "Brokerlab keeps a cluster in a folder. " + folder + " has none.";
        }, session.directoryProperty(), opening));
        where.setWrapText(true);
        // named as in the toolbar, for the same wizard
        Button create = new Button("New cluster…", new FontIcon(Feather.PLUS_CIRCLE));
        create.getStyleClass().addAll(Styles.ACCENT, Styles.LARGE);
        create.setId("create-cluster");
        create.setOnAction(e -> createCluster.run());
        create.visibleProperty().bind(opening.not());
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
        startAll.setTooltip(new Tooltip(ShortcutKey.named("Start ZooKeeper, then every broker (Ctrl+Shift+U)")));
        startAll.setOnAction(e -> model.startAll());
        Button stopAll = new Button("Stop all", new FontIcon(Feather.STOP_CIRCLE));
        stopAll.setId("stop-all");
        stopAll.setTooltip(new Tooltip(ShortcutKey.named(
                "Stop the brokers one by one, then ZooKeeper; cancels a Start all (Ctrl+Shift+D)")));
        stopAll.setOnAction(e -> model.stopAll());
        startAll.disableProperty().bind(model.canStartAllProperty().not());
        stopAll.disableProperty().bind(model.canStopAllProperty().not());
        Button create = new Button("New cluster…", new FontIcon(Feather.PLUS));
        create.setOnAction(e -> createCluster.run());
        Label summary = new Label();
        summary.setId("cluster-summary");
        summary.textProperty().bind(model.summaryProperty());
        // the status bar says it too: while a start or stop runs, its progress has the room
        summary.visibleProperty().bind(model.progress().activeProperty().not());
        summary.managedProperty().bind(summary.visibleProperty());
        // in the toolbar's free room, not above the cards: the cards would move down under the pointer as it
        // shows and back up as it goes. Asking for no width, it never pushes the buttons into the overflow menu;
        // a long step is elided instead.
        Region progress = progressBox(model.progress());
        progress.setId("cluster-progress");
        progress.setPadding(new Insets(0, 8, 0, 8));
        HBox grow = new HBox(progress, startHint());
        grow.setAlignment(Pos.CENTER_LEFT);
        grow.setMinWidth(0);
        grow.setPrefWidth(0);
        HBox.setHgrow(grow, Priority.ALWAYS);
        return new ToolBar(startAll, stopAll, grow, summary, create);
    }

    /**
     * What to do with a cluster none of whose nodes runs (every card "stopped", as the wizard leaves it), beside Start
     * all, in the room its progress takes once pressed: above the cards, it moved them up under the pointer as it
     * went. Elided in a narrow window; the tooltip has it whole.
     */
    private Label startHint() {
        Label hint = new Label(ShortcutKey.named("Start all (Ctrl+Shift+U) starts ZooKeeper, then the brokers"),
                new FontIcon(Feather.INFO));
        hint.setId("cluster-start-hint");
        hint.getStyleClass().add("cluster-start-hint");
        hint.setPadding(new Insets(0, 8, 0, 8));
        hint.setMinWidth(0);
        hint.setTooltip(new Tooltip(hint.getText()));
        hint.visibleProperty().bind(model.idleProperty().and(model.progress().activeProperty().not()));
        hint.managedProperty().bind(hint.visibleProperty());
        return hint;
    }

    /** Start all's or Stop all's progress: a bar of the nodes done and the step it waits for. */
    public static Region progressBox(ClusterProgress progress) {
        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(200);
        bar.progressProperty().bind(progress.fractionProperty());
        Label step = new Label();
        step.getStyleClass().add("cluster-progress-step");
        step.textProperty().bind(progress.stepProperty());
        // a long step gives way (elided) before the buttons and the summary do, whole in its tooltip
        step.setMinWidth(0);
        Tooltip whole = new Tooltip();
        whole.textProperty().bind(progress.stepProperty());
        step.setTooltip(whole);
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

    /** Selects {@code node}'s card, so its log shows below the cards, and scrolls the card into view. */
    public void showLog(NodeId node) {
        if (model.node(node) != null) {
            model.selectedProperty().set(node);
            // already selected (the last broker, by default): no change scrolls to it
            selectedCard().ifPresent(this::reveal);
        }
    }

    private void rebuildCards() {
        cards.getChildren().clear();
        cardsById.clear();
        for (NodeRow row : model.nodes()) {
            NodeCard card = new NodeCard(row, model);
            card.addEventHandler(KeyEvent.KEY_PRESSED, e -> moveSelection(e, card));
            cardsById.put(row.id(), card);
            cards.getChildren().add(card);
        }
        showSelected(null, model.selectedProperty().get());
    }

    private void showSelected(NodeId old, NodeId now) {
        if (old != null && cardsById.containsKey(old)) {
            cardsById.get(old).setSelected(false);
        }
        if (now != null && cardsById.containsKey(now)) {
            cardsById.get(now).setSelected(true);
            reveal(cardsById.get(now));
        }
    }

    /**
     * Scrolls the selected card into view: selected with the keys (or from a notice's Show log) it could sit under the
     * log pane, and Ctrl+Shift+K would kill a node the user cannot see.
     */
    private void reveal(NodeCard card) {
        if (cards.getHeight() <= 0 || cardScroll.getViewportBounds().getHeight() <= 0) {
            // not laid out yet: the default selection as a workspace opens, which the cards open without scrolling to
            return;
        }
        Bounds b = card.getBoundsInParent();
        cardScroll.setVvalue(CardGrid.scrollToShow(b.getMinY(), b.getMaxY(),
                cardScroll.getViewportBounds().getHeight(), cards.getHeight(), cardScroll.getVvalue()));
    }

    private Optional<NodeCard> selectedCard() {
        return Optional.ofNullable(model.selectedProperty().get()).map(cardsById::get);
    }

    /** Whether some of {@code card} shows in a viewport of the cards {@code height} high, at the current scroll. */
    private boolean inView(NodeCard card, double height) {
        Bounds b = card.getBoundsInParent();
        double top = scrolledTo(height);
        return height > 0 && b.getMaxY() > top && b.getMinY() < top + height;
    }

    private boolean wholeInView(NodeCard card, double height) {
        Bounds b = card.getBoundsInParent();
        double top = scrolledTo(height);
        return height > 0 && b.getMinY() >= top && b.getMaxY() <= top + height;
    }

    /** The y of the cards at the top of a viewport {@code height} high. */
    private double scrolledTo(double height) {
        return cardScroll.getVvalue() * Math.max(0, cards.getHeight() - height);
    }

    /**
     * The selected node, while its card shows on screen: the failover demo's key kills it at once. Empty when the
     * card is scrolled out of view (the last broker of a large cluster as it opens): the key names it and asks first.
     */
    @Override
    public Optional<NodeId> nodeInSight() {
        return selectedCard().filter(card -> inView(card, cardScroll.getViewportBounds().getHeight()))
                .map(card -> model.selectedProperty().get());
    }

    /**
     * Arrow keys move the selection through the grid as it is shown (Down to the card below, not the next one) and
     * focus follows, so the keyboard alone picks the node to kill.
     */
    private void moveSelection(KeyEvent e, Node card) {
        CardGrid.Move move = switch (e.getCode()) {
            case LEFT -> CardGrid.Move.LEFT;
            case RIGHT -> CardGrid.Move.RIGHT;
            case UP -> CardGrid.Move.UP;
            case DOWN -> CardGrid.Move.DOWN;
            default -> null;
        };
        // only on the card itself: a focused button inside it keeps its own keys
        if (move == null || e.getTarget() != card) {
            return;
        }
        // the cards are in the model's order
        int to = CardGrid.neighbour(cards.getChildren().indexOf(card), move, cards.shownColumns(),
                cards.getChildren().size());
        model.selectedProperty().set(model.nodes().get(to).id());
        Node selected = cardsById.get(model.selectedProperty().get());
        if (selected != null) {
            selected.requestFocus();
        }
        e.consume();
    }

    /** The log's search field, when the cards and the log are shown (not for an external cluster or none). */
    @Override
    public void focusSearch() {
        logPane.focusSearch();
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
