package io.brokerlab.app.connections;

import atlantafx.base.theme.Styles;
import io.brokerlab.app.AppView;
import io.brokerlab.app.Session;
import io.brokerlab.app.topics.TopicRow;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Opens a cluster that Brokerlab did not start, by bootstrap servers: its topics, and the console on it. */
public final class ConnectionsView implements AppView {

    private final ConnectionsViewModel model;
    private final VBox root = new VBox(12);

    /** {@code useInConsole}: points the message console at an address. */
    public ConnectionsView(Session session, Consumer<String> useInConsole) {
        this.model = new ConnectionsViewModel(session.background(), session.fx(), ConnectionsViewModel.launcherSources());
        Label title = new Label("External cluster");
        title.getStyleClass().add(Styles.TITLE_3);
        Label local = new Label();
        local.getStyleClass().add(Styles.TEXT_MUTED);
        Runnable showLocal = () -> local.setText(session.workspaceProperty().get() == null ? ""
                : "This workspace's cluster: " + session.workspaceProperty().get().bootstrapServers());
        session.workspaceProperty().addListener(o -> showLocal.run());
        showLocal.run();
        TextField bootstrap = new TextField();
        bootstrap.setId("connection-bootstrap");
        bootstrap.setPromptText("bootstrap servers, e.g. kafka1:9092,kafka2:9092");
        bootstrap.textProperty().bindBidirectional(model.bootstrapProperty());
        HBox.setHgrow(bootstrap, Priority.ALWAYS);
        Button connect = new Button("Connect", new FontIcon(Feather.LINK));
        connect.setId("connection-connect");
        connect.getStyleClass().add(Styles.ACCENT);
        connect.setDefaultButton(true);
        connect.disableProperty().bind(model.busyProperty());
        connect.setOnAction(e -> model.connect());
        bootstrap.setOnAction(e -> model.connect());
        Button console = new Button("Open in console", new FontIcon(Feather.MESSAGE_SQUARE));
        console.disableProperty().bind(model.connectedProperty().isEmpty());
        console.setOnAction(e -> useInConsole.accept(model.connectedProperty().get()));
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(24, 24);
        progress.visibleProperty().bind(model.busyProperty());
        HBox bar = new HBox(10, bootstrap, connect, console, progress);
        bar.setAlignment(Pos.CENTER_LEFT);
        Label status = new Label();
        status.setId("connection-status");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        TableView<TopicRow> table = new TableView<>(model.topics());
        table.setId("connection-topics");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("Topic", TopicRow::name));
        table.getColumns().add(column("Partitions", r -> String.valueOf(r.partitions())));
        table.getColumns().add(column("RF", r -> String.valueOf(r.replicationFactor())));
        table.getColumns().add(column("Health", TopicRow::health));
        table.setPlaceholder(new Label("Connect to see the topics. Process control is only for this workspace's nodes."));
        VBox.setVgrow(table, Priority.ALWAYS);
        root.getChildren().addAll(title, local, bar, status, table);
        root.setPadding(new Insets(16));
    }

    private static TableColumn<TopicRow, String> column(String title, Function<TopicRow, String> f) {
        TableColumn<TopicRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(f.apply(c.getValue())));
        return column;
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
