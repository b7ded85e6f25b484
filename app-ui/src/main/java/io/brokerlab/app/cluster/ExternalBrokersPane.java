package io.brokerlab.app.cluster;

import atlantafx.base.theme.Styles;
import io.brokerlab.app.cluster.ExternalBrokersViewModel.BrokerRow;
import io.brokerlab.app.ui.TextColumn;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Cluster view of an external cluster: its brokers in a table, with the role badges and the "Partitions led 1 of
 * 3" of the workspace's cards, and the partitions' health in the notices' words; no process control.
 */
final class ExternalBrokersPane extends VBox {

    private static final PseudoClass LEADING = PseudoClass.getPseudoClass("leading");

    /** {@code back}: shows the workspace again. */
    ExternalBrokersPane(ExternalBrokersViewModel model, String bootstrapServers, Runnable back) {
        super(12);
        Label title = new Label("External cluster at " + bootstrapServers);
        title.getStyleClass().add(Styles.TITLE_3);
        Label why = new Label("Brokerlab did not start these brokers, so there is no Start, Stop or Kill for them."
                + " Topics, Console, Timeline, Charts and Properties show this cluster; process control comes back"
                + " with the workspace.");
        why.setWrapText(true);
        why.getStyleClass().add(Styles.TEXT_MUTED);
        Button backButton = new Button("Back to the workspace", new FontIcon(Feather.FOLDER));
        backButton.setId("back-to-workspace");
        backButton.setOnAction(e -> back.run());
        Label partitions = new Label();
        partitions.setId("external-partitions");
        partitions.textProperty().bind(model.partitionsProperty());
        TableView<BrokerRow> table = new TableView<>(model.brokers());
        table.setId("external-brokers");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(TextColumn.of("Broker", r -> "broker-" + r.id()));
        table.getColumns().add(TextColumn.of("Address", BrokerRow::address));
        table.getColumns().add(roleColumn());
        table.getColumns().add(TextColumn.of("Partitions led", BrokerRow::led));
        table.getColumns().add(TextColumn.of("Replicas out of sync", BrokerRow::replicasOutOfSync));
        table.setPlaceholder(new Label("Waiting for the cluster's first metadata…"));
        getChildren().addAll(title, why, backButton, partitions, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        setPadding(new Insets(16));
    }

    /** The card's badges: "controller" highlighted, "broker"; one not registered now is "down". */
    private static TableColumn<BrokerRow, BrokerRow> roleColumn() {
        TableColumn<BrokerRow, BrokerRow> role = new TableColumn<>("Role");
        role.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        role.setCellFactory(c -> new TableCell<>() {
            private final Label badge = new Label();

            @Override
            protected void updateItem(BrokerRow row, boolean empty) {
                super.updateItem(row, empty);
                if (empty || row == null) {
                    setGraphic(null);
                    return;
                }
                badge.getStyleClass().setAll("label", row.registered() ? "role-badge" : "state-badge");
                if (!row.registered()) {
                    badge.getStyleClass().add("state-crashed");
                }
                badge.setText(!row.registered() ? "down" : row.controller() ? "controller" : "broker");
                badge.pseudoClassStateChanged(LEADING, row.registered() && row.controller());
                badge.setTooltip(row.registered() ? null
                        : new Tooltip("Not registered in the cluster now; its partitions still name it as a replica"));
                setGraphic(badge);
            }
        });
        return role;
    }
}
