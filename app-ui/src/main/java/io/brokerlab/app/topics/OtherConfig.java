package io.brokerlab.app.topics;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One line of the create dialog's "Other configs": a topic config key and its value as typed, why Kafka would refuse
 * them, and what the key takes. Checked by {@link OtherConfigs}. FX thread.
 */
public final class OtherConfig {

    private final StringProperty key = new SimpleStringProperty("");
    private final StringProperty value = new SimpleStringProperty("");
    private final StringProperty problem = new SimpleStringProperty("");
    private final BooleanProperty problemAtKey = new SimpleBooleanProperty();
    private final StringProperty facts = new SimpleStringProperty("");
    private final StringProperty documentation = new SimpleStringProperty("");

    OtherConfig() {
    }

    public StringProperty keyProperty() {
        return key;
    }

    public StringProperty valueProperty() {
        return value;
    }

    /** The key as it is sent: without the blanks around it. */
    String key() {
        return key.get().strip();
    }

    String value() {
        return value.get().strip();
    }

    /** Why the line cannot be sent as it is; empty when it can, or while it is empty. */
    public ReadOnlyStringProperty problemProperty() {
        return problem;
    }

    /** Whether {@link #problemProperty()} is about the key (unknown, set twice...) rather than the value. */
    public ReadOnlyBooleanProperty problemAtKeyProperty() {
        return problemAtKey;
    }

    /** The key's type, Kafka's default and valid values; empty while the key is not one Kafka defines. */
    public ReadOnlyStringProperty factsProperty() {
        return facts;
    }

    /** Kafka's documentation of the key; empty while the key is not one Kafka defines. */
    public ReadOnlyStringProperty documentationProperty() {
        return documentation;
    }

    void checked(String problem, boolean atKey, String facts, String documentation) {
        this.problem.set(problem);
        problemAtKey.set(atKey);
        this.facts.set(facts);
        this.documentation.set(documentation);
    }
}
