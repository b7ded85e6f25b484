package io.brokerlab.app.properties;

import io.brokerlab.launcher.config.ConfigProblem;
import io.brokerlab.launcher.config.ConfigValidator;
import io.brokerlab.launcher.config.NodeId;
import io.brokerlab.launcher.config.NodeKind;
import io.brokerlab.launcher.config.PropertiesDocument;
import io.brokerlab.launcher.workspace.NodeClashes;
import io.brokerlab.launcher.workspace.Workspace;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The problems Kafka's or ZooKeeper's own parsers find in the file as edited, found on a background thread (the
 * newest edit wins), and the form's entries marked with them. FX thread, except where said.
 */
final class Validation {

    private final Executor background;
    private final Executor fx;
    private final FormEntries form;
    private final ObservableBooleanValue rawMode;
    private final ObservableList<ConfigProblem> problems = FXCollections.observableArrayList();
    private final BooleanProperty validating = new SimpleBooleanProperty();
    private final AtomicLong generation = new AtomicLong();

    /** @param rawMode whether the file is edited as raw text, which changes how an error says to fix it */
    Validation(Executor background, Executor fx, FormEntries form, ObservableBooleanValue rawMode) {
        this.background = background;
        this.fx = fx;
        this.form = form;
        this.rawMode = rawMode;
        problems.addListener((ListChangeListener<ConfigProblem>) c -> markErrors());
    }

    /** Another file: the previous one's validation no longer counts. */
    void forget() {
        generation.incrementAndGet();
        validating.set(false);
        problems.clear();
    }

    /**
     * @param workspace the node's, to warn of replication its cluster cannot meet and of a port, data directory or
     *                  broker.id another node has; null if not known
     */
    void validate(NodeId node, PropertiesDocument doc, Workspace workspace) {
        long mine = generation.incrementAndGet();
        validating.set(true);
        Properties props = doc.toProperties();
        String text = doc.text();
        int brokers = workspace == null ? 0 : workspace.definition().brokers();
        CompletableFuture<List<ConfigProblem>> checking = CompletableFuture.supplyAsync(() -> {
            List<ConfigProblem> found = new ArrayList<>(check(node.kind(), props, brokers));
            found.addAll(setAgain(node.kind(), text));
            if (workspace != null) {
                found.addAll(NodeClashes.of(workspace, node, PropertiesDocument.parse(text)));
            }
            return found;
        }, background);
        checking.whenCompleteAsync((found, error) -> {
            if (mine != generation.get()) {
                return; // a newer edit is being validated
            }
            if (error != null) {
                problems.setAll(new ConfigProblem(null, "could not validate: " + RootCause.message(error),
                        ConfigProblem.Severity.WARNING));
            } else {
                problems.setAll(found.stream().map(problem -> explainEmpty(problem, props)).toList());
            }
            validating.set(false); // after the problems: a save waiting for the check decides on them
        }, fx);
    }

    /** Text that is no properties file: its parse error is the one problem. */
    void showParseError(String error) {
        generation.incrementAndGet(); // a validation under way would overwrite the error
        problems.setAll(new ConfigProblem(null, "not a valid properties file: " + error,
                ConfigProblem.Severity.ERROR));
        validating.set(false);
    }

    /**
     * An error about a key set to "" says so: a cleared field leaves a key of the file in it, empty, which Kafka
     * reads as an empty value, not as its default.
     */
    private ConfigProblem explainEmpty(ConfigProblem problem, Properties props) {
        String key = problem.key();
        if (!problem.isError() || key == null || !"".equals(props.getProperty(key, "x").strip())) {
            return problem;
        }
        PropertyEntry entry = form.entry(key);
        String how = rawMode.get() ? "delete its line" : "× beside the field takes the key out of the file";
        String then = entry == null ? " so that its default applies"
                : entry.info().hasDefault() ? " so that its default (" + entry.info().defaultText() + ") applies"
                : "; it has no default, so it is then not set at all";
        return new ConfigProblem(key, problem.message() + ". " + key + " is set to an empty value, which it does"
                + " not accept: type a value, or " + how + then, problem.severity());
    }

    /**
     * Background thread: the parsers take a while (ZooKeeper's even holds a lock). {@code brokers} as for
     * {@link #validate}.
     */
    static List<ConfigProblem> check(NodeKind kind, Properties props, int brokers) {
        return kind == NodeKind.BROKER ? ConfigValidator.validateBroker(props, brokers)
                : ConfigValidator.validateZooKeeper(props);
    }

    /**
     * A key set on more than one line: not wrong for the parsers, which take the last line, but the earlier lines
     * look as if they counted (a line appended in raw mode for a key set above).
     */
    static List<ConfigProblem> setAgain(NodeKind kind, String text) {
        String software = kind == NodeKind.BROKER ? "Kafka" : "ZooKeeper";
        List<ConfigProblem> found = new ArrayList<>();
        RawLines.linesByKey(text).forEach((key, lines) -> {
            if (lines.size() > 1) {
                found.add(new ConfigProblem(key, key + " is set " + times(lines.size()) + " (lines "
                        + listed(lines) + "); " + software + " uses the last", ConfigProblem.Severity.WARNING));
            }
        });
        return found;
    }

    private static String times(int count) {
        return count == 2 ? "twice" : count + " times";
    }

    private static String listed(List<Integer> lines) {
        String first = lines.subList(0, lines.size() - 1).stream().map(String::valueOf)
                .collect(Collectors.joining(", "));
        return first + " and " + lines.get(lines.size() - 1);
    }

    /** Each entry's editor is marked with the first error about its key, and unmarked once there is none. */
    private void markErrors() {
        Map<String, String> errors = new HashMap<>();
        for (ConfigProblem problem : problems) {
            if (problem.isError() && problem.key() != null) {
                errors.putIfAbsent(problem.key(), problem.message());
            }
        }
        for (PropertyEntry entry : form.entries()) {
            entry.setError(errors.get(entry.key()));
        }
    }

    List<ConfigProblem> errors() {
        return problems.stream().filter(ConfigProblem::isError).toList();
    }

    boolean hasErrors() {
        return problems.stream().anyMatch(ConfigProblem::isError);
    }

    BooleanBinding hasErrorsBinding() {
        return Bindings.createBooleanBinding(this::hasErrors, problems);
    }

    ObservableList<ConfigProblem> problems() {
        return problems;
    }

    /** True from an edit until its validation is in. */
    BooleanProperty validating() {
        return validating;
    }
}
