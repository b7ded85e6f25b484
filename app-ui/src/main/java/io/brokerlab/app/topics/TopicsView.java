package io.brokerlab.app.topics;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import io.brokerlab.app.AppView;
import io.brokerlab.app.Session;
import io.brokerlab.app.cluster.NodeActions;
import io.brokerlab.app.ui.BoundedLabel;
import io.brokerlab.app.ui.ColumnEms;
import io.brokerlab.app.ui.IconCell;
import io.brokerlab.app.ui.ShortcutKey;
import io.brokerlab.app.ui.SteadyShare;
import io.brokerlab.app.ui.TextColumn;
import io.brokerlab.launcher.admin.PartitionInfo;
import io.brokerlab.launcher.admin.TopicInfo;
import io.brokerlab.launcher.admin.WindowsDataSafety;
import io.brokerlab.launcher.cluster.ClusterSnapshot;
import io.brokerlab.launcher.config.NodeId;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Topic list with health markers; the selected topic's partition table and replica map. */
public final class TopicsView implements AppView {

    private static final KeyCombination NEW_TOPIC = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);

    private final Session session;
    private final BiConsumer<String, Throwable> errors;
    private final NodeActions nodes;
    private final TopicsViewModel model;
    private final SplitPane root = new SplitPane();
    private final TextField filter = new TextField();
    /** End offsets move with every message and no event says so: re-read them while the view is on screen. */
    private final Timeline offsetTicker;
    /** The topics view shows the local workspace's cluster: on Windows its brokers run here. */
    private final WindowsDataSafety windows = WindowsDataSafety.forThisMachine();
    private PartitionTable partitions;
    private final Map<KeyCombination, Runnable> keys = new HashMap<>();
    /** Delete…, which the Delete key on the list presses. */
    private final Button delete = new Button("Delete…", new FontIcon(Feather.TRASH_2));

    /** {@code nodes}: the local cluster's node actions, offered on the replica map's cells. */
    public TopicsView(Session session, BiConsumer<String, Throwable> errors, NodeActions nodes) {
        this.session = session;
        this.errors = errors;
        this.nodes = nodes;
        this.model = new TopicsViewModel(session.background(), session.fx());
        session.connectionProperty().addListener((o, a, c) -> attach());
        session.snapshotProperty().addListener((o, a, snap) -> model.apply(snap));
        // Event-driven: the state watcher's states, coalesced by the session to at most one per pulse.
        session.clusterStateProperty().addListener((o, a, state) -> model.apply(state));
        attach();
        offsetTicker = new Timeline(new KeyFrame(Duration.seconds(1), e -> model.refreshEndOffsets()));
        offsetTicker.setCycleCount(Animation.INDEFINITE);
        build();
    }

    private void attach() {
        var ws = session.workspaceProperty().get();
        if (ws == null && session.topics() != null) {
            model.attachExternal(session.topics());
        } else {
            model.attach(session.topics(), ws == null ? List.of()
                    : ws.definition().brokerIds().stream().map(id -> id.id()).toList());
        }
        model.apply(session.snapshotProperty().get());
        model.apply(session.clusterStateProperty().get());
    }

    private void build() {
        ColumnEms widths = new ColumnEms();
        // by name, as typed: a cluster's hundred topics, or Kafka's own among them
        filter.setId("topics-filter");
        filter.setPromptText("Filter topics (Ctrl+F)");
        FilteredList<TopicRow> listed = new FilteredList<>(model.topics());
        listed.predicateProperty().bind(Bindings.createObjectBinding(() -> {
            String typed = filter.getText().strip().toLowerCase(Locale.ROOT);
            return typed.isEmpty() ? row -> true : row -> row.name().toLowerCase(Locale.ROOT).contains(typed);
        }, filter.textProperty()));
        // its words whole at a projector's text size, but the replica map, the demo's picture, keeps most of the room
        TableView<TopicRow> table = widths.wholeTable(listed, () -> root.getWidth() * 0.45);
        table.setId("topics-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<TopicRow, TopicRow> topicName = new TableColumn<>("Topic");
        topicName.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        topicName.setCellFactory(c -> new TopicNameCell());
        topicName.setComparator(java.util.Comparator.comparing(TopicRow::name));
        table.getColumns().add(widths.atLeast(topicName, 6.5));
        // a topic being created has no partitions yet, nor a replication factor: not "0" of either
        TableColumn<TopicRow, String> count = TextColumn.of("Partitions", r -> r.partitions() == 0 ? "…"
                : String.valueOf(r.partitions()));
        table.getColumns().add(widths.between(count, 5.5, 8));
        TableColumn<TopicRow, String> rf = TextColumn.of("RF", r -> r.partitions() == 0 ? "…"
                : String.valueOf(r.replicationFactor()));
        table.getColumns().add(widths.between(rf, 3, 4.5));
        TableColumn<TopicRow, TopicRow> health = new TableColumn<>("Health");
        health.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        // wrapped: every count is news in a failover ("2 offline · 6 under-replicated"), not only the first
        health.setCellFactory(c -> IconCell.wrapping(row -> row.noBrokerRuns()
                ? new IconCell.Look(row.health(), Feather.MINUS_CIRCLE, Styles.TEXT_MUTED)
                : row.partitions() == 0 ? new IconCell.Look(row.health(), Feather.LOADER, Styles.TEXT_MUTED)
                : row.offline() > 0
                ? new IconCell.Look(row.health(), Feather.X_OCTAGON, "problem-error")
                // a leader runs, yet acks=all writes are refused: not the warning of a replica short
                : row.belowMinIsr() > 0 ? new IconCell.Look(row.health(), Feather.SLASH, "problem-error")
                : row.underReplicated() > 0 ? new IconCell.Look(row.health(), Feather.ALERT_TRIANGLE, "problem-warning")
                : new IconCell.Look(row.health(), Feather.CHECK_CIRCLE, "timeline-good"),
                List.of("problem-error", "problem-warning", "timeline-good", Styles.TEXT_MUTED)));
        // "under-replicated", the longest word it wraps, whole beside the icon
        table.getColumns().add(widths.atLeast(health, 10.5));
        // pressed, as in a file manager; Delete… asks first, with Cancel the default
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE && !table.getSelectionModel().isEmpty()) {
                delete.fire();
                e.consume();
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> {
            if (row != null) {
                model.selectedProperty().set(row.name());
            }
        });
        // the row marked is always the topic shown: a topic just created is shown before its row is listed, and
        // the row picked before must not stay marked meanwhile (Delete acts on the topic shown)
        Runnable markShown = () -> {
            String name = model.selectedProperty().get();
            TopicRow shownRow = listed.stream().filter(r -> r.name().equals(name)).findFirst().orElse(null);
            if (shownRow == null) {
                table.getSelectionModel().clearSelection();
            } else if (table.getSelectionModel().getSelectedItem() != shownRow) {
                table.getSelectionModel().select(shownRow);
            }
        };
        listed.addListener((javafx.collections.ListChangeListener<TopicRow>) c -> markShown.run());
        model.selectedProperty().addListener((o, a, name) -> markShown.run());
        Label placeholder = new Label();
        placeholder.setId("topics-placeholder");
        placeholder.setWrapText(true);
        placeholder.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        placeholder.setPadding(new Insets(12));
        // what the user can do next: with no live broker New topic… is disabled, so first the cluster must run
        placeholder.textProperty().bind(Bindings.createStringBinding(() -> model.liveBrokersProperty().get().isEmpty()
                ? "No broker runs: start the cluster, then New topic… creates one."
                : !model.topics().isEmpty() ? "No topic name contains \"" + filter.getText().strip() + "\"."
                : "No topics yet: New topic… creates one.", model.liveBrokersProperty(), model.topics(),
                filter.textProperty()));
        table.setPlaceholder(placeholder);

        Button create = new Button("New topic…", new FontIcon(Feather.PLUS));
        create.setId("new-topic");
        create.getStyleClass().add("primary-action");
        create.setOnAction(e -> createTopic());
        create.setTooltip(new Tooltip(ShortcutKey.named("Create a topic (Ctrl+Shift+N)")));
        keys.put(NEW_TOPIC, create::fire);
        // also while an action runs, a create among them: a second create would race the first one's refresh
        create.disableProperty().bind(Bindings.createBooleanBinding(() -> model.liveBrokersProperty().get().isEmpty(),
                model.liveBrokersProperty()).or(model.busyProperty()));
        Button refresh = new Button(null, new FontIcon(Feather.REFRESH_CW));
        refresh.setId("topics-refresh");
        refresh.setTooltip(new Tooltip("Read the topics, their cleanup.policy (the \"compacted\" tags) and the selected"
                + " topic's end offsets now (leaders and ISRs already update live while the cluster's state is watched)"));
        refresh.setOnAction(e -> model.refreshNow());
        Label status = new Label();
        status.getStyleClass().add(Styles.DANGER);
        status.textProperty().bind(model.statusProperty());
        ToolBar bar = new ToolBar(create, refresh, status);
        // what became of a topic not shown ("Deleted orders"): over the list it left, never under another topic's name;
        // laid over the list's foot rather than above the filter, so that nothing moves under the pointer when it comes
        // and goes, and clicks go through it to the list. Not over its top: the column headers went missing
        Label notice = new BoundedLabel(1, 2);
        notice.setId("topics-notice");
        notice.getStyleClass().add("topics-notice");
        notice.setPadding(new Insets(6, 8, 6, 8));
        notice.setMaxWidth(Double.MAX_VALUE);
        notice.setMaxHeight(Region.USE_PREF_SIZE);
        notice.setMouseTransparent(true);
        notice.textProperty().bind(model.noticeProperty());
        notice.visibleProperty().bind(notice.textProperty().isNotEmpty());
        styleOutcome(notice, model.noticeFailedProperty().get());
        model.noticeFailedProperty().addListener((o, was, failed) -> styleOutcome(notice, failed));
        StackPane listArea = new StackPane(table, notice);
        StackPane.setAlignment(notice, Pos.BOTTOM_LEFT);
        HBox filterBar = new HBox(filter);
        filterBar.setPadding(new Insets(6, 8, 6, 8));
        HBox.setHgrow(filter, Priority.ALWAYS);
        VBox left = new VBox(bar, filterBar, listArea);
        VBox.setVgrow(listArea, Priority.ALWAYS);

        Label title = new Label();
        title.setId("topic-title");
        title.getStyleClass().add(Styles.TITLE_3);
        title.textProperty().bind(Bindings.createStringBinding(() -> {
            TopicInfo t = model.detailProperty().get();
            return t == null ? "Select a topic" : t.name();
        }, model.detailProperty()));
        Label minInsync = new Label();
        minInsync.setId("topic-min-insync");
        minInsync.getStyleClass().add(Styles.TEXT_MUTED);
        minInsync.setTooltip(new Tooltip("While a partition has fewer in-sync replicas than this, producers with"
                + " acks=all are refused (NOT_ENOUGH_REPLICAS); acks=1 writes are taken but readable only once a replica"
                + " catches up."));
        minInsync.textProperty().bind(Bindings.createStringBinding(model::minInsyncReplicasText,
                model.detailProperty(), model.minInsyncReplicasProperty()));
        // what the partitions hold differs: each key's latest value, older ones removed
        Label compacted = TopicNameCell.tag();
        compacted.setId("topic-compacted");
        Tooltip compaction = new Tooltip();
        compaction.textProperty().bind(Bindings.createStringBinding(() -> Compaction.explained(
                model.detailCleanupPolicyProperty().get()), model.detailCleanupPolicyProperty()));
        compacted.setTooltip(compaction);
        compacted.visibleProperty().bind(Bindings.createBooleanBinding(() -> Compaction.compacted(
                model.detailCleanupPolicyProperty().get()), model.detailCleanupPolicyProperty()));
        compacted.managedProperty().bind(compacted.visibleProperty());
        // short of room the name stays whole and min.insync.replicas, whole in its tooltip, gives way first
        title.setMinWidth(Region.USE_PREF_SIZE);
        compacted.setMinWidth(Region.USE_PREF_SIZE);
        minInsync.setMinWidth(0);
        HBox heading = new HBox(12, title, compacted, minInsync);
        heading.setAlignment(Pos.BASELINE_LEFT);
        heading.setMinHeight(Region.USE_PREF_SIZE);
        partitions = new PartitionTable(model);
        Label noPartitions = new Label();
        noPartitions.textProperty().bind(Bindings.createStringBinding(() -> model.detailProperty().get() == null
                ? "Select a topic to see its partitions." : "The controller is giving "
                + model.detailProperty().get().name() + " its partitions…", model.detailProperty()));
        partitions.setPlaceholder(noPartitions);
        Label mapTitle = new Label("Replica map");
        mapTitle.getStyleClass().add("section-title");
        ReplicaMap map = new ReplicaMap(model, nodes);
        mapTitle.setMinWidth(Region.USE_PREF_SIZE);
        javafx.scene.layout.FlowPane legend = ReplicaMap.legend();
        legend.setMinHeight(Region.USE_PREF_SIZE); // all its lines once wrapped, not the one a flow pane asks at least
        HBox.setHgrow(legend, Priority.ALWAYS);
        HBox mapHeader = new HBox(12, mapTitle, legend);
        // the failover demo's next step is found where the replicas are drawn
        Label mapHint = new Label();
        mapHint.setId("replica-map-hint");
        mapHint.getStyleClass().add(Styles.TEXT_MUTED);
        mapHint.setWrapText(true);
        mapHint.setMinHeight(Region.USE_PREF_SIZE); // at a projector's text size: two lines, not one cut short
        mapHint.textProperty().bind(Bindings.createStringBinding(() -> session.cluster() == null
                ? "Right-click an in-sync replica (or pick it with the arrow keys and press Enter) to make it the leader."
                : "Right-click a replica (or pick it with the arrow keys and press Enter) to kill, stop or start its "
                        + "broker, or to make an in-sync replica the leader.",
                session.connectionProperty()));
        VBox actions = actions(partitions);
        actions.setMinHeight(Region.USE_PREF_SIZE); // every line of wrapped buttons, never squeezed by the tables
        MapPane mapPane = new MapPane(12, mapHeader, map, mapHint);
        mapPane.setPadding(new Insets(8, 0, 0, 0));
        VBox.setVgrow(map, Priority.ALWAYS);
        // the map, the failover demo's picture, gets the height it needs (MapRoom); a drag gives the table more
        SplitPane tables = new SplitPane(partitions, mapPane);
        tables.setOrientation(javafx.geometry.Orientation.VERTICAL);
        tables.setDividerPositions(0.35);
        MapRoom.keep(tables, partitions, mapPane, map);
        tables.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        // the header stays whole at the top; when the table's and the map's fewest rows do not fit under it (a large
        // room's text size on a laptop screen) both scroll together rather than being drawn over each other
        ScrollPane body = new ScrollPane(tables);
        body.setId("topic-detail-scroll");
        body.setFitToWidth(true);
        body.setFitToHeight(true);
        body.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        body.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        VBox right = new VBox(12, heading, actions, body);
        VBox.setVgrow(body, Priority.ALWAYS);
        right.setPadding(new Insets(12));
        root.getItems().setAll(left, right);
        SteadyShare.keep(root, 0.38);
    }

    /**
     * Delete, add partitions, configs, preferred election and moving one partition's leadership, and under them what
     * the last one did.
     */
    private VBox actions(PartitionTable partitions) {
        delete.setId("topic-delete");
        delete.setTooltip(new Tooltip("Delete this topic and its messages, after asking (Delete in the topic list)"));
        delete.getStyleClass().add(Styles.DANGER);
        delete.setOnAction(e -> withTopic(name -> {
            Alert confirm = DeleteTopicConfirmation.of(root.getScene().getWindow(), name,
                    windows.enabled() ? WindowsDataSafety.DELETE_TOPIC : null);
            confirm.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> model.delete(name));
        }));
        Button grow = new Button("Add partitions…", new FontIcon(Feather.PLUS_SQUARE));
        grow.setId("topic-add-partitions");
        grow.setOnAction(e -> withTopic(name -> {
            int now = model.detailProperty().get().partitions().size();
            new AddPartitionsDialog(root.getScene().getWindow(), name, now).showAndWait()
                    .ifPresent(total -> model.addPartitions(name, total));
        }));
        Button configs = new Button("Configs…", new FontIcon(Feather.SLIDERS));
        configs.setId("topic-configs");
        configs.setOnAction(e -> withTopic(name -> model.configs(name).thenAcceptAsync(edits -> {
            if (edits != null) {
                new TopicConfigsDialog(root.getScene().getWindow(), edits, edit -> {
                    List<String> risky = windows.riskyKeys(edit.set());
                    if (!risky.isEmpty() && !confirmRisky(risky)) {
                        return java.util.concurrent.CompletableFuture.failedFuture(
                                new IllegalStateException("you chose not to set " + String.join(", ", risky)));
                    }
                    return model.alterConfigs(name, edit);
                }).showAndWait();
            }
        }, session.fx())));
        Button elect = new Button("Preferred leaders", new FontIcon(Feather.AWARD));
        elect.setId("topic-elect");
        elect.setTooltip(new Tooltip("Give every partition back to its preferred (first) replica"));
        elect.setOnAction(e -> withTopic(model::electPreferredLeaders));
        Button move = new Button("Move leader…", new FontIcon(Feather.SHUFFLE));
        move.setId("topic-move-leader");
        move.setTooltip(new Tooltip("Make another in-sync replica the leader of the selected partition"));
        move.setOnAction(e -> withTopic(name -> {
            PartitionInfo p = partitions.selectedOrFirst();
            if (p == null) {
                return;
            }
            // only live in-sync replicas; when there is none, the status line says why and what to do
            List<String> choices = model.offerLeaderMove(name, p).stream().map(b -> "broker-" + b).toList();
            if (choices.isEmpty()) {
                return;
            }
            ChoiceDialog<String> ask = new ChoiceDialog<>(choices.get(0), choices);
            ask.getDialogPane().lookupButton(ButtonType.OK).setId("topic-move-leader-ok");
            ask.setTitle("Move leader");
            // with no row picked the first partition is meant: said, with how to pick another
            ask.setHeaderText("New leader of " + name + "-" + p.partition() + " (now broker-" + p.leader() + ")"
                    + (partitions.getSelectionModel().isEmpty()
                            ? "\nTo move another partition's leader, select its row in the partition table first." : ""));
            // said before, not only after: the replica order changes for good, and Preferred leaders then keeps it
            ask.setContentText("Becomes the leader and, first in the replica list, the preferred one:");
            ask.initOwner(root.getScene().getWindow());
            int partition = p.partition();
            ask.showAndWait().ifPresent(b -> model.moveLeadership(name, partition, Integer.parseInt(b.substring(7))));
        }));
        // below the buttons, wrapped and at most three lines: in their row a long failure (one reason per partition)
        // widened the pane past the window, pushing the map's last broker and the header's buttons off the screen
        Label outcome = new BoundedLabel(1, 3);
        outcome.setId("topic-action-status");
        outcome.textProperty().bind(model.actionStatusProperty());
        styleOutcome(outcome, model.actionFailedProperty().get());
        model.actionFailedProperty().addListener((o, was, failed) -> styleOutcome(outcome, failed));
        // a failure is also shown like a failed create: a line on screen is easily missed
        model.onActionError(errors);
        // its line is kept while empty: appearing after an action, it pushed the map's last row out of sight
        for (Button b : List.of(delete, grow)) {
            b.disableProperty().bind(model.structureChangeDisabled());
        }
        for (Button b : List.of(configs, elect)) {
            b.disableProperty().bind(model.actionsDisabled());
        }
        move.disableProperty().bind(model.leaderMoveDisabled());
        for (Button b : List.of(delete, grow, configs, elect, move)) {
            b.setMinWidth(Region.USE_PREF_SIZE); // wrap to the next line rather than cut the words
        }
        // a flow so the buttons wrap on a narrow window or a large font instead of being cut
        javafx.scene.layout.FlowPane box = new javafx.scene.layout.FlowPane(6, 6, delete, grow, configs, elect, move);
        box.setAlignment(Pos.CENTER_LEFT);
        return new VBox(6, box, outcome);
    }

    /** A failure in the error colour; progress and successes muted. */
    private static void styleOutcome(Label outcome, boolean failed) {
        outcome.getStyleClass().removeAll(Styles.DANGER, Styles.TEXT_MUTED);
        outcome.getStyleClass().add(failed ? Styles.DANGER : Styles.TEXT_MUTED);
    }

    private void withTopic(java.util.function.Consumer<String> action) {
        TopicInfo t = model.detailProperty().get();
        if (t != null) {
            action.accept(t.name());
        }
    }

    private void createTopic() {
        CreateTopicDialog dialog = new CreateTopicDialog(root.getScene().getWindow(),
                model.liveBrokersProperty().get().size(), model.topics().stream().map(TopicRow::name).toList(),
                quorumLost(session.snapshotProperty().get()));
        // a blank min.insync.replicas means the brokers' own: checked against the replication factor once read
        model.brokerMinInsyncReplicas().thenAccept(value -> value.ifPresent(
                dialog.model().brokerMinInsyncReplicasProperty()::set));
        // Other configs: keys completed and values checked with Kafka's definitions, which load a moment
        model.topicConfigCatalog().thenAccept(dialog.model().others()::catalog);
        dialog.showAndWait().ifPresent(request -> model.create(request.request()));
    }

    /** Said before a create that would wait and time out: the controller needs ZooKeeper to make a topic. */
    static String quorumLost(ClusterSnapshot snapshot) {
        return snapshot == null ? "" : snapshot.quorumLoss().map(loss -> "N" + loss.substring(1) + ": Kafka creates"
                + " no topic until a majority of the ZooKeepers runs again; Create would wait, then time out.")
                .orElse("");
    }

    private boolean confirmRisky(List<String> risky) {
        Alert warn = new Alert(Alert.AlertType.WARNING, WindowsDataSafety.RISKY_SETTING + " (" + String.join(", ", risky)
                + ")", ButtonType.CANCEL, ButtonType.OK);
        warn.setHeaderText("This can stop your brokers on Windows");
        ((Button) warn.getDialogPane().lookupButton(ButtonType.OK)).setText("Set anyway");
        warn.initOwner(root.getScene().getWindow());
        return warn.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }

    /** The leader of the partition selected in the table, else of the first: the broker the failover demo kills. */
    @Override
    public Optional<NodeId> nodeInSight() {
        PartitionInfo p = partitions.selectedOrFirst();
        return p == null || p.leader() < 0 ? Optional.empty() : Optional.of(NodeId.broker(p.leader()));
    }

    public TopicsViewModel model() {
        return model;
    }

    @Override
    public void shown() {
        offsetTicker.play();
        model.refresh();
        model.refreshEndOffsets();
    }

    @Override
    public void hidden() {
        offsetTicker.stop();
    }

    @Override
    public String title() {
        return "Topics";
    }

    @Override
    public Ikon icon() {
        return Feather.LIST;
    }

    @Override
    public void focusSearch() {
        filter.requestFocus();
        filter.selectAll();
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public Map<KeyCombination, Runnable> keys() {
        return Collections.unmodifiableMap(keys);
    }
}
