package io.brokerlab.app.topics;

import io.brokerlab.app.ui.Failures;
import io.brokerlab.launcher.admin.TopicConfigEntry;
import io.brokerlab.launcher.config.ConfigInfo;
import io.brokerlab.launcher.config.TopicConfigCatalog;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The topic configs dialog: every topic-level key Kafka defines with the topic's value, its overrides first; values
 * checked with Kafka's definitions as they are typed; OK sends only what changed. FX thread.
 */
public final class TopicConfigsViewModel {

    private static final String MIN_INSYNC_REPLICAS = "min.insync.replicas";

    private final String topic;
    private final TopicConfigCatalog catalog;
    private final int replicationFactor;
    private final List<TopicConfigRow> rows = new ArrayList<>();
    private final FilteredList<TopicConfigRow> shown;
    private final StringProperty search = new SimpleStringProperty("");
    private final StringProperty problem = new SimpleStringProperty("");
    private final StringProperty summary = new SimpleStringProperty("");
    private final SimpleBooleanProperty valid = new SimpleBooleanProperty(true);
    private final SimpleBooleanProperty applying = new SimpleBooleanProperty();

    /**
     * @param configs the topic's configs as the cluster describes them (every key it knows, with its source)
     * @param replicationFactor the topic's replicas per partition, 0 when unknown (then not checked against)
     * @param brokerMinInsyncReplicas the brokers' min.insync.replicas, which a reset override falls back to; empty
     *                                when unknown
     */
    public TopicConfigsViewModel(String topic, List<TopicConfigEntry> configs, TopicConfigCatalog catalog,
                                 int replicationFactor, OptionalInt brokerMinInsyncReplicas) {
        this.topic = topic;
        this.catalog = catalog;
        this.replicationFactor = replicationFactor;
        Map<String, TopicConfigEntry> described = new HashMap<>();
        configs.forEach(c -> described.put(c.name(), c));
        Map<String, ConfigInfo> infos = new TreeMap<>(catalog.keys());
        // a key the cluster reports that this Kafka version does not define still shows, without documentation
        described.keySet().forEach(key -> infos.computeIfAbsent(key, k -> new ConfigInfo(k,
                "Not in the topic config definitions of this Kafka version.", "?", null, null, "", List.of(), "", "")));
        for (ConfigInfo info : infos.values()) {
            TopicConfigEntry entry = described.get(info.key());
            TopicConfigRow row = new TopicConfigRow(info, entry == null ? null : entry.value(),
                    entry == null ? null : entry.source(), entry != null && entry.isOverride(),
                    catalog.brokerKey(info.key()).orElse(null), this::valueProblem,
                    MIN_INSYNC_REPLICAS.equals(info.key()) ? resetProblem(brokerMinInsyncReplicas) : "");
            row.valueProperty().addListener(o -> check());
            row.resetProperty().addListener(o -> check());
            row.problemProperty().addListener(o -> check());
            rows.add(row);
        }
        rows.sort(Comparator.comparing((TopicConfigRow r) -> !r.override()).thenComparing(TopicConfigRow::key));
        shown = new FilteredList<>(FXCollections.observableArrayList(rows));
        search.addListener(o -> shown.setPredicate(matching(search.get())));
        check();
    }

