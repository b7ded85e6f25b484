package io.brokerlab.app.properties;

import java.util.Optional;
import javafx.beans.value.ObservableValue;
import org.controlsfx.control.PropertySheet;

/**
 * An entry as the PropertySheet sees it. The value stays text whatever the key's type, so {@link EntryEditors}
 * picks the editor from the catalog rather than from {@link #getType}; an editor's null takes the key out of the
 * file, "" (a cleared field) leaves a key of the file in it, empty.
 */
final class EntryItem implements PropertySheet.Item {

    private final PropertyEntry entry;

    EntryItem(PropertyEntry entry) {
        this.entry = entry;
    }

    PropertyEntry entry() {
        return entry;
    }

    @Override
    public Class<?> getType() {
        return String.class;
    }

    /** As loaded, so that a key stays in its group while it is edited. */
    @Override
    public String getCategory() {
        return entry.group().label();
    }

    @Override
    public String getName() {
        return entry.key();
    }

    @Override
    public String getDescription() {
        return entry.info().describe();
    }

    @Override
    public Object getValue() {
        return entry.value();
    }

    @Override
    public void setValue(Object value) {
        if (value == null) {
            entry.remove();
        } else {
            entry.valueProperty().set(value.toString());
        }
    }

    @Override
    public Optional<ObservableValue<? extends Object>> getObservableValue() {
        return Optional.of(entry.valueProperty());
    }
}
