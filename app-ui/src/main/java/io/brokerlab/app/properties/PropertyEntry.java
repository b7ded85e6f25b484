package io.brokerlab.app.properties;

import io.brokerlab.launcher.config.ConfigInfo;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One key of a node's file: its value as edited ("" = not set) and what Kafka or ZooKeeper says about it. FX
 * thread.
 */
public final class PropertyEntry {

    /** Where a value stands against the key's default. */
    public enum Status {
        CHANGED("Changed from default"),
        SET("Set in the file (no fixed default)"),
        SAME_AS_DEFAULT("Set to the default value"),
        DEFAULT("Not set: default applies");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private final ConfigInfo info;
    private final Status group;
    private final StringProperty value = new SimpleStringProperty();
    private final ReadOnlyObjectWrapper<Status> status = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();

    PropertyEntry(ConfigInfo info, String inFile) {
        this.info = info;
        this.value.set(inFile == null ? "" : inFile);
        this.group = statusOf(value.get());
        this.status.set(group);
        value.addListener((obs, old, now) -> status.set(statusOf(now)));
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

    /** The status of the value as edited, for the changed-from-default marker. */
    public ReadOnlyObjectProperty<Status> statusProperty() {
        return status.getReadOnlyProperty();
    }

    public Status status() {
        return status.get();
    }

    /** The validation error of the value as edited, or null: the form marks the key's editor with it. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public String error() {
        return error.get();
    }

    void setError(String message) {
        error.set(message);
    }

    /** The status as loaded: groups and the filter use it, so a key does not jump to another group while typing. */
    public Status group() {
        return group;
    }

    private Status statusOf(String text) {
        if (text == null || text.isBlank()) {
            return Status.DEFAULT;
        }
        if (info.defaultValue() == null) {
            // also a default that depends on other keys ("2 × tickTime"): its note is no value to compare with
            return Status.SET;
        }
        String now = normalized(text);
        String byDefault = normalized(info.defaultValue());
        boolean same = "boolean".equals(info.type()) ? now.equalsIgnoreCase(byDefault) : now.equals(byDefault);
        return same ? Status.SAME_AS_DEFAULT : Status.CHANGED;
    }

    /** Kafka ignores the blanks around list items and the case of booleans, so the marker does too. */
    private String normalized(String text) {
        String stripped = text.strip();
        return "list".equals(info.type()) ? stripped.replaceAll("\\s*,\\s*", ",") : stripped;
    }
}
