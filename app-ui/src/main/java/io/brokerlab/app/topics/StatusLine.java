package io.brokerlab.app.topics;

import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A line saying how a topic action goes, with the topic it is about (null: none in particular, such as a refresh's
 * outcome). What is said for a while only leaves after {@link TopicsViewModel#OUTCOME_SHOWN}. FX thread.
 */
final class StatusLine {

    /** Runs a task on the FX thread once a line has been on screen long enough to read. */
    private final Executor later;
    /** Whether a failure stays until the user acts, rather than leaving as a success does. */
    private final boolean failuresStay;
    private final StringProperty text = new SimpleStringProperty("");
    private final BooleanProperty failed = new SimpleBooleanProperty();
    private String about;
    /** Counts what was said, so an earlier line's expiry does not clear a later one. */
    private long said;

    StatusLine(Executor later, boolean failuresStay) {
        this.later = later;
        this.failuresStay = failuresStay;
    }

    /**
     * Says {@code line} about {@code topic}, in the error style when {@code failure}; {@code forAWhile}: it leaves
     * after a while (progress does not: it stays until the action's outcome replaces it).
     */
    void say(String line, boolean failure, String topic, boolean forAWhile) {
        text.set(line);
        failed.set(failure);
        about = topic;
        long now = ++said;
        if (forAWhile && !line.isEmpty() && !(failure && failuresStay)) {
            later.execute(() -> {
                // a success turned into a partial failure (markFailed) stays too, where failures stay
                if (said == now && !(failed.get() && failuresStay)) {
                    clear();
                }
            });
        }
    }

    /** What was said stays, now in the error style: the action did only part of its work. */
    void markFailed() {
        failed.set(true);
    }

    void clear() {
        say("", false, null, false);
    }

    /** The topic the line is about; null when it is about none in particular, or empty. */
    String about() {
        return about;
    }

    boolean isEmpty() {
        return text.get().isEmpty();
    }

    ReadOnlyStringProperty textProperty() {
        return text;
    }

    ReadOnlyBooleanProperty failedProperty() {
        return failed;
    }
}
