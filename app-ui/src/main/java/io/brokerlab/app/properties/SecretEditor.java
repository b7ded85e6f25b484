package io.brokerlab.app.properties;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.PasswordField;
import org.controlsfx.property.editor.AbstractPropertyEditor;

/** A password key: typed and shown masked, so that a projected screen does not give the secret away. */
final class SecretEditor extends AbstractPropertyEditor<Object, PasswordField> {

    SecretEditor(EntryItem item) {
        super(item, new PasswordField());
    }

    @Override
    @SuppressWarnings("unchecked")
    protected ObservableValue<Object> getObservableValue() {
        return (ObservableValue<Object>) (ObservableValue<?>) getEditor().textProperty();
    }

    @Override
    public void setValue(Object value) {
        getEditor().setText(value == null ? "" : value.toString());
    }
}
