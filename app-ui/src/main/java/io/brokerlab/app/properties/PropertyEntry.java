package io.brokerlab.app.properties;

import io.brokerlab.launcher.config.ConfigInfo;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One key of a node's file: its value as edited, whether the file sets it, and what Kafka or ZooKeeper says about
 * it. A key the file sets may be set to "" ({@code key=}), which Kafka reads as an empty value, not as its default:
 * clearing the field of such a key keeps it in the file, empty, and {@link #remove} takes it out. A key the file
 * did not set that is cleared after typing stays out of the file. FX thread.
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
    private final boolean loadedInFile;
    private final ReadOnlyBooleanWrapper inFile = new ReadOnlyBooleanWrapper();
    /** While {@link #set} says itself whether the key is in the file. */
    private boolean setting;

    /** @param inFile the key's value in the file, or null when the file does not set it */
    PropertyEntry(ConfigInfo info, String inFile) {
        this.info = info;
        this.loadedInFile = inFile != null;
        this.inFile.set(loadedInFile);
        this.value.set(inFile == null ? "" : inFile);
        this.group = statusOf(loadedInFile, value.get());
        this.status.set(group);
        value.addListener((obs, old, now) -> {
            if (!setting) {
                this.inFile.set(!now.isEmpty() || this.inFile.get() && loadedInFile);
            }
            status.set(statusOf(this.inFile.get(), now));
        });
        this.inFile.addListener((obs, was, now) -> status.set(statusOf(now, value.get())));
    }

    /** Sets the value as given, {@code null} taking the key out of the file and "" keeping it in, empty. */
    void set(String text) {
        setting = true;
        try {
            inFile.set(text != null);
            value.set(text == null ? "" : text);
        } finally {
            setting = false;
        }
    }

    /** Takes the key out of the file, so that its default applies (clearing the field would leave it empty). */
    public void remove() {
        set(null);
    }

    /** Whether the file, as edited, sets the key (possibly to ""). */
    public ReadOnlyBooleanProperty inFileProperty() {
        return inFile.getReadOnlyProperty();
    }

    public boolean inFile() {
        return inFile.get();
    }

    /** The value as edited, or null when the key is not in the file. */
    String edited() {
        return inFile.get() ? value.get() : null;
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

    /** The status the key would have with {@code valueInFile} in the file; null: not set there. */
    Status statusWith(String valueInFile) {
        return statusOf(valueInFile != null, valueInFile == null ? "" : valueInFile);
    }

    private Status statusOf(boolean set, String text) {
        if (!set) {
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
