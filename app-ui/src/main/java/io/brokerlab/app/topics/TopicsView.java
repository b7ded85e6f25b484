package io.brokerlab.app.topics;

import atlantafx.base.theme.Styles;
import io.brokerlab.app.AppView;
import io.brokerlab.app.Session;
import io.brokerlab.launcher.admin.PartitionInfo;
import io.brokerlab.launcher.admin.TopicInfo;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Topic list with health markers; the selected topic's partition table and replica map. */
public final class TopicsView implements AppView {

    private final Session session;
    private final BiConsumer<String, Throwable> errors;
    private final TopicsViewModel model;
    private final SplitPane root = new SplitPane();
    private boolean visible;

    public TopicsView(Session session, BiConsumer<String, Throwable> errors) {
        this.session = session;
        this.errors = errors;
        this.model = new TopicsViewModel(session.background(), session.fx());
        session.workspaceProperty().addListener((o, a, ws) -> attach());
        session.snapshotProperty().addListener((o, a, snap) -> model.apply(snap));
        // Event-driven: the state watcher's states, coalesced by the session to at most one per pulse.
        session.clusterStateProperty().addListener((o, a, state) -> model.apply(state));
        attach();
        build();
    }

    private void attach() {
        var ws = session.workspaceProperty().get();
        model.attach(session.topics(), ws == null ? List.of()
                : ws.definition().brokerIds().stream().map(id -> id.id()).toList());
        model.apply(session.snapshotProperty().get());
        model.apply(session.clusterStateProperty().get());
    }

    private void build() {
        TableView<TopicRow> table = new TableView<>(model.topics());
        table.setId("topics-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("Topic", r -> r.name() + (r.internal() ? " (internal)" : "")));
        table.getColumns().add(column("Partitions", r -> String.valueOf(r.partitions())));
        table.getColumns().add(column("RF", r -> String.valueOf(r.replicationFactor())));
        TableColumn<TopicRow, TopicRow> health = new TableColumn<>("Health");
        health.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        health.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(TopicRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().removeAll("problem-error", "problem-warning", "timeline-good");
                if (empty || row == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                setText(row.health());
                if (row.offline() > 0) {
                    getStyleClass().add("problem-error");
                    setGraphic(new FontIcon(Feather.X_OCTAGON));
                } else if (row.underReplicated() > 0) {
                    getStyleClass().add("problem-warning");
                    setGraphic(new FontIcon(Feather.ALERT_TRIANGLE));
                } else {
                    getStyleClass().add("timeline-good");
                    setGraphic(new FontIcon(Feather.CHECK_CIRCLE));
                }
            }
        });
        health.setMinWidth(170);
        table.getColumns().add(health);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> {
            if (row != null) {
                model.selectedProperty().set(row.name());
            }
        });
        model.topics().addListener((javafx.collections.ListChangeListener<TopicRow>) c -> {
            String name = model.selectedProperty().get();
            model.topics().stream().filter(r -> r.name().equals(name)).findFirst()
                    .ifPresent(r -> table.getSelectionModel().select(r));
        });
        Label placeholder = new Label("No topics yet. Start the cluster, then create one.");
        table.setPlaceholder(placeholder);

        Button create = new Button("New topic…", new FontIcon(Feather.PLUS));
        create.setId("new-topic");
        create.getStyleClass().add("primary-action");
        create.setOnAction(e -> createTopic());
        create.disableProperty().bind(Bindings.createBooleanBinding(() -> model.liveBrokersProperty().get().isEmpty(),
                model.liveBrokersProperty()));
        Button refresh = new Button(null, new FontIcon(Feather.REFRESH_CW));
        refresh.setOnAction(e -> model.refresh());
        Label status = new Label();
        status.getStyleClass().add(Styles.DANGER);
        status.textProperty().bind(model.statusProperty());
        ToolBar bar = new ToolBar(create, refresh, status);
        VBox left = new VBox(bar, table);
        VBox.setVgrow(table, Priority.ALWAYS);

        Label title = new Label();
        title.setId("topic-title");
        title.getStyleClass().add(Styles.TITLE_3);
        title.textProperty().bind(Bindings.createStringBinding(() -> {
            TopicInfo t = model.detailProperty().get();
            return t == null ? "Select a topic" : t.name();
        }, model.detailProperty()));
        TableView<PartitionInfo> partitions = new TableView<>();
        partitions.setId("partitions-table");
        partitions.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        partitions.getColumns().add(pcolumn("Partition", p -> String.valueOf(p.partition())));
        partitions.getColumns().add(pcolumn("Leader", p -> p.offline() ? "none (offline)" : "broker-" + p.leader()));
        partitions.getColumns().add(pcolumn("Replicas", p -> join(p.replicas())));
        partitions.getColumns().add(pcolumn("In sync (ISR)", p -> join(p.isr())));
        partitions.getColumns().add(pcolumn("Leader epoch", p -> {
            TopicInfo t = model.detailProperty().get();
            int epoch = t == null ? -1 : model.leaderEpoch(t.name(), p.partition());
            return epoch < 0 ? "" : String.valueOf(epoch);
        }));
        partitions.setPrefHeight(180);
        Runnable fill = () -> {
            TopicInfo t = model.detailProperty().get();
            partitions.getItems().setAll(t == null ? List.of() : t.partitions());
        };
        model.detailProperty().addListener(o -> fill.run());
        Label mapTitle = new Label("Replica map");
        mapTitle.getStyleClass().add("section-title");
        ScrollPane map = new ScrollPane(new ReplicaMap(model));
        map.setFitToWidth(true);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox mapHeader = new HBox(12, mapTitle, grow, ReplicaMap.legend());
        VBox right = new VBox(12, title, partitions, mapHeader, map);
        VBox.setVgrow(map, Priority.ALWAYS);
        right.setPadding(new Insets(12));
        root.getItems().setAll(left, right);
        root.setDividerPositions(0.38);
    }

    private static String join(List<Integer> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    private static TableColumn<TopicRow, String> column(String title, java.util.function.Function<TopicRow, String> f) {
        TableColumn<TopicRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(f.apply(c.getValue())));
        return column;
    }

    private static TableColumn<PartitionInfo, String> pcolumn(String title,
                                                              java.util.function.Function<PartitionInfo, String> f) {
        TableColumn<PartitionInfo, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(f.apply(c.getValue())));
        return column;
    }

    private void createTopic() {
        new CreateTopicDialog(root.getScene().getWindow(), model.liveBrokersProperty().get().size()).showAndWait()
                .ifPresent(request -> {
                    TopicSource source = model.source();
                    var req = request.request();
                    CompletableFuture.runAsync(() -> source.create(req), session.background())
                            .whenCompleteAsync((v, error) -> {
                                if (error != null) {
                                    errors.accept("Could not create topic " + req.name(),
                                            error.getCause() != null ? error.getCause() : error);
                                } else {
                                    model.selectedProperty().set(req.name());
                                    model.refresh();
                                }
                            }, session.fx());
                });
    }

    public TopicsViewModel model() {
        return model;
    }

    @Override
    public void shown() {
        visible = true;
        model.refresh();
    }

    @Override
    public void hidden() {
        visible = false;
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
    public Node root() {
        return root;
    }
}
