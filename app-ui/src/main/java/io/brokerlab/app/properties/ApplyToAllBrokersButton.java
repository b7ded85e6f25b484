package io.brokerlab.app.properties;

import atlantafx.base.theme.Styles;
import io.brokerlab.app.ui.Failures;
import io.brokerlab.launcher.config.NodeId;
import io.brokerlab.launcher.config.NodeKind;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Tooltip;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Under the description of a broker's key: "Apply to all brokers" sets it to its value here in every broker's file,
 * then offers the rolling restart that applies it. Disabled, its tooltip saying why, for a key that is each broker's
 * own; hidden for a ZooKeeper's file and in raw mode. FX thread.
 */
final class ApplyToAllBrokersButton {

    private final PropertiesViewModel model;
    private final RestartOffer restartOffer;
    private final BiConsumer<String, Throwable> errors;
    private final Supplier<Window> owner;
    private final Button button = new Button("Apply to all brokers", new FontIcon(Feather.LAYERS));
    /**
     * Under it: what it would set ("Sets min.insync.replicas=1 in every broker's file"), which key being the one
     * described above, far from the field edited; or why it is disabled, as a disabled button shows no tooltip.
     */
    private final Label why = new Label();
    /** Holds the tooltip, which a disabled button would not show. */
    private final VBox root = new VBox(4, button, why);
    private final Tooltip tip = new Tooltip();
    private final InvalidationListener update = this::update;
    /** The entry whose value the tooltip names, listened to while described. */
    private PropertyEntry shown;

    ApplyToAllBrokersButton(PropertiesViewModel model, RestartOffer restartOffer, BiConsumer<String, Throwable> errors,
                            Supplier<Window> owner) {
        this.model = model;
        this.restartOffer = restartOffer;
        this.errors = errors;
        this.owner = owner;
        button.setId("properties-apply-all");
        root.setId("properties-apply-all-box");
        why.setId("properties-apply-all-why");
        why.setWrapText(true);
        why.getStyleClass().add(Styles.TEXT_MUTED);
        why.visibleProperty().bind(why.textProperty().isNotEmpty());
        why.managedProperty().bind(why.visibleProperty());
        root.setPadding(new Insets(8, 10, 8, 10));
        Tooltip.install(root, tip);
        button.setOnAction(e -> apply());
        model.selectedProperty().addListener(update);
        model.rawModeProperty().addListener(update);
        model.nodeProperty().addListener(update);
        model.savingProperty().addListener(update);
        update(null);
    }

    Node root() {
        return root;
    }

    private void update(Observable changed) {
        PropertyEntry entry = model.selectedProperty().get();
        if (shown != entry) {
            if (shown != null) {
                shown.valueProperty().removeListener(update);
                shown.errorProperty().removeListener(update);
            }
            shown = entry;
            if (entry != null) {
                entry.valueProperty().addListener(update);
                entry.errorProperty().addListener(update);
            }
        }
        NodeId node = model.nodeProperty().get();
        boolean offered = entry != null && node != null && node.kind() == NodeKind.BROKER
                && !model.rawModeProperty().get();
        root.setVisible(offered);
        root.setManaged(offered);
        if (!offered) {
            return;
        }
        String reason = model.whyNotApplyToAllBrokers(entry);
        button.setDisable(!reason.isEmpty() || model.savingProperty().get());
        why.setText(!reason.isEmpty() ? reason : "Sets " + entry.key() + "=" + entry.value().strip()
                + " in every broker's file");
        tip.setText(!reason.isEmpty() ? reason : "Sets " + entry.key() + "=" + entry.value().strip() + " in every"
                + " broker's file, each keeping its comments and layout, then offers to restart the brokers that need"
                + " it, one at a time");
    }

    private void apply() {
        PropertyEntry entry = model.selectedProperty().get();
        model.planApplyToAllBrokers(entry).thenAccept(plan -> {
            // nothing to write: straight to the restart of a broker that still runs an older value, if any
            if (plan.changing().isEmpty() || confirm(plan)) {
                model.applyToAllBrokers(plan).thenAccept(restart -> {
                    if (restart.isEmpty() && plan.changing().isEmpty()) {
                        nothingToChange(plan);
                    } else {
                        restartOffer.offer(restart);
                    }
                }).exceptionally(error -> {
                    errors.accept("Could not apply " + plan.key() + " to every broker", Failures.cause(error));
                    return null;
                });
            }
        }).exceptionally(error -> {
            refuse(entry.key(), Failures.message(error));
            return null;
        });
    }

    /** What will be written where, before anything is. */
    private boolean confirm(AllBrokers.Plan plan) {
        List<NodeId> changing = plan.changing();
        ButtonType apply = new ButtonType("Apply", ButtonBar.ButtonData.YES);
        List<NodeId> already = plan.alreadySet();
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "Writes the files of " + ApplyToAllBrokers.names(changing)
                + (already.isEmpty() ? "" : " (" + ApplyToAllBrokers.names(already) + (already.size() == 1 ? " has"
                : " have") + " it already)") + ", keeping their comments and layout. Each file was checked as a save"
                + " checks it.", apply, ButtonType.CANCEL);
        ask.initOwner(owner.get());
        ask.setTitle("Brokerlab");
        ask.setHeaderText("Set " + plan.key() + "=" + plan.value() + " in every broker's file?");
        ask.getDialogPane().lookupButton(apply).setId("properties-apply-all-confirm");
        return ask.showAndWait().orElse(ButtonType.CANCEL) == apply;
    }

    private void nothingToChange(AllBrokers.Plan plan) {
        Alert told = new Alert(Alert.AlertType.INFORMATION, nothingToChangeText(plan), ButtonType.OK);
        told.initOwner(owner.get());
        told.setTitle("Brokerlab");
        told.setHeaderText("Nothing to change");
        told.getDialogPane().lookupButton(ButtonType.OK).setId("properties-apply-all-nothing-ok");
        told.showAndWait();
    }

    static String nothingToChangeText(AllBrokers.Plan plan) {
        return "Every broker's file already has " + plan.key() + "=" + plan.value() + ".";
    }

    private void refuse(String key, String why) {
        Alert told = new Alert(Alert.AlertType.WARNING, why, ButtonType.OK);
        told.initOwner(owner.get());
        told.setTitle("Brokerlab");
        told.setHeaderText(key + " is not applied to every broker");
        told.showAndWait();
    }
}
