package io.brokerlab.app.properties;

import atlantafx.base.theme.Styles;
import io.brokerlab.launcher.config.ConfigInfo;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Callback;
import org.controlsfx.control.PropertySheet;
import org.controlsfx.property.editor.Editors;
import org.controlsfx.property.editor.PropertyEditor;

/**
 * The form's editors: masked text for a password, a drop-down for a key with a finite set of values, else text;
 * each after a marker that shows, as the value is edited, whether it differs from the default.
 */
final class EntryEditors implements Callback<PropertySheet.Item, PropertyEditor<?>> {

    private static final String MARKER = "●";

    private final Consumer<PropertyEntry> focused;

    /** @param focused told which entry an editor belongs to when it takes the keyboard focus */
    EntryEditors(Consumer<PropertyEntry> focused) {
        this.focused = focused;
    }

    @Override
    public PropertyEditor<?> call(PropertySheet.Item item) {
        EntryItem entry = (EntryItem) item;
        ConfigInfo info = entry.entry().info();
        PropertyEditor<?> editor = info.sensitive() ? new SecretEditor(entry)
                : info.choices().isEmpty() ? Editors.createTextEditor(item) : new ChoiceEditor(entry);
        return marked(entry.entry(), editor);
    }

    /**
     * The sheet reads an item's name once, so a marker in the name could not follow the edits; this one sits in
     * the editor cell and is bound (weakly, through the binding) to the entry's live status.
     */
    @SuppressWarnings("unchecked")
    private PropertyEditor<Object> marked(PropertyEntry entry, PropertyEditor<?> editor) {
        PropertyEditor<Object> inner = (PropertyEditor<Object>) editor;
        // always the glyph, only hidden, so that every editor keeps the same indent
        Label marker = new Label(MARKER);
        marker.getStyleClass().addAll("changed-marker", Styles.ACCENT);
        marker.setMinWidth(Region.USE_PREF_SIZE);
        marker.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> entry.status() == PropertyEntry.Status.CHANGED, entry.statusProperty()));
        marker.setTooltip(new Tooltip("Changed from the default, " + entry.info().defaultText()));
        Node node = inner.getEditor();
        if (node instanceof Region region) {
            region.setMaxWidth(Double.MAX_VALUE);
        }
        HBox.setHgrow(node, Priority.ALWAYS);
        HBox cell = new HBox(4, marker, node);
        cell.setAlignment(Pos.CENTER_LEFT);
        cell.focusWithinProperty().addListener((obs, was, now) -> {
            if (now) {
                focused.accept(entry);
            }
        });
        return new PropertyEditor<>() {
            @Override
            public Node getEditor() {
                return cell;
            }

            @Override
            public Object getValue() {
                return inner.getValue();
            }

            @Override
            public void setValue(Object value) {
                inner.setValue(value);
            }
        };
    }
}
