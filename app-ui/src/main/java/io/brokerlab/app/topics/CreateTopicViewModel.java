package io.brokerlab.app.topics;

import io.brokerlab.launcher.admin.NewTopicRequest;
import io.brokerlab.launcher.admin.TopicNames;
import io.brokerlab.launcher.admin.WindowsDataSafety;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The create-topic dialog: checked as the user types, with the replication factor capped by live brokers. FX thread.
 */
public final class CreateTopicViewModel {

    /** A field of the form, marked while its value is wrong. */
    public enum Field { NAME, PARTITIONS, REPLICATION_FACTOR, MIN_INSYNC_REPLICAS, RETENTION_MS }

    /** One problem, and the field it is in; null when it is in none of them (no broker, another config). */
    private record Problem(Field field, String text) {
    }

    /** The most partitions the dialog offers. */
    public static final int MAX_PARTITIONS = 1000;

    private static final String MIN_INSYNC_REPLICAS = "min.insync.replicas";
    private static final String RETENTION_MS = "retention.ms";
    private static final String CLEANUP_POLICY = "cleanup.policy";

    private final int liveBrokers;
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty partitions = new SimpleStringProperty("3");
    private final IntegerProperty replicationFactor = new SimpleIntegerProperty();
    private final StringProperty minInsyncReplicas = new SimpleStringProperty("");
    /** What a blank min.insync.replicas means: the brokers' own setting, read from them; 0 until known. */
    private final IntegerProperty brokerMinInsyncReplicas = new SimpleIntegerProperty();
    private final StringProperty retentionMs = new SimpleStringProperty("");
    private final StringProperty cleanupPolicy = new SimpleStringProperty("delete");
    private final StringProperty problem = new SimpleStringProperty("");
    private final ObjectProperty<Set<Field>> invalid = new SimpleObjectProperty<>(Set.of());
    private final StringProperty windowsWarning = new SimpleStringProperty("");
    private final WindowsDataSafety windows;
    private final List<String> existing;
    /** Any other topic config, under the fields for the common ones. */
    private final OtherConfigs others = new OtherConfigs(Set.of(MIN_INSYNC_REPLICAS, RETENTION_MS, CLEANUP_POLICY));

    public CreateTopicViewModel(int liveBrokers, Collection<String> existing) {
        this(liveBrokers, existing, WindowsDataSafety.forThisMachine());
    }

    /** @param existing the cluster's topic names, internal ones too, so a taken name is named as it is typed */
    public CreateTopicViewModel(int liveBrokers, Collection<String> existing, WindowsDataSafety windows) {
        this.liveBrokers = liveBrokers;
        this.existing = List.copyOf(existing);
        this.windows = windows;
        replicationFactor.set(Math.max(1, Math.min(3, liveBrokers)));
        for (var p : new javafx.beans.Observable[] {name, partitions, replicationFactor, minInsyncReplicas,
                brokerMinInsyncReplicas, retentionMs, cleanupPolicy}) {
            p.addListener(o -> check());
        }
        others.revisionProperty().addListener(o -> check());
        check();
    }

    private void check() {
        List<Problem> found = findProblems();
        problem.set(found.stream().map(Problem::text).collect(Collectors.joining("\n")));
        Set<Field> marked = EnumSet.noneOf(Field.class);
        found.stream().map(Problem::field).filter(Objects::nonNull).forEach(marked::add);
        invalid.set(Collections.unmodifiableSet(marked));
        List<String> risky = windows.riskyKeys(configs());
        windowsWarning.set(risky.isEmpty() ? "" : WindowsDataSafety.RISKY_SETTING + " (" + String.join(", ", risky) + ")");
    }

