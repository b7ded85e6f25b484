package io.brokerlab.app.topics;

import io.brokerlab.launcher.config.ConfigInfo;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.BiFunction;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One topic config in the configs dialog: what the cluster has, what the user typed, and what Kafka would say about
 * it, checked as it is typed. FX thread.
 */
public final class TopicConfigRow {

    /** How a row differs from the cluster's value, for its marker in the list. */
    public enum Mark { NONE, CHANGED, RESET, INVALID }

    private final ConfigInfo info;
    private final String current;
    private final String source;
    private final boolean override;
    private final String brokerKey;
    private final BiFunction<String, String, Optional<String>> check;
    private final String resetProblem;
    private final StringProperty value;
    private final BooleanProperty reset = new SimpleBooleanProperty();
    private final StringProperty problem = new SimpleStringProperty("");
    private final SimpleObjectProperty<Mark> mark = new SimpleObjectProperty<>(Mark.NONE);

    /**
     * @param current the value the cluster reports (null when it reports none: then Kafka's default is shown)
     * @param source  Kafka's config source, e.g. DYNAMIC_TOPIC_CONFIG, STATIC_BROKER_CONFIG, DEFAULT_CONFIG
     * @param brokerKey the broker setting a topic without its own value takes, or null
     * @param check   why Kafka would refuse a key's value, empty when it takes it
     * @param resetProblem why the broker's value, which a reset override falls back to, would not do; empty if it does
     */
    TopicConfigRow(ConfigInfo info, String current, String source, boolean override, String brokerKey,
                   BiFunction<String, String, Optional<String>> check, String resetProblem) {
        this.info = info;
        this.brokerKey = brokerKey;
        this.check = check;
        this.resetProblem = resetProblem;
        this.current = current != null ? current : info.defaultValue() == null ? "" : info.defaultValue();
        this.source = source;
        this.override = override;
        this.value = new SimpleStringProperty(this.current);
        value.addListener(o -> recheck());
        reset.addListener(o -> recheck());
        problem.addListener(o -> remark());
    }

    private void recheck() {
        problem.set(reset.get() ? resetProblem : changed() ? check.apply(key(), valueToSend()).orElse("") : "");
        remark();
    }

    private void remark() {
        mark.set(!problem.get().isEmpty() ? Mark.INVALID : reset.get() ? Mark.RESET
                : changed() ? Mark.CHANGED : Mark.NONE);
    }

    public String key() {
        return info.key();
    }

    public ConfigInfo info() {
        return info;
    }

    /** The value the cluster has now. */
    public String current() {
        return current;
    }

    /** Set on the topic itself (only such a value can be reset to the broker's). */
    public boolean override() {
        return override;
    }

    /** The broker setting the topic follows when it has no value of its own (log.retention.ms...), or empty. */
    public Optional<String> brokerKey() {
        return Optional.ofNullable(brokerKey);
    }

    /**
     * Where the value comes from, in words. Kafka reports DEFAULT_CONFIG for a value the topic takes from a broker's
     * differently named key (retention.ms from log.retention.hours): a value other than Kafka's own default can only
     * be the brokers'.
     */
    public String origin() {
        if (override) {
            return "topic override";
        }
        boolean brokers = source != null && source.contains("BROKER")
                || info.defaultValue() != null && !info.defaultValue().equals(current);
        return brokers ? "broker setting" : "Kafka default";
    }

    /** What the user typed; starts as the cluster's value. */
    public StringProperty valueProperty() {
        return value;
    }

    /** The override is to be removed on OK, so the topic takes the broker's value again. */
    public ReadOnlyBooleanProperty resetProperty() {
        return reset;
    }

    public void resetToDefault() {
        if (override) {
            value.set(current);
            reset.set(true);
        }
    }

    /** Back to the cluster's value: the user's edit or reset undone. */
    public void revert() {
        reset.set(false);
        value.set(current);
    }

    /** Why Kafka would refuse the typed value (or why the broker did); empty when nothing is wrong. */
    public ReadOnlyStringProperty problemProperty() {
        return problem;
    }

    /** A broker's refusal shown at this field; the typed text stays, and typing again clears it. */
    void refused(String reason) {
        problem.set(reason);
    }

    public ReadOnlyObjectProperty<Mark> markProperty() {
        return mark;
    }

    /** To be set on OK: typed differently from the cluster's value (trailing blanks aside), not reset. */
    public boolean changed() {
        return !reset.get() && !valueToSend().equals(current);
    }

    /**
     * The value as Kafka takes it: a time in milliseconds (a key ending in .ms) may be typed as "7d", "12h" or "30m",
     * as New topic takes retention.ms, and is sent as the milliseconds.
     */
    String valueToSend() {
        String typed = value.get().strip();
        if (!key().endsWith(".ms") || typed.matches("-?\\d+")) {
            return typed;
        }
        OptionalLong millis = RetentionText.millis(typed);
        return millis.isPresent() ? Long.toString(millis.getAsLong()) : typed;
    }
}
