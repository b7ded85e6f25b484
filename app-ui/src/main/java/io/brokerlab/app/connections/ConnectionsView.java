package io.brokerlab.app.connections;

import atlantafx.base.theme.Styles;
import io.brokerlab.app.AppView;
import io.brokerlab.app.Connection;
import io.brokerlab.app.Session;
import io.brokerlab.app.ui.HomeRelativePath;
import io.brokerlab.launcher.admin.BrokerProbe;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Chooses what every view shows: this machine's workspace, or a cluster Brokerlab did not start. */
public final class ConnectionsView implements AppView {

    private final Session session;
    private final Consumer<Path> openWorkspace;
    private final ConnectionsViewModel model;
    private final VBox root = new VBox(14);

    /**
     * @param openWorkspace shows the workspace folder again, saying why if it cannot
     * @param connector     opens an external cluster (the session's, after the app's checks)
     */
    public ConnectionsView(Session session, Consumer<Path> openWorkspace, ConnectionsViewModel.Connector connector) {
        this.session = session;
        this.openWorkspace = openWorkspace;
        // the probe's admin client blocks for up to its timeout: on the session's background threads
        this.model = new ConnectionsViewModel(address -> CompletableFuture.runAsync(
                () -> BrokerProbe.requireAnswer(address, BrokerProbe.TIMEOUT), session.background()),
                connector, session::forgetPending, RecentConnections.forUser(), session.fx());
        model.shown(session.connectionProperty().get());
        session.connectionProperty().addListener((o, old, shown) -> model.shown(shown));
        root.getChildren().addAll(localSection(), externalSection());
        root.setPadding(new Insets(16));
        root.setMaxWidth(900);
    }

    private Node localSection() {
        Label title = new Label("This machine");
        title.getStyleClass().add(Styles.TITLE_3);
        Label where = new Label();
        where.setId("connection-local");
        where.setWrapText(true);
        Button open = new Button("Show the workspace", new FontIcon(Feather.FOLDER));
        open.setId("connection-local-open");
        open.setOnAction(e -> openWorkspace.accept(session.directoryProperty().get()));
        Runnable show = () -> {
            Connection c = session.connectionProperty().get();
            boolean local = c != null && c.local();
            Path dir = session.directoryProperty().get();
            where.setText((local ? "Shown now: the workspace in " : "The workspace in ")
                    + (dir == null ? "(none chosen)" : HomeRelativePath.of(dir))
                    + (local ? " · " + c.bootstrapServers() : "") + " — with process control (start, stop, kill).");
            open.setDisable(local);
        };
        session.connectionProperty().addListener(o -> show.run());
        session.directoryProperty().addListener(o -> show.run());
        show.run();
        return new VBox(8, title, where, open);
    }

    private Node externalSection() {
        Label title = new Label("External cluster");
        title.getStyleClass().add(Styles.TITLE_3);
        Label what = new Label("A cluster Brokerlab did not start, e.g. a team's test cluster: topics, console, timeline,"
                + " charts and broker properties work; starting and killing its nodes does not.");
        what.setWrapText(true);
        what.getStyleClass().add(Styles.TEXT_MUTED);
        // editable, offering the clusters connected to lately; choosing one brings its ZooKeeper along
        ComboBox<String> bootstrap = new ComboBox<>(model.recentBootstraps());
        bootstrap.setId("connection-bootstrap");
        bootstrap.setEditable(true);
        bootstrap.setMaxWidth(Double.MAX_VALUE);
        bootstrap.setPromptText("kafka1:9092,kafka2:9092");
        bootstrap.getEditor().textProperty().bindBidirectional(model.bootstrapProperty());
        bootstrap.valueProperty().addListener((o, a, chosen) -> {
            if (chosen != null) {
                model.recall(chosen);
            }
        });
        TextField zookeeper = new TextField();
        zookeeper.setId("connection-zookeeper");
        zookeeper.setPromptText("optional, e.g. zk1:2181/kafka — leader and ISR changes as they happen");
        // the prompt is cut in a narrow window at a projector's text size: whole here
        zookeeper.setTooltip(new javafx.scene.control.Tooltip("Optional, e.g. zk1:2181/kafka (with the cluster's"
                + " chroot, if any): with it the Timeline and the replica map show leader and ISR changes as they"
                + " happen; without it they show what the brokers report, asked twice a second"));
        zookeeper.textProperty().bindBidirectional(model.zookeeperProperty());
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        Label bootstrapLabel = new Label("Bootstrap servers");
        Label zookeeperLabel = new Label("ZooKeeper");
        for (Label label : List.of(bootstrapLabel, zookeeperLabel)) {
            // never cut: the grid gave the column the width of the old text size and kept it after a change
            label.setMinWidth(Region.USE_PREF_SIZE);
        }
        form.addRow(0, bootstrapLabel, bootstrap);
        form.addRow(1, zookeeperLabel, zookeeper);
        GridPane.setHgrow(bootstrap, Priority.ALWAYS);
        GridPane.setHgrow(zookeeper, Priority.ALWAYS);
        Button connect = new Button("Connect", new FontIcon(Feather.LINK));
        connect.setId("connection-connect");
        connect.getStyleClass().add(Styles.ACCENT);
        connect.setDefaultButton(true);
        connect.disableProperty().bind(model.busyProperty());
        connect.setOnAction(e -> model.connect());
        bootstrap.getEditor().setOnAction(e -> model.connect());
        zookeeper.setOnAction(e -> model.connect());
        Button cancel = new Button("Cancel", new FontIcon(Feather.X_CIRCLE));
        cancel.setId("connection-cancel");
        cancel.visibleProperty().bind(model.busyProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(e -> model.cancel());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(24, 24);
        progress.visibleProperty().bind(model.busyProperty());
        HBox actions = new HBox(10, connect, cancel, progress);
        actions.setAlignment(Pos.CENTER_LEFT);
        Label status = new Label();
        status.setId("connection-status");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        Runnable tone = () -> {
            status.getStyleClass().removeAll(Styles.DANGER, Styles.SUCCESS);
            switch (model.toneProperty().get()) {
                case ERROR -> status.getStyleClass().add(Styles.DANGER);
                case SUCCESS -> status.getStyleClass().add(Styles.SUCCESS);
                case BUSY, NEUTRAL -> { }
            }
        };
        model.toneProperty().addListener(o -> tone.run());
        tone.run();
        return new VBox(8, title, what, form, actions, status);
    }

    public ConnectionsViewModel model() {
        return model;
    }

    @Override
    public String title() {
        return "Connections";
    }

    @Override
    public Ikon icon() {
        return Feather.GLOBE;
    }

    @Override
    public Node root() {
        return root;
    }
}