    /** Every problem of the form at once, a line each, the name's first: fixing one must not only reveal the next. */
    private List<Problem> findProblems() {
        List<Problem> found = new ArrayList<>();
        String topic = name.get().trim();
        if (topic.isEmpty()) {
            // a hint rather than a mistake: the field is not marked
            found.add(new Problem(null, "Give the topic a name"));
        } else {
            nameProblem(topic).ifPresent(text -> found.add(new Problem(Field.NAME, text)));
        }
        Long count = longValue(partitions.get().trim());
        if (count == null || count < 1 || count > MAX_PARTITIONS) {
            found.add(new Problem(Field.PARTITIONS, "The partitions must be a whole number from 1 to " + MAX_PARTITIONS));
        }
        boolean factorValid = false;
        if (liveBrokers < 1) {
            found.add(new Problem(null, "No broker is running; start the cluster first"));
        } else if (replicationFactor.get() < 1 || replicationFactor.get() > liveBrokers) {
            found.add(new Problem(Field.REPLICATION_FACTOR, "The replication factor must be between 1 and "
                    + liveBrokers + " (the live brokers)"));
        } else {
            factorValid = true;
        }
        minInsyncProblem(factorValid).ifPresent(text -> found.add(new Problem(Field.MIN_INSYNC_REPLICAS, text)));
        String retention = retentionMs.get().trim();
        if (!retention.isEmpty()) {
            // a long in Kafka: 30 days is already past Integer.MAX_VALUE milliseconds
            OptionalLong value = RetentionText.millis(retention);
            if (value.isEmpty() || value.getAsLong() < -1) {
                found.add(new Problem(Field.RETENTION_MS,
                        "retention.ms must be milliseconds or a time such as 7d, 12h or 30m, or -1 for no limit"));
            }
        }
        String other = others.problem(fieldConfigs());
        if (!other.isEmpty()) {
            found.add(new Problem(null, other));
        }
        return found;
    }

    private Optional<String> nameProblem(String topic) {
        String notAllowed = notAllowed(topic);
        if (!notAllowed.isEmpty()) {
            return Optional.of("A topic name may hold only ASCII alphanumerics, '.', '_' and '-': remove " + notAllowed
                    + " from '" + topic + "'");
        }
        return TopicNames.problem(topic).or(() -> taken(topic));
    }

    /** A typed value checked on its own, and, with a valid replication factor, against it. */
    private Optional<String> minInsyncProblem(boolean factorValid) {
        String minIsr = minInsyncReplicas.get().trim();
        if (!minIsr.isEmpty()) {
            Long value = longValue(minIsr);
            if (value == null || value < 1) {
                return Optional.of("min.insync.replicas must be a whole number of at least 1");
            }
            if (factorValid && value > replicationFactor.get()) {
                return Optional.of("min.insync.replicas (" + value + ") above the replication factor ("
                        + replicationFactor.get() + ") makes every acks=all write fail");
            }
        } else if (factorValid && brokerMinInsyncReplicas.get() > replicationFactor.get()) {
            return Optional.of("Left blank, min.insync.replicas is the brokers' " + brokerMinInsyncReplicas.get()
                    + ", above the replication factor (" + replicationFactor.get() + "): every acks=all write (the"
                    + " console's default) would fail. Set min.insync.replicas to at most " + replicationFactor.get()
                    + ", or raise the replication factor");
        }
        return Optional.empty();
    }

    /**
     * The name itself, or one Kafka refuses as colliding with it: metric names turn '.' into '_', so {@code a.b} and
     * {@code a_b} would report as the same topic.
     */
    private Optional<String> taken(String topic) {
        if (existing.contains(topic)) {
            return Optional.of("A topic named " + topic + " already exists");
        }
        return existing.stream().filter(t -> metricName(t).equals(metricName(topic))).findFirst()
                .map(t -> topic + " collides with the existing topic " + t + ": Kafka treats '.' and '_' alike in"
                        + " metric names and refuses it; use one of the two, not both");
    }

