package io.brokerlab.app.properties;

import atlantafx.base.theme.Styles;
import io.brokerlab.launcher.config.ConfigInfo;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Beside the form: everything known about the key being edited (documentation, type, default, valid values,
 * importance, whether a running node takes a change), in the text size of the rest of the window, which a
 * tooltip's small print is not.
 */
final class KeyDescriptionPane {

    private final ScrollPane root = new ScrollPane();
    private final Label key = new Label();
    private final Label documentation = new Label();
    private final GridPane facts = new GridPane();
    private final Label hint = new Label();
    private final Label note = new Label();
    private final ObservableValue<String> rawStatus;

    /**
     * @param lineNote about the raw-text line under the caret (see PropertiesViewModel#rawLineNoteProperty)
     * @param hint     what shows while no key is described (see PropertiesViewModel#descriptionHintProperty)
     * @param rawStatus how the raw text sets the key, "" outside raw mode (see PropertiesViewModel#rawStatusProperty)
     */
    KeyDescriptionPane(ObservableValue<PropertyEntry> selected, ObservableValue<String> lineNote,
                       ObservableValue<String> hint, ObservableValue<String> rawStatus) {
        this.rawStatus = rawStatus;
        key.setId("properties-description-key");
        key.getStyleClass().add("key-description-title");
        key.setWrapText(true);
        documentation.setId("properties-description-text");
        documentation.setWrapText(true);
        facts.getStyleClass().add("key-description-facts");
        this.hint.textProperty().bind(hint);
        this.hint.setId("properties-description-hint");
        this.hint.setWrapText(true);
        this.hint.getStyleClass().add("key-description-hint");
        note.setId("properties-description-note");
        note.setWrapText(true);
        note.getStyleClass().add(Styles.WARNING);
        note.textProperty().bind(lineNote);
        note.visibleProperty().bind(note.textProperty().isNotEmpty());
        note.managedProperty().bind(note.visibleProperty());
        VBox content = new VBox(key, note, documentation, facts, this.hint);
        content.getStyleClass().add("key-description");
        root.setId("properties-description");
        root.setContent(content);
        root.setFitToWidth(true);
        selected.addListener((obs, old, entry) -> show(entry));
        show(selected.getValue());
    }

    Node root() {
        return root;
    }

    private void show(PropertyEntry entry) {
        facts.getChildren().clear();
        boolean any = entry != null;
        hint.setVisible(!any);
        hint.setManaged(!any);
        // the hint alone, at the top: no empty title above it
        for (Label described : List.of(key, documentation)) {
            described.setVisible(any);
            described.setManaged(any);
        }
        key.setText(any ? entry.key() : "");
        documentation.setText(any ? blankAsUnknown(entry.info().documentation()) : "");
        if (!any) {
            return;
        }
        ConfigInfo info = entry.info();
        fact("Type", info.type() + (info.sensitive() ? " (secret: masked in the form)" : ""));
        fact("Default", info.defaultText());
        fact("Valid values", info.validValues() == null || info.validValues().isBlank() ? "any value of its type"
                : info.validValues());
        fact("Importance", info.importance() == null || info.importance().isBlank() ? "not stated"
                : info.importance());
        fact("Takes effect", info.updateDescription());
        // the status as edited, not the group the form keeps the key in while it is edited: × makes it "not set"
        fact("In this file", "").textProperty().bind(Bindings.createStringBinding(() -> rawStatus.getValue().isEmpty()
                ? entry.status().label() : rawStatus.getValue(), entry.statusProperty(), rawStatus));
    }

    private Label fact(String name, String value) {
        Label title = new Label(name);
        title.getStyleClass().add("key-description-fact");
        title.setMinWidth(Label.USE_PREF_SIZE);
        GridPane.setValignment(title, VPos.TOP);
        Label text = new Label(value);
        text.setWrapText(true);
        text.setId("properties-description-" + name.toLowerCase(Locale.ROOT).replace(' ', '-'));
        GridPane.setHgrow(text, Priority.ALWAYS);
        facts.addRow(facts.getRowCount(), title, text);
        return text;
    }

    private static String blankAsUnknown(String text) {
        return text == null || text.isBlank() ? "No documentation." : text.strip();
    }
}
