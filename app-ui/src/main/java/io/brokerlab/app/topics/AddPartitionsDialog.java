package io.brokerlab.app.topics;

import atlantafx.base.theme.Styles;
import io.brokerlab.app.ui.BoundedLabel;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Asks for a topic's new partition count, checked as it is typed: a value Kafka would refuse keeps Add partitions disabled and
 * says why, rather than closing the dialog for an error line elsewhere. Says what more partitions do to keyed
 * messages, which Kafka does not.
 */
final class AddPartitionsDialog extends Dialog<Integer> {

    static final String KEYS_MOVE = "A key's partition is its hash modulo the partition count: from now on some keys'"
            + " messages go to another partition than their earlier ones, so consumers see those keys out of order"
            + " across the change, and a compacted topic keeps such a key's older value beside the new one.";

    /** Says what confirming does, as the New topic dialog's Create does. */
    static final ButtonType ADD = new ButtonType("Add partitions", ButtonBar.ButtonData.OK_DONE);

    private final int current;

    AddPartitionsDialog(Window owner, String topic, int current) {
        this.current = current;
        setTitle("Add partitions");
        setHeaderText(topic + " has " + current + (current == 1 ? " partition" : " partitions")
                + ". New total (partitions can only be added):");
        initOwner(owner);
        TextField total = new TextField(String.valueOf(current + 1));
        total.setId("topic-add-partitions-total");
        // a line for a problem from the start, so Add partitions stays under the pointer; a longer one makes the window taller
        Label problem = new BoundedLabel(1, 4);
        problem.setId("topic-add-partitions-problem");
        problem.getStyleClass().add(Styles.DANGER);
        problem.textProperty().bind(Bindings.createStringBinding(() -> problem(total.getText()).orElse(""),
                total.textProperty()));
        problem.textProperty().addListener((o, was, now) -> DialogHeight.grow(this));
        Label keys = new Label(KEYS_MOVE);
        keys.setId("topic-add-partitions-keys");
        keys.getStyleClass().add(Styles.TEXT_MUTED);
        keys.setWrapText(true);
        // every line of it, whatever the problem above takes: it is what Kafka does not say
        keys.setMinHeight(Region.USE_PREF_SIZE);
        VBox form = new VBox(8, total, problem, keys);
        // in ems (app.css): 420 px at the default 14 px, wider with the text
        form.getStyleClass().add("add-partitions");
        getDialogPane().setContent(form);
        getDialogPane().getButtonTypes().addAll(ButtonType.CANCEL, ADD);
        getDialogPane().lookupButton(ADD).setId("topic-add-partitions-ok");
        getDialogPane().lookupButton(ADD).disableProperty().bind(problem.textProperty().isNotEmpty());
        setOnShown(e -> total.requestFocus());
        setResultConverter(button -> button == ADD ? Integer.valueOf(total.getText().strip()) : null);
    }

    /** Why Kafka would not take {@code typed} as the new total; empty when it would. */
    Optional<String> problem(String typed) {
        int total;
        try {
            total = Integer.parseInt(typed.strip());
        } catch (NumberFormatException e) {
            return Optional.of("The new total must be a whole number");
        }
        if (total <= current) {
            return Optional.of("Partitions can only be added: type more than " + current);
        }
        if (total > CreateTopicViewModel.MAX_PARTITIONS) {
            return Optional.of("At most " + CreateTopicViewModel.MAX_PARTITIONS + " partitions, as when creating a"
                    + " topic");
        }
        return Optional.empty();
    }
}
