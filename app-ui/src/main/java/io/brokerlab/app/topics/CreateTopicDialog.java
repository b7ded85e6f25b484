package io.brokerlab.app.topics;

import atlantafx.base.theme.Styles;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import io.brokerlab.app.ui.BoundedLabel;
import io.brokerlab.app.ui.Dialogs;
import io.brokerlab.app.ui.NumberSpinners;

/**
 * Name, partitions, replication factor (up to the live brokers) and common configs, and under "Other configs" any
 * other topic config, all checked while typing.
 */
public final class CreateTopicDialog extends Dialog<CreateTopicViewModel> {

    private final CreateTopicViewModel model;

    /** @param quorumLost why the cluster can create no topic now (no ZooKeeper quorum), or "" */
    public CreateTopicDialog(Window owner, int liveBrokers, Collection<String> existing, String quorumLost) {
        model = new CreateTopicViewModel(liveBrokers, existing);
        initOwner(owner);
        setTitle("New topic");
        setHeaderText("Create a topic on the running brokers");
        TextField name = new TextField();
        name.setId("topic-name");
        name.setPromptText("e.g. orders");
        name.textProperty().bindBidirectional(model.nameProperty());
        Spinner<Integer> partitions = new Spinner<>(1, CreateTopicViewModel.MAX_PARTITIONS,
                Integer.parseInt(model.partitionsProperty().get()));
        partitions.setId("topic-partitions");
        partitions.setEditable(true);
        partitions.getValueFactory().setConverter(NumberSpinners.keepingValueOnGarbage(partitions));
        // the typed text, not the committed value, so a wrong count is named while it is typed
        partitions.getEditor().textProperty().bindBidirectional(model.partitionsProperty());
        Spinner<Integer> rf = new Spinner<>(1, Math.max(1, liveBrokers), model.replicationFactorProperty().get());
        rf.setId("topic-rf");
        rf.valueProperty().addListener((o, a, b) -> model.replicationFactorProperty().set(b));
        TextField minIsr = new TextField();
        minIsr.setId("topic-min-isr");
        minIsr.promptTextProperty().bind(Bindings.createStringBinding(() -> model.brokerMinInsyncReplicasProperty().get() > 0
                ? "broker default (" + model.brokerMinInsyncReplicasProperty().get() + ")" : "broker default",
                model.brokerMinInsyncReplicasProperty()));
        minIsr.textProperty().bindBidirectional(model.minInsyncReplicasProperty());
        // the settings a failover demo turns on, said in its terms: what survives a broker killed
        partitions.setTooltip(new Tooltip("Kafka keeps order within a partition, not across them; messages with the"
                + " same key go to the same partition. More partitions: more consumers reading in parallel"));
        rf.setTooltip(new Tooltip("How many brokers hold a copy of each partition (at most the live brokers): with 3,"
                + " a partition's messages survive two brokers down"));
        minIsr.setTooltip(new Tooltip("Producers with acks=all are answered only while at least this many replicas,"
                + " the leader included, are in sync. With replication factor 3 and 2 here, one broker may be down and"
                + " writes go on; a second down, they are refused (NOT_ENOUGH_REPLICAS) rather than kept on one copy"));
        TextField retention = new TextField();
        retention.setId("topic-retention");
        retention.setPromptText("broker default");
        retention.setTooltip(new Tooltip("Milliseconds, or a time with its unit: 7d, 12h, 30m, 45s; -1 keeps messages"
                + " forever"));
        retention.textProperty().bindBidirectional(model.retentionMsProperty());
        ChoiceBox<String> cleanup = new ChoiceBox<>();
        cleanup.getItems().addAll("delete", "compact", "compact,delete");
        cleanup.valueProperty().bindBidirectional(model.cleanupPolicyProperty());
        cleanup.setTooltip(new Tooltip("delete: messages older than retention.ms go. compact: Kafka keeps at least the"
                + " latest message of each key (a changelog). compact,delete: both"));
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(10);
        form.addRow(0, new Label("Name"), name);
        form.addRow(1, new Label("Partitions"), partitions);
        form.addRow(2, new Label("Replication factor"), rf);
        form.addRow(3, new Label("min.insync.replicas"), minIsr);
        form.addRow(4, new Label("retention.ms"), retention);
        // the prompt is cut in a field this wide: what the number means goes on its own line under it
        Label retentionHelp = new Label();
        retentionHelp.setId("topic-retention-meaning");
        retentionHelp.textProperty().bind(Bindings.createStringBinding(model::retentionMeaning,
                model.retentionMsProperty()));
        retentionHelp.getStyleClass().add(Styles.TEXT_MUTED);
        retentionHelp.setWrapText(true);
        // wrapped to the field's width, which a longer meaning must not widen past the dialog's buttons
        retentionHelp.setPrefWidth(0);
        retentionHelp.setMaxWidth(Double.MAX_VALUE);
        retentionHelp.setMinHeight(Region.USE_PREF_SIZE);
        form.add(retentionHelp, 1, 5);
        form.addRow(6, new Label("cleanup.policy"), cleanup);
        Dialogs.keepLabelsWhole(form);
        Label live = new Label(liveBrokers + " broker" + (liveBrokers == 1 ? " is" : "s are")
                + " running: the replication factor can be at most " + liveBrokers + ".");
        live.getStyleClass().add(Styles.TEXT_MUTED);
        Label noQuorum = new Label(quorumLost);
        noQuorum.setId("topic-no-quorum");
        noQuorum.getStyleClass().add(Styles.WARNING);
        noQuorum.setWrapText(true);
        noQuorum.setVisible(!quorumLost.isEmpty());
        noQuorum.managedProperty().bind(noQuorum.visibleProperty());
        // room for a two-line name problem from the start: Create stays where the pointer is going
        Label problem = new BoundedLabel(2, 6);
        problem.setId("topic-problem");
        // a hint, not an error, until the user has typed something: a fresh dialog has nothing wrong in it yet
        problem.getStyleClass().add(Styles.TEXT_MUTED);
        name.textProperty().addListener((o, was, now) -> {
            if (!now.isEmpty()) {
                problem.getStyleClass().setAll("label", Styles.DANGER);
            }
        });
        problem.textProperty().bind(model.problemProperty());
        // every wrong field marked at once, as the problem lines name them all
        Map<CreateTopicViewModel.Field, Node> fields = Map.of(CreateTopicViewModel.Field.NAME, name,
                CreateTopicViewModel.Field.PARTITIONS, partitions.getEditor(),
                CreateTopicViewModel.Field.REPLICATION_FACTOR, rf.getEditor(),
                CreateTopicViewModel.Field.MIN_INSYNC_REPLICAS, minIsr,
                CreateTopicViewModel.Field.RETENTION_MS, retention);
        Runnable mark = () -> fields.forEach((field, node) -> node.pseudoClassStateChanged(Styles.STATE_DANGER,
                model.invalidFieldsProperty().get().contains(field)));
        model.invalidFieldsProperty().addListener(o -> mark.run());
        mark.run();
        Label windows = new Label();
        windows.setId("topic-windows-warning");
        windows.getStyleClass().add(Styles.WARNING);
        windows.setWrapText(true);
        windows.textProperty().bind(model.windowsWarningProperty());
        windows.visibleProperty().bind(model.windowsWarningProperty().isNotEmpty());
        windows.managedProperty().bind(windows.visibleProperty());
        // the lines under the form are never squeezed to "…": the window grows to a longer one instead
        for (Label line : List.of(live, noQuorum, windows)) {
            line.setMinHeight(Region.USE_PREF_SIZE);
        }
        for (Label line : List.of(live, problem, windows)) {
            line.textProperty().addListener((o, was, now) -> DialogHeight.grow(this));
        }
        OtherConfigsPane others = new OtherConfigsPane(model.others(), () -> DialogHeight.grow(this),
                () -> DialogHeight.fit(this));
        VBox content = new VBox(12, form, others, live, noQuorum, problem, windows);
        // in ems (app.css): 520 px at the default 14 px, wider with the text
        content.getStyleClass().add("create-topic");
        getDialogPane().setContent(content);
        ButtonType create = new ButtonType("Create", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(create, ButtonType.CANCEL);
        Button button = (Button) getDialogPane().lookupButton(create);
        button.setId("topic-create");
        button.disableProperty().bind(Bindings.createBooleanBinding(() -> !model.valid(), model.problemProperty()));
        setResultConverter(b -> b == create ? model : null);
        setOnShown(e -> name.requestFocus());
    }

    /** For the brokers' min.insync.replicas once read, which a blank field leaves in force. */
    public CreateTopicViewModel model() {
        return model;
    }
}