    /**
     * Kafka's reason, else a min.insync.replicas above the replication factor: Kafka takes it, and then refuses every
     * acks=all write (the console's default) for want of enough in-sync replicas.
     */
    private Optional<String> valueProblem(String key, String value) {
        Optional<String> kafkas = catalog.problem(key, value);
        if (kafkas.isPresent() || !MIN_INSYNC_REPLICAS.equals(key) || replicationFactor < 1) {
            return kafkas;
        }
        try {
            int minIsr = Integer.parseInt(value);
            return minIsr <= replicationFactor ? Optional.empty() : Optional.of("min.insync.replicas " + minIsr
                    + " is above the topic's replication factor (" + replicationFactor + "): every acks=all write (the"
                    + " console's default) would fail. Set at most " + replicationFactor);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private String resetProblem(OptionalInt brokerMinInsyncReplicas) {
        if (replicationFactor < 1 || brokerMinInsyncReplicas.isEmpty()
                || brokerMinInsyncReplicas.getAsInt() <= replicationFactor) {
            return "";
        }
        return "Reset, min.insync.replicas would be the brokers' " + brokerMinInsyncReplicas.getAsInt() + ", above the"
                + " topic's replication factor (" + replicationFactor + "): every acks=all write (the console's"
                + " default) would fail. Revert, and keep the topic's own value of at most " + replicationFactor;
    }

    /** A key or its documentation containing every word typed, in any case. */
    private static java.util.function.Predicate<TopicConfigRow> matching(String typed) {
        List<String> words = List.of(typed.toLowerCase(Locale.ROOT).strip().split("\\s+"));
        return row -> {
            String text = (row.key() + " " + row.info().documentation()).toLowerCase(Locale.ROOT);
            return words.stream().allMatch(text::contains);
        };
    }

    private void check() {
        ConfigEdit edit = edit();
        long invalid = rows.stream().filter(r -> !r.problemProperty().get().isEmpty()).count();
        // each value may be fine alone and not with another (min.compaction.lag.ms above max.compaction.lag.ms)
        String together = invalid > 0 || edit.set().isEmpty() ? "" : catalog.problem(edit.set()).orElse("");
        problem.set(invalid > 1 ? invalid + " values are not valid" : invalid == 1 ? "A value is not valid: "
                + rows.stream().filter(r -> !r.problemProperty().get().isEmpty()).findFirst().orElseThrow().key()
                : together);
        valid.set(invalid == 0 && together.isEmpty());
        // what OK will do, in its words: "1 to set, 0 to reset" read as a setting of its own; nothing while OK is off,
        // which "OK sets 1 value" beside "A value is not valid" contradicted
        summary.set(!valid.get() ? "" : edit.isEmpty() ? "No changes" : "OK " + String.join(" and ", Stream.of(
                edit.set().isEmpty() ? "" : "sets " + counted(edit.set().size(), "value") + " on the topic",
                edit.remove().isEmpty() ? "" : "removes " + counted(edit.remove().size(), "override")
                        + ", back to the broker's value").filter(s -> !s.isEmpty()).toList()));
    }

    private static String counted(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** What OK sends: the keys typed differently, and the overrides reset. */
    public ConfigEdit edit() {
        Map<String, String> set = new TreeMap<>();
        Set<String> remove = new TreeSet<>();
        for (TopicConfigRow row : rows) {
            if (row.resetProperty().get()) {
                remove.add(row.key());
            } else if (row.changed()) {
                set.put(row.key(), row.valueToSend());
            }
        }
        return new ConfigEdit(set, remove);
    }

    /**
     * Sends the changes through {@code alter}; completes with true when they are applied (or there were none), false
     * when refused: then the reason is in {@link #problemProperty()} and at the field it names, the typed text kept.
     */
    public CompletableFuture<Boolean> apply(Function<ConfigEdit, CompletableFuture<?>> alter) {
        ConfigEdit edit = edit();
        if (!valid.get()) {
            return CompletableFuture.completedFuture(false);
        }
        if (edit.isEmpty()) {
            return CompletableFuture.completedFuture(true);
        }
        applying.set(true);
        return alter.apply(edit).handle((done, error) -> {
            applying.set(false);
            if (error == null) {
                return true;
            }
            String reason = Failures.message(error);
            rows.stream().filter(r -> edit.set().containsKey(r.key()) && names(reason, r.key()))
                    .forEach(r -> r.refused(reason));
            problem.set("Not applied: " + reason);
            return false;
        });
    }

    /** Whole keys only: retention.ms is not named by a message about local.retention.ms. */
    private static boolean names(String message, String key) {
        return Pattern.compile("(?<![\\w.])" + Pattern.quote(key) + "(?![\\w.])").matcher(message).find();
    }

    public String topic() {
        return topic;
    }

    /** The rows the search leaves, overrides first, then by key. */
    public ObservableList<TopicConfigRow> rows() {
        return shown;
    }

    public StringProperty searchProperty() {
        return search;
    }

    /** Why OK cannot send the changes (or why the cluster refused them); empty when it can. */
    public ReadOnlyStringProperty problemProperty() {
        return problem;
    }

    /** What OK would change, in words. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid;
    }

    /** The changes are on their way to the cluster. */
    public ReadOnlyBooleanProperty applyingProperty() {
        return applying;
    }
}
