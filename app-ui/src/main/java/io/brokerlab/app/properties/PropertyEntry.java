package io.brokerlab.app.properties;

import io.brokerlab.launcher.config.ConfigInfo;
import java.util.Objects;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One key of a node's file: its value as edited ("" = not set) and what Kafka or ZooKeeper says about it. */
public final class PropertyEntry {

    /** Where the key stands, which decides its group in the form. */
    public enum Status {
        CHANGED("Changed from default"), SET("Set in the file"), DEFAULT("Not set: default applies");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private final ConfigInfo info;
    private final String inFile;
    private final StringProperty value = new SimpleStringProperty();

    PropertyEntry(ConfigInfo info, String inFile) {
        this.info = info;
        this.inFile = inFile;
        this.value.set(inFile == null ? "" : inFile);
    }

    public String key() {
        return info.key();
    }

    public ConfigInfo info() {
        return info;
    }

    public StringProperty valueProperty() {
        return value;
    }

    public String value() {
        return value.get();
    }

    public ReadOnlyStringProperty readOnlyValue() {
        return value;
    }

    /** The status of the value as loaded, so keys do not jump between groups while typing. */
    public Status status() {
        if (inFile == null) {
            return Status.DEFAULT;
        }
        return info.defaultValue() != null && sameValue(inFile, info.defaultValue()) ? Status.SET : Status.CHANGED;
    }

    static boolean sameValue(String a, String b) {
        return Objects.equals(a.trim(), b.trim());
    }

    public boolean edited() {
        return !value().equals(inFile == null ? "" : inFile);
    }
}