    /**
     * The characters of {@code topic} Kafka refuses in a topic name, each named once in order ("the space, '!'");
     * Kafka's own message says only that there is one. Empty when there is none.
     */
    static String notAllowed(String topic) {
        Set<String> named = new LinkedHashSet<>();
        topic.codePoints().filter(c -> !allowed(c)).forEach(c -> named.add(describe(c)));
        return String.join(", ", named);
    }

    private static boolean allowed(int c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '-');
    }

    private static String describe(int c) {
        if (c == ' ') {
            return "the space";
        }
        if (Character.isWhitespace(c) || Character.isISOControl(c) || !Character.isDefined(c)) {
            return String.format("the invisible character U+%04X", c);
        }
        return "'" + new String(Character.toChars(c)) + "'";
    }

    private static String metricName(String topic) {
        return topic.replace('.', '_');
    }

    private static Long longValue(String text) {
        try {
            return Long.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Only once {@link #valid()}: the partition count is parsed from the typed text. */
    public NewTopicRequest request() {
        return new NewTopicRequest(name.get().trim(), Integer.parseInt(partitions.get().trim()),
                (short) replicationFactor.get(), configs());
    }

    /** The dialog's own fields' configs, then the other configs. */
    private Map<String, String> configs() {
        Map<String, String> configs = fieldConfigs();
        configs.putAll(others.configs());
        return configs;
    }

    private Map<String, String> fieldConfigs() {
        Map<String, String> configs = new LinkedHashMap<>();
        if (!minInsyncReplicas.get().isBlank()) {
            configs.put(MIN_INSYNC_REPLICAS, minInsyncReplicas.get().trim());
        }
        // while typed wrong it is left out: the problem line says so, and Create stays disabled
        RetentionText.millis(retentionMs.get()).ifPresent(ms -> configs.put(RETENTION_MS, String.valueOf(ms)));
        if (!"delete".equals(cleanupPolicy.get())) {
            configs.put(CLEANUP_POLICY, cleanupPolicy.get());
        }
        return configs;
    }

    public boolean valid() {
        return problem.get().isEmpty();
    }

    public int liveBrokers() {
        return liveBrokers;
    }

    public StringProperty nameProperty() {
        return name;
    }

    /** The partition count as typed, so a wrong one is named before the spinner commits it. */
    public StringProperty partitionsProperty() {
        return partitions;
    }

    public IntegerProperty replicationFactorProperty() {
        return replicationFactor;
    }

    public StringProperty minInsyncReplicasProperty() {
        return minInsyncReplicas;
    }

    /** The brokers' min.insync.replicas, which a blank field leaves in force; 0 while unknown. */
    public IntegerProperty brokerMinInsyncReplicasProperty() {
        return brokerMinInsyncReplicas;
    }

    /** What the typed retention means, for the line under the field. */
    public String retentionMeaning() {
        String typed = retentionMs.get().trim();
        OptionalLong ms = typed.isEmpty() ? OptionalLong.empty() : RetentionText.millis(typed);
        if (ms.isEmpty() || ms.getAsLong() < -1) {
            return "Milliseconds a message is kept (or 7d, 12h, 30m); -1 keeps it forever";
        }
        return ms.getAsLong() == -1 ? "Messages are kept forever"
                : "Kept " + RetentionText.readable(ms.getAsLong()) + " (" + String.format(Locale.ROOT,
                "%,d", ms.getAsLong()) + " ms)";
    }

    public StringProperty retentionMsProperty() {
        return retentionMs;
    }

    public StringProperty cleanupPolicyProperty() {
        return cleanupPolicy;
    }

    /** Any other topic config, as key = value lines. */
    public OtherConfigs others() {
        return others;
    }

    /** Not a problem (the topic can be created) but a Windows broker would delete files and stop; empty if safe. */
    public ReadOnlyStringProperty windowsWarningProperty() {
        return windowsWarning;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem;
    }

    /** The fields whose value is wrong now, for the dialog to mark. */
    public ReadOnlyObjectProperty<Set<Field>> invalidFieldsProperty() {
        return invalid;
    }
}
