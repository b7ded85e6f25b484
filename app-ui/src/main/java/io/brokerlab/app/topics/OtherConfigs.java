package io.brokerlab.app.topics;

import io.brokerlab.launcher.config.ConfigInfo;
import io.brokerlab.launcher.config.TopicConfigCatalog;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The create dialog's "Other configs": any topic config as key = value lines, each checked as it is typed with Kafka's
 * own topic config definitions, as the configs dialog checks a value, and keys completed from them. The definitions
 * load in the background ({@link #catalog}); until they come no value is checked, and Create waits for them. FX
 * thread, except {@link #completions(String)}.
 */
public final class OtherConfigs {

    /** The most keys offered at once: more is a list to scroll rather than a completion. */
    static final int MOST_COMPLETIONS = 12;

    /** The keys the dialog has a field of its own for. */
    private final Set<String> ownFields;
    private final ObservableList<OtherConfig> lines = FXCollections.observableArrayList();
    /** Bumped after every check: what the dialog's problem line and Create depend on changed. */
    private final IntegerProperty revision = new SimpleIntegerProperty();
    /** Null until loaded; read by the completions' thread too. */
    private volatile TopicConfigCatalog catalog;
    /** The keys of the lines and of the dialog's own fields, which completion no longer offers. */
    private volatile Set<String> taken;

    OtherConfigs(Set<String> ownFields) {
        this.ownFields = Set.copyOf(ownFields);
        this.taken = this.ownFields;
    }

    /** A new, empty line, last. */
    public OtherConfig add() {
        OtherConfig line = new OtherConfig();
        line.keyProperty().addListener(o -> check());
        line.valueProperty().addListener(o -> check());
        lines.add(line);
        check();
        return line;
    }

    public void remove(OtherConfig line) {
        lines.remove(line);
        check();
    }

    /** Kafka's topic config definitions, once loaded in the background: the lines are checked with them. */
    public void catalog(TopicConfigCatalog loaded) {
        catalog = loaded;
        check();
    }

    private void check() {
        Map<String, Long> counts = lines.stream().map(OtherConfig::key).filter(k -> !k.isEmpty())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        for (OtherConfig line : lines) {
            ConfigInfo info = catalog == null ? null : catalog.keys().get(line.key());
            String keyProblem = keyProblem(line, counts);
            line.checked(keyProblem.isEmpty() ? valueProblem(line) : keyProblem, !keyProblem.isEmpty(),
                    info == null ? "" : facts(info), info == null ? "" : info.documentation());
        }
        taken = Stream.concat(ownFields.stream(), counts.keySet().stream()).collect(Collectors.toUnmodifiableSet());
        revision.set(revision.get() + 1);
    }

    /** Why the line's key cannot be sent; empty when it can, or the line is empty. */
    private String keyProblem(OtherConfig line, Map<String, Long> counts) {
        String key = line.key();
        if (key.isEmpty()) {
            return line.value().isEmpty() ? "" : "Name the config to set to " + line.value();
        }
        if (ownFields.contains(key)) {
            return key + " has its own field above";
        }
        if (counts.getOrDefault(key, 0L) > 1) {
            return key + " is set twice: keep one";
        }
        if (catalog != null && !catalog.keys().containsKey(key)) {
            // Kafka's own words, as the broker would answer
            return catalog.problem(key, line.value()).orElse("Unknown topic config name: " + key);
        }
        return "";
    }

    /** Why Kafka would refuse the line's value for its key; empty when it takes it, or is not there to ask. */
    private String valueProblem(OtherConfig line) {
        if (line.key().isEmpty() || catalog == null) {
            return "";
        }
        if (line.value().isEmpty()) {
            return "Give " + line.key() + " a value";
        }
        return catalog.problem(line.key(), line.value()).orElse("");
    }

    /** "long · Kafka's default 604800000 (7 days) · valid values [1,...]". */
    private static String facts(ConfigInfo info) {
        String def = info.defaultText();
        String inWords = info.defaultValue() == null ? ""
                : TopicConfigsDialog.inWords(info.key(), info.defaultValue()).map(w -> " (" + w + ")").orElse("");
        return info.type() + " · Kafka's default " + def + inWords
                + (info.validValues().isBlank() ? "" : " · valid values " + info.validValues());
    }

    /**
     * Why the lines cannot be sent: the first line's problem, else what Kafka says of them together with {@code
     * fields}, the values the dialog's own fields set (min.compaction.lag.ms above max.compaction.lag.ms, say); empty
     * when they can. Lines left empty are no problem.
     */
    String problem(Map<String, String> fields) {
        for (OtherConfig line : lines) {
            if (!line.problemProperty().get().isEmpty()) {
                return line.problemProperty().get();
            }
        }
        Map<String, String> configs = configs();
        if (configs.isEmpty()) {
            return "";
        }
        if (catalog == null) {
            return "Reading Kafka's topic config definitions to check " + String.join(", ", configs.keySet()) + "…";
        }
        Map<String, String> together = new LinkedHashMap<>(fields);
        together.putAll(configs);
        return catalog.problem(together).orElse("");
    }

    /** The lines with a key, in their order, blanks around keys and values taken off. */
    Map<String, String> configs() {
        Map<String, String> configs = new LinkedHashMap<>();
        lines.stream().filter(l -> !l.key().isEmpty()).forEach(l -> configs.put(l.key(), l.value()));
        return configs;
    }

    /**
     * The topic config keys that contain {@code typed} (any case), those it begins first, without the keys already
     * set; none for a key typed whole, or before the definitions load. Any thread: the completion popup asks on its
     * own.
     */
    public List<String> completions(String typed) {
        TopicConfigCatalog loaded = catalog;
        String words = typed.strip().toLowerCase(Locale.ROOT);
        if (loaded == null || words.isEmpty() || loaded.keys().containsKey(words)) {
            return List.of();
        }
        Set<String> set = taken;
        return loaded.keys().keySet().stream().filter(k -> k.contains(words) && !set.contains(k))
                .sorted(Comparator.comparing((String k) -> !k.startsWith(words)).thenComparing(Comparator.naturalOrder()))
                .limit(MOST_COMPLETIONS).toList();
    }

    public ObservableList<OtherConfig> lines() {
        return lines;
    }

    /** Bumped after each check of the lines. */
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision;
    }
}
