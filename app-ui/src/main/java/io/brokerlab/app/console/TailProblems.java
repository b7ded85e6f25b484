package io.brokerlab.app.console;

import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;

/**
 * Why the last Tail did not start, or its tail stopped on its own, for the empty table; and which of the tail's fields
 * was wrong, for its mark. A field's mark and the reason go once that field is edited; everything once a tail starts
 * or another topic is chosen, whose tail may do fine. FX thread.
 */
final class TailProblems {

    private final StringProperty reason = new SimpleStringProperty();
    private final StringProperty startValue = new SimpleStringProperty();
    private final StringProperty partitions = new SimpleStringProperty();
    /** The topic Tail was pressed for when the reason was found. */
    private String topic;

    /** @param partitionEdits the partitions' text; @param startEdits the start mode and value */
    TailProblems(ObservableStringValue topic, Observable partitionEdits, Observable... startEdits) {
        topic.addListener((o, was, now) -> {
            // not for no topic: the Topic box empties itself for a moment whenever its list is replaced
            if (now != null && !now.isBlank() && !now.equals(this.topic)) {
                forget();
            }
        });
        for (Observable edit : startEdits) {
            edit.addListener(o -> corrected(startValue));
        }
        partitionEdits.addListener(o -> corrected(partitions));
    }

    private void corrected(StringProperty field) {
        if (field.get() != null) {
            field.set(null);
            reason.set(null);
        }
    }

    void forget() {
        reason.set(null);
        startValue.set(null);
        partitions.set(null);
    }

    /** A tail of {@code tailed} did not start or stopped, {@code why}. */
    void failed(String tailed, String why) {
        topic = tailed;
        reason.set(why);
    }

    /** The start value cannot be read, {@code why}: the reason too. */
    void startValueWrong(String tailed, String why) {
        startValue.set(why);
        failed(tailed, why);
    }

    /** The partitions cannot be read or the topic lacks one, {@code field} says; {@code why} is the reason. */
    void partitionsWrong(String tailed, String field, String why) {
        partitions.set(field);
        failed(tailed, why);
    }

    /** Why the last Tail did not start or its tail stopped on its own; null when nothing failed. */
    ReadOnlyStringProperty reasonProperty() {
        return reason;
    }

    /** What is wrong with the start value; null until a Tail finds out, and again once the value is edited. */
    ReadOnlyStringProperty startValueProperty() {
        return startValue;
    }

    /** Why the partitions cannot be tailed (also: the topic lacks one); null until a Tail finds out, or once edited. */
    ReadOnlyStringProperty partitionsProperty() {
        return partitions;
    }
}
