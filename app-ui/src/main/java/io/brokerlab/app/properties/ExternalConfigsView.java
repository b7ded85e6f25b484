package io.brokerlab.app.properties;

import atlantafx.base.theme.Styles;
import io.brokerlab.app.ui.TextColumn;
import io.brokerlab.launcher.admin.BrokerConfigEntry;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** An external cluster's broker configs as a searchable table, with the selected key's documentation and editor. */
final class ExternalConfigsView {

    private final ExternalConfigsViewModel model;
    private final Function<String, String> docs;
    private final BorderPane root = new BorderPane();
    private final TextField search = new TextField();

    /** {@code docs}: a key's documentation, type, default and valid values from Kafka's own definitions. */
    ExternalConfigsView(ExternalConfigsViewModel model, Function<String, String> docs) {
        this.model = model;
        this.docs = docs;
        root.setTop(toolbar());
        SplitPane split = new SplitPane(table(), detail());
        split.setDividerPositions(0.62);
        root.setCenter(split);
        Label status = new Label();
        status.setId("external-configs-status");
        status.textProperty().bind(model.statusProperty());
        status.setPadding(new Insets(6, 12, 6, 12));
        status.setWrapText(true);
        root.setBottom(status);
    }

    private ToolBar toolbar() {
        ComboBox<Integer> broker = new ComboBox<>(model.brokers());
        broker.setId("external-configs-broker");
        broker.valueProperty().bindBidirectional(model.brokerProperty());
        broker.setButtonCell(brokerCell());
        broker.setCellFactory(v -> brokerCell());
        search.setId("external-configs-search");
        search.setPromptText("Search keys");
        search.textProperty().bindBidirectional(model.searchProperty());
        Button reload = new Button(null, new FontIcon(Feather.REFRESH_CW));
        reload.getStyleClass().add(Styles.BUTTON_ICON);
        reload.setOnAction(e -> model.load());
        Label what = new Label("What the broker runs with, as it reports it; dynamic configs change without a restart.");
        what.getStyleClass().add(Styles.TEXT_MUTED);
        return new ToolBar(new Label("Broker"), broker, search, reload, what);
    }

    private static ListCell<Integer> brokerCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Integer id, boolean empty) {
                super.updateItem(id, empty);
                setText(empty || id == null ? null : "broker-" + id);
            }
        };
    }

    private Node table() {
        TableView<BrokerConfigEntry> table = new TableView<>(model.entries());
        table.setId("external-configs");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(TextColumn.of("Key", BrokerConfigEntry::name, 260));
        table.getColumns().add(TextColumn.of("Value", e -> e.sensitive() ? "(hidden by the broker)"
                : e.value() == null ? "" : e.value(), 220));
        table.getColumns().add(TextColumn.of("From", e -> source(e.source()), 140));
        table.getColumns().add(TextColumn.of("Change", e -> e.readOnly() ? "restart" : "dynamic", 80));
        table.setPlaceholder(new Label("Reading the broker's configs…"));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, e) -> {
            // a reload replaces the rows and clears the table's selection; the model keeps the key chosen
            if (e != null) {
                model.selectedProperty().set(e);
            }
        });
        model.selectedProperty().addListener((o, a, e) -> {
            if (e != null && e != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(e);
            }
        });
        return table;
    }

    /** Kafka's source names, in the words of someone who edits server.properties. */
    private static String source(String kafkaSource) {
        return switch (kafkaSource) {
            case "STATIC_BROKER_CONFIG" -> "server.properties";
            case "DYNAMIC_BROKER_CONFIG" -> "set on this broker";
            case "DYNAMIC_DEFAULT_BROKER_CONFIG" -> "set cluster-wide";
            case "DEFAULT_CONFIG" -> "Kafka's default";
            default -> kafkaSource.toLowerCase(Locale.ROOT).replace('_', ' ');
        };
    }

    private Node detail() {
        Label key = new Label();
        key.getStyleClass().add(Styles.TITLE_4);
        key.textProperty().bind(Bindings.createStringBinding(() -> model.selectedProperty().get() == null
                ? "Select a config" : model.selectedProperty().get().name(), model.selectedProperty()));
        TextArea doc = new TextArea();
        doc.setEditable(false);
        doc.setWrapText(true);
        doc.textProperty().bind(Bindings.createStringBinding(() -> model.selectedProperty().get() == null ? ""
                : docs.apply(model.selectedProperty().get().name()), model.selectedProperty()));
        VBox.setVgrow(doc, Priority.ALWAYS);
        TextField value = new TextField();
        value.setId("external-configs-value");
        value.textProperty().bindBidirectional(model.valueProperty());
        HBox.setHgrow(value, Priority.ALWAYS);
        Button apply = new Button("Apply", new FontIcon(Feather.CHECK));
        apply.setId("external-configs-apply");
        apply.getStyleClass().add(Styles.ACCENT);
        apply.setOnAction(e -> model.apply());
        value.setOnAction(e -> {
            if (model.canApply()) {
                model.apply();
            }
        });
        Button reset = new Button("Reset", new FontIcon(Feather.ROTATE_CCW));
        reset.setTooltip(new Tooltip("Remove the dynamic value: server.properties or Kafka's default applies"));
        reset.setOnAction(e -> model.reset());
        var notEditable = Bindings.createBooleanBinding(() -> model.selectedProperty().get() == null
                || model.selectedProperty().get().readOnly(), model.selectedProperty()).or(model.busyProperty());
        apply.disableProperty().bind(notEditable);
        reset.disableProperty().bind(notEditable);
        value.disableProperty().bind(notEditable);
        HBox edit = new HBox(8, value, apply, reset);
        edit.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(10, key, doc, edit);
        box.setPadding(new Insets(12));
        return box;
    }

    void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    Node root() {
        return root;
    }
}
