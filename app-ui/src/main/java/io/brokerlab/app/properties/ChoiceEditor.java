package io.brokerlab.app.properties;

import io.brokerlab.launcher.config.ConfigInfo;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;
import org.controlsfx.property.editor.AbstractPropertyEditor;

/**
 * A key with a finite set of values (booleans included) as a drop-down. Unlike ControlsFX's choice editor it
 * offers "not set" (the key taken out of the file), shows a value outside the set as it is in the file instead of blank,
 * and lets a list key take a typed comma-separated selection.
 */
final class ChoiceEditor extends AbstractPropertyEditor<Object, ComboBox<String>> {

    ChoiceEditor(EntryItem item) {
        super(item, new ComboBox<>());
        ConfigInfo info = item.entry().info();
        ComboBox<String> box = getEditor();
        box.getItems().add("");
        box.getItems().addAll(info.choices());
        box.setEditable("list".equals(info.type()));
        String notSet = EntryEditors.notSet(info);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(String value) {
                return value == null || value.isEmpty() ? notSet : value;
            }

            @Override
            public String fromString(String text) {
                return text == null || text.equals(notSet) ? "" : text.strip();
            }
        });
    }

    @Override
    @SuppressWarnings("unchecked")
    protected ObservableValue<Object> getObservableValue() {
        return (ObservableValue<Object>) (ObservableValue<?>) getEditor().valueProperty();
    }

    /** The "not set" item takes the key out of the file rather than leaving it there empty. */
    @Override
    public Object getValue() {
        String value = getEditor().getValue();
        return value == null || value.isEmpty() ? null : value;
    }

    @Override
    public void setValue(Object value) {
        String text = value == null ? "" : value.toString();
        if (!getEditor().isEditable() && !getEditor().getItems().contains(text)) {
            getEditor().getItems().add(text);
        }
        getEditor().setValue(text);
    }
}
