package io.brokerlab.app.topics;

import atlantafx.base.theme.Styles;
import io.brokerlab.app.ui.ColumnEms;
import io.brokerlab.app.ui.DialogFit;
import io.brokerlab.app.ui.IconCell;
import io.brokerlab.launcher.config.ConfigInfo;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A topic's configs: every topic-level key with its value and where it comes from, a search, and the selected key's
 * editor with its documentation and the reason a typed value is refused. OK sends only the changes and stays open
 * when the cluster refuses them, with the typed text.
 */
public final class TopicConfigsDialog extends Dialog<ButtonType> {

    private final TopicConfigsViewModel model;
    private final TextField value = new TextField();
    private TopicConfigRow editing;

    /** @param alter sends the changes; its future fails with the cluster's reason when they are refused */
    public TopicConfigsDialog(Window owner, TopicConfigsViewModel model,
                              Function<ConfigEdit, CompletableFuture<?>> alter) {
        this.model = model;
        initOwner(owner);
        setResizable(true);
        setTitle("Configs of " + model.topic());
        setHeaderText("The topic's own overrides first, then the values it takes from the brokers or Kafka's defaults");
        TextField search = new TextField();
        search.setId("topic-configs-search");
        search.setPromptText("Search keys and documentation");
        search.textProperty().bindBidirectional(model.searchProperty());
        // Enter after a search term would otherwise reach the default button: OK, applying or closing unasked
        search.setOnAction(ActionEvent::consume);
        TableView<TopicConfigRow> table = table();
        VBox editor = editor(table);
        Label problem = new Label();
        problem.setId("topic-configs-problem");
        problem.getStyleClass().add(Styles.DANGER);
        problem.setWrapText(true);
        problem.textProperty().bind(model.problemProperty());
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        problem.setMinHeight(Region.USE_PREF_SIZE);
        Label summary = new Label();
        summary.setId("topic-configs-summary");
        summary.getStyleClass().add(Styles.TEXT_MUTED);
        summary.textProperty().bind(model.summaryProperty());
        VBox content = new VBox(8, search, table, editor, problem, summary);
        VBox.setVgrow(table, Priority.ALWAYS);
        content.getStyleClass().add("topic-configs");
        getDialogPane().setContent(content);
        // 860 × 640 px at the default 14 px, larger with the text
        DialogFit.preferEms(getDialogPane(), 61, 46);
        getDialogPane().getButtonTypes().addAll(ButtonType.CANCEL, ButtonType.OK);
        Button ok = (Button) getDialogPane().lookupButton(ButtonType.OK);
        ok.setId("topic-configs-ok");
        ok.disableProperty().bind(model.validProperty().not().or(model.applyingProperty()));
        // changes on their way reach the cluster whatever the dialog does: it stays to say how they went
        getDialogPane().lookupButton(ButtonType.CANCEL).disableProperty().bind(model.applyingProperty());
        setOnCloseRequest(e -> {
            if (model.applyingProperty().get()) {
                e.consume();
            }
        });
        // the dialog stays open until the cluster took the changes: a refusal leaves the typed values to correct
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            model.apply(alter).thenAccept(applied -> {
                if (applied) {
                    setResult(ButtonType.OK);
                    close();
                }
            });
        });
        table.getSelectionModel().selectFirst();
    }

    private TableView<TopicConfigRow> table() {
        // in ems: "broker setting" whole in From at any text size, the key and value sharing the rest
        ColumnEms widths = new ColumnEms();
        TableView<TopicConfigRow> table = widths.table(model.rows());
        table.setId("topic-configs-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No topic config matches the search"));
        // the editor below never squeezes the list to nothing on a small screen
        table.setMinHeight(160);
        table.setPrefHeight(320);
        TableColumn<TopicConfigRow, TopicConfigRow> key = new TableColumn<>("Key");
        key.setCellValueFactory(c -> Bindings.createObjectBinding(c::getValue, c.getValue().markProperty()));
        key.setCellFactory(c -> new IconCell<>(TopicConfigsDialog::look,
                List.of("config-changed", "config-reset", "config-invalid")));
        key.setPrefWidth(230);
        TableColumn<TopicConfigRow, String> shown = new TableColumn<>("Value");
        shown.setCellValueFactory(c -> Bindings.createStringBinding(() -> c.getValue().resetProperty().get()
                        ? "(the broker's value, after OK)" : c.getValue().valueProperty().get(),
                c.getValue().valueProperty(), c.getValue().resetProperty()));
        shown.setPrefWidth(170);
        TableColumn<TopicConfigRow, String> origin = new TableColumn<>("From");
        origin.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().origin()));
        widths.atLeast(origin, 9);
        table.getColumns().addAll(List.of(key, shown, origin));
        return table;
    }

    /** A marker per row: what OK would do with it, or that its value is refused. */
    private static IconCell.Look look(TopicConfigRow row) {
        return switch (row.markProperty().get()) {
            case INVALID -> new IconCell.Look(row.key(), Feather.X_OCTAGON, "config-invalid");
            case CHANGED -> new IconCell.Look(row.key(), Feather.EDIT_2, "config-changed");
            case RESET -> new IconCell.Look(row.key(), Feather.ROTATE_CCW, "config-reset");
            case NONE -> new IconCell.Look(row.key(), row.override() ? Feather.TAG : Feather.MINUS, null);
        };
    }

    static final String NONE_SELECTED = "Select a key above to edit it";

    /** The selected key: its value to edit, the reason a value is refused, revert and reset, its documentation. */
    private VBox editor(TableView<TopicConfigRow> table) {
        Label title = new Label(NONE_SELECTED);
        title.setId("topic-configs-editing");
        title.getStyleClass().add(Styles.TEXT_BOLD);
        value.setId("topic-configs-value");
        HBox.setHgrow(value, Priority.ALWAYS);
        Button revert = new Button("Revert", new FontIcon(Feather.CORNER_UP_LEFT));
        revert.setId("topic-configs-revert");
        revert.setOnAction(e -> editing.revert());
        Button reset = new Button("Reset to the broker's value", new FontIcon(Feather.ROTATE_CCW));
        reset.setId("topic-configs-reset");
        reset.setOnAction(e -> editing.resetToDefault());
        Label fieldProblem = new Label();
        fieldProblem.setId("topic-configs-field-problem");
        fieldProblem.getStyleClass().add(Styles.DANGER);
        fieldProblem.setWrapText(true);
        fieldProblem.managedProperty().bind(fieldProblem.textProperty().isNotEmpty());
        Label facts = new Label();
        facts.getStyleClass().add(Styles.TEXT_MUTED);
        facts.setWrapText(true);
        // wrapped lines get their height rather than an ellipsis when the dialog is short of room
        for (Label wrapped : List.of(fieldProblem, facts)) {
            wrapped.setMinHeight(Region.USE_PREF_SIZE);
        }
        Label documentation = new Label();
        documentation.setWrapText(true);
        ScrollPane docs = new ScrollPane(documentation);
        docs.setFitToWidth(true);
        docs.setPrefViewportHeight(110);
        VBox editor = new VBox(6, title, new HBox(6, value, revert, reset), fieldProblem, facts, docs);
        editor.getStyleClass().add("topic-config-editor");
        table.getSelectionModel().selectedItemProperty().addListener((o, was, row) -> {
            if (editing != null) {
                value.textProperty().unbindBidirectional(editing.valueProperty());
                fieldProblem.textProperty().unbind();
                value.disableProperty().unbind();
                revert.disableProperty().unbind();
                reset.disableProperty().unbind();
            }
            editing = row;
            editor.setDisable(row == null);
            if (row == null) {
                // the search hid the key: its edit stays with its row, the editor no longer shows it
                title.setText(NONE_SELECTED);
                value.clear();
                fieldProblem.setText("");
                facts.setText("");
                documentation.setText("");
                return;
            }
            ConfigInfo info = row.info();
            title.setText(row.key() + " · " + row.origin());
            value.textProperty().bindBidirectional(row.valueProperty());
            fieldProblem.textProperty().bind(row.problemProperty());
            value.disableProperty().bind(row.resetProperty());
            revert.disableProperty().bind(Bindings.createBooleanBinding(() -> row.markProperty().get()
                    == TopicConfigRow.Mark.NONE, row.markProperty()));
            if (row.override()) {
                reset.disableProperty().bind(row.resetProperty());
            } else {
                reset.setDisable(true); // only the topic's own value can be removed
            }
            facts.setText(facts(row));
            documentation.setText(info.documentation());
        });
        return editor;
    }

    private static String facts(TopicConfigRow row) {
        ConfigInfo info = row.info();
        StringBuilder text = new StringBuilder("Type: " + info.type() + " · Kafka's default: " + info.defaultText());
        if (!info.validValues().isBlank()) {
            text.append(" · Valid values: ").append(info.validValues());
        }
        row.brokerKey().ifPresent(key -> text.append(" · Without an override it follows the brokers' ").append(key));
        text.append(" · Now on the cluster: ").append(row.current().isEmpty() ? "\"\"" : row.current());
        inWords(row.key(), row.current()).ifPresent(words -> text.append(" (").append(words).append(")"));
        if (row.key().endsWith(".ms")) {
            text.append(" · Type milliseconds, or a time such as 7d, 12h or 30m");
        }
        return text.toString();
    }

    /** A time in milliseconds said in days, hours or minutes: 604800000 need not be counted out. */
    static Optional<String> inWords(String key, String value) {
        if (!key.endsWith(".ms")) {
            return Optional.empty();
        }
        try {
            long ms = Long.parseLong(value.strip());
            String words = RetentionText.readable(ms);
            return words.endsWith(" ms") ? Optional.empty() : Optional.of(words);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public TopicConfigsViewModel model() {
        return model;
    }
}
