package io.brokerlab.app.properties;

import io.brokerlab.app.NodeEvent;
import io.brokerlab.launcher.cluster.NodeState;
import io.brokerlab.launcher.config.ConfigCatalog;
import io.brokerlab.launcher.config.ConfigProblem;
import io.brokerlab.launcher.config.ConfigValidator;
import io.brokerlab.launcher.config.NodeId;
import io.brokerlab.launcher.config.NodeKind;
import io.brokerlab.launcher.config.PropertiesDocument;
import io.brokerlab.launcher.workspace.Workspace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * One node's properties file as a form and as raw text. Edits go into a {@link PropertiesDocument} that keeps
 * the file's comments; every edit is validated with the launcher's {@link ConfigValidator} on a background thread
 * (the newest edit wins); saving refuses while there is an error. FX thread, except where said.
 */
public final class PropertiesViewModel {

    /** Answers whether a node is running now (so a save means a restart). Asked on the FX thread. */
    public interface LiveNodes {
        boolean isAlive(NodeId node);
    }

    private final Executor background;
    private final Executor fx;
    private final LiveNodes live;
    private final ObservableList<NodeId> nodes = FXCollections.observableArrayList();
    private final ObjectProperty<NodeId> node = new SimpleObjectProperty<>();
    private final ObservableList<PropertyEntry> entries = FXCollections.observableArrayList();
    private final FilteredList<PropertyEntry> visible = new FilteredList<>(entries);
    private final StringProperty search = new SimpleStringProperty("");
    private final BooleanProperty onlyInFile = new SimpleBooleanProperty(false);
    private final ObservableList<ConfigProblem> problems = FXCollections.observableArrayList();
    private final BooleanProperty dirty = new SimpleBooleanProperty();
    private final BooleanProperty validating = new SimpleBooleanProperty();
    private final BooleanProperty restarting = new SimpleBooleanProperty();
    private final BooleanProperty saving = new SimpleBooleanProperty();
    private final BooleanProperty rawMode = new SimpleBooleanProperty();
    private final StringProperty rawText = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final ObjectProperty<PropertyEntry> selected = new SimpleObjectProperty<>();
    private final AtomicLong generation = new AtomicLong();
    /**
     * The values each running node started with, for the nodes that a saved change has left behind: a later save
     * that changes nothing in the file (a comment) must still offer the restart that an earlier "Later" put off.
     */
    private final Map<NodeId, Properties> runsWith = new HashMap<>();
    private Workspace workspace;
    /** The open file as the form edits it; null while none is open. */
    private FormEdits edits;
    private String savedText = "";
    private boolean rawRejected;
    /** What the message says since Ctrl+S could not save, till the next edit makes it old news. */
    private String refusal;
    private CompletableFuture<?> loading;
    /** The file as last read or written here (normalised by PropertiesDocument): what a save may replace. */
    private String diskText;

    public PropertiesViewModel(Executor background, Executor fx, LiveNodes live) {
        this.background = background;
        this.fx = fx;
        this.live = live;
        search.addListener(o -> filter());
        onlyInFile.addListener(o -> filter());
        problems.addListener((ListChangeListener<ConfigProblem>) c -> markErrors());
        node.addListener((obs, old, now) -> load());
        rawMode.addListener((obs, was, raw) -> {
            if (edits == null) {
                return;
            }
            if (raw) {
                if (rawRejected) {
                    rawRejected = false; // back in raw mode with the text as typed, to fix it
                } else {
                    rawText.set(edits.rawText());
                }
            } else {
                applyRaw();
            }
        });
        rawText.addListener((obs, old, text) -> {
            if (rawMode.get() && edits != null) {
                Parsed parsed = Parsed.of(text);
                dirty.set(!parsed.text().equals(savedText));
                if (parsed.document() == null) {
                    showParseError(parsed.error());
                } else {
                    validate(parsed.document());
                }
            }
        });
    }

    public void attach(Workspace workspace) {
        this.workspace = workspace;
        runsWith.clear();
        node.set(null);
        nodes.setAll(workspace == null ? List.of() : workspace.definition().nodes());
        if (!nodes.isEmpty()) {
            node.set(nodes.get(nodes.size() > 1 ? nodes.size() - workspace.definition().brokers() : 0));
        }
    }

    private void load() {
        NodeId id = node.get();
        generation.incrementAndGet(); // the previous file's validation no longer counts
        validating.set(false);
        entries.clear();
        selected.set(null);
        problems.clear();
        dirty.set(false);
        edits = null;
        diskText = null;
        rawText.set(""); // no other node's file stays in the raw text, to be edited there
        if (workspace == null || id == null) {
            return;
        }
        loading = read(id).whenCompleteAsync((file, error) -> {
            if (!id.equals(node.get())) {
                return;
            }
            if (error != null) {
                message.set("Cannot read the file of " + id + ": " + rootMessage(error));
                return;
            }
            diskText = file.text();
            open(id, file);
        }, fx);
    }

    private CompletableFuture<Parsed> read(NodeId id) {
        Workspace ws = workspace;
        return CompletableFuture.supplyAsync(() -> {
            Parsed file = Parsed.read(ws, id);
            ConfigCatalog.of(id.kind()); // builds the catalog off the FX thread the first time
            return file;
        }, background);
    }

    private void open(NodeId id, Parsed file) {
        if (file.document() != null) {
            show(id, file.document());
        } else {
            showUnreadable(id, file);
        }
    }

    /**
     * Reads the file again (the view is shown, F5): a change made outside the app replaces the form unless it has
     * unsaved edits, which are kept and told about instead. An unchanged file leaves the form as it is.
     */
    public void refresh() {
        NodeId id = node.get();
        if (workspace == null || id == null) {
            return;
        }
        if (edits == null) {
            if (loading == null || loading.isDone()) {
                load(); // the last read failed
            }
            return;
        }
        String known = diskText;
        read(id).whenCompleteAsync((file, error) -> {
            if (!id.equals(node.get()) || edits == null || !Objects.equals(known, diskText)) {
                return; // another node, or a load or save since this read began
            }
            if (error != null) {
                message.set("Cannot read the file of " + id + ": " + rootMessage(error));
                return;
            }
            if (file.text().equals(diskText)) {
                return;
            }
            if (dirty.get()) {
                message.set(workspace.propertiesFile(id).getFileName() + " changed outside Brokerlab; your"
                        + " unsaved edits are kept, but Save will not overwrite that change: Revert loads it");
                return;
            }
            diskText = file.text();
            open(id, file);
            if (file.document() != null) { // else the message says why the file opens as raw text
                message.set("Reloaded " + workspace.propertiesFile(id).getFileName() + ": it changed outside"
                        + " Brokerlab");
            }
        }, fx);
    }

    private void show(NodeId id, PropertiesDocument doc) {
        edits = new FormEdits(doc);
        savedText = doc.text();
        rawText.set(savedText);
        message.set("");
        fillForm(id, doc, doc);
        dirty.set(false);
        validate(doc);
    }

    /**
     * The form's entries: each key's group as {@code file} has it (so the form groups keys the same whatever was
     * edited since), its value as {@code edited} has it.
     */
    private void fillForm(NodeId id, PropertiesDocument file, PropertiesDocument edited) {
        ConfigCatalog catalog = ConfigCatalog.of(id.kind());
        Map<String, String> inFile = file.asMap();
        Map<String, String> now = edited.asMap();
        Map<String, PropertyEntry> byKey = new LinkedHashMap<>();
        inFile.forEach((key, value) -> byKey.put(key, new PropertyEntry(catalog.info(key), value)));
        now.keySet().forEach(key -> byKey.computeIfAbsent(key, k -> new PropertyEntry(catalog.info(k), null)));
        catalog.keys().values().forEach(info -> byKey.computeIfAbsent(info.key(), k -> new PropertyEntry(info, null)));
        byKey.values().forEach(entry -> entry.set(now.get(entry.key())));
        List<PropertyEntry> list = new ArrayList<>(byKey.values());
        list.sort((a, b) -> {
            int byStatus = a.group().compareTo(b.group());
            return byStatus != 0 ? byStatus : a.key().compareTo(b.key());
        });
        for (PropertyEntry entry : list) {
            entry.valueProperty().addListener((obs, old, value) -> edited(entry));
            entry.inFileProperty().addListener((obs, was, in) -> edited(entry));
        }
        String describedKey = selected.get() == null ? null : selected.get().key();
        entries.setAll(list);
        // the same key stays described when the file is read again; else the first the form shows, never a key
        // the form does not show
        PropertyEntry was = describedKey == null ? null : entry(describedKey);
        selected.set(was != null && visible.contains(was) ? was : visible.isEmpty() ? null : visible.get(0));
    }

    /**
     * A file that Kafka or ZooKeeper could not load either has no form: it opens as raw text, its parse error as
     * the problem, to be fixed and saved here. An empty document stands in for the form, and leaving raw mode is
     * refused until the text parses.
     */
    private void showUnreadable(NodeId id, Parsed file) {
        edits = new FormEdits(PropertiesDocument.empty());
        savedText = file.text();
        rawMode.set(true); // shows the empty document's text, which the file's replaces at once
        rawText.set(savedText);
        dirty.set(false);
        showParseError(file.error());
        message.set("Cannot read the file of " + id + " as " + (id.kind() == NodeKind.BROKER ? "Kafka" : "ZooKeeper")
                + " would: fix it in the raw text and save");
    }

    private void edited(PropertyEntry entry) {
        if (edits == null) {
            return;
        }
        PropertiesDocument now = edits.edit(entry.key(), entry.edited() == null ? null : entry.edited().trim());
        dirty.set(!now.text().equals(savedText));
        validate(now);
    }

    /** Leaving raw mode: the form shows the text, unless it cannot be read, which keeps raw mode on. */
    private void applyRaw() {
        Parsed parsed = Parsed.of(rawText.get());
        if (parsed.document() == null) {
            message.set("The raw text is not a valid properties file (" + parsed.error()
                    + "); fix it before leaving raw mode");
            rawRejected = true;
            fx.execute(() -> rawMode.set(true));
            return;
        }
        message.set("");
        edits.rebase(parsed.document(), rawText.get());
        fillForm(node.get(), Objects.requireNonNullElseGet(Parsed.of(savedText).document(), PropertiesDocument::empty),
                parsed.document());
        dirty.set(!parsed.document().text().equals(savedText));
        validate(parsed.document());
    }

    private void showParseError(String error) {
        generation.incrementAndGet(); // a validation under way would overwrite the error
        validating.set(false);
        problems.setAll(new ConfigProblem(null, "not a valid properties file: " + error,
                ConfigProblem.Severity.ERROR));
    }

    private void validate(PropertiesDocument doc) {
        if (refusal != null && refusal.equals(message.get())) {
            message.set("");
        }
        refusal = null;
        long mine = generation.incrementAndGet();
        validating.set(true);
        NodeKind kind = node.get().kind();
        Properties props = doc.toProperties();
        CompletableFuture.supplyAsync(() -> check(kind, props), background).whenCompleteAsync((found, error) -> {
            if (mine != generation.get()) {
                return; // a newer edit is being validated
            }
            validating.set(false);
            if (error != null) {
                problems.setAll(new ConfigProblem(null, "could not validate: " + rootMessage(error),
                        ConfigProblem.Severity.WARNING));
            } else {
                problems.setAll(found.stream().map(problem -> explainEmpty(problem, props)).toList());
            }
        }, fx);
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
        PropertyEntry entry = entry(key);
        String applies = entry == null ? "" : " (" + entry.info().defaultText() + ")";
        String how = rawMode.get() ? "delete its line" : "× beside the field takes the key out of the file";
        return new ConfigProblem(key, problem.message() + ". " + key + " is set to an empty value, which it does"
                + " not accept: type a value, or " + how + " so that its default" + applies + " applies",
                problem.severity());
    }

    /** Background thread: the parsers take a while (ZooKeeper's even holds a lock). */
    private static List<ConfigProblem> check(NodeKind kind, Properties props) {
        return kind == NodeKind.BROKER ? ConfigValidator.validateBroker(props)
                : ConfigValidator.validateZooKeeper(props);
    }

    private void filter() {
        String needle = search.get() == null ? "" : search.get().toLowerCase(Locale.ROOT).trim();
        Predicate<PropertyEntry> text = e -> needle.isEmpty() || e.key().toLowerCase(Locale.ROOT).contains(needle)
                || (e.info().documentation() != null && needle.length() > 3
                && e.info().documentation().toLowerCase(Locale.ROOT).contains(needle));
        Predicate<PropertyEntry> scope = e -> !onlyInFile.get() || e.group() != PropertyEntry.Status.DEFAULT;
        visible.setPredicate(text.and(scope));
        if (selected.get() != null && !visible.contains(selected.get())) {
            selected.set(null); // the description would describe a key that is not in the form
        }
    }

    /** Each entry's editor is marked with the first error about its key, and unmarked once there is none. */
    private void markErrors() {
        Map<String, String> errors = new HashMap<>();
        for (ConfigProblem problem : problems) {
            if (problem.isError() && problem.key() != null) {
                errors.putIfAbsent(problem.key(), problem.message());
            }
        }
        for (PropertyEntry entry : entries) {
            entry.setError(errors.get(entry.key()));
        }
    }

    /**
     * Makes {@code key} shown in the form and described (a problem was clicked): a search or "only keys in the
     * file" that hides it is cleared. Returns its entry, or null for a key the file and the catalog do not have.
     */
    public PropertyEntry reveal(String key) {
        PropertyEntry entry = entry(key);
        if (entry == null) {
            return null;
        }
        if (!visible.contains(entry) && onlyInFile.get() && entry.group() == PropertyEntry.Status.DEFAULT) {
            onlyInFile.set(false);
        }
        if (!visible.contains(entry)) {
            search.set("");
        }
        selected.set(entry);
        return entry;
    }

    /**
     * Where in the raw text the line that sets {@code key} starts (a problem was clicked in raw mode), or -1.
     */
    public int rawPositionOf(String key) {
        return RawLines.positionOf(rawText.get(), key);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(ConfigProblem::isError);
    }

    /**
     * Ctrl+S where the Save button could not be pressed: says why nothing is saved, rather than nothing at all.
     * Returns whether a save may run now.
     */
    public boolean readyToSave() {
        String why;
        if (edits == null) {
            why = "Nothing to save: no file is open";
        } else if (saving.get()) {
            why = "Not saved again: the file is still being saved";
        } else if (!dirty.get()) {
            why = "Nothing to save: the file has no unsaved changes";
        } else if (hasErrors()) {
            List<ConfigProblem> errors = problems.stream().filter(ConfigProblem::isError).toList();
            ConfigProblem first = errors.get(0);
            why = "Not saved: " + errors.size() + (errors.size() == 1 ? " error" : " errors") + " to fix first ("
                    + (first.key() == null ? "" : first.key() + ": ") + first.message() + ")";
        } else if (validating.get()) {
            why = "Not saved: the last edit is still being checked; save again in a moment";
        } else {
            return true;
        }
        message.set(why);
        refusal = why;
        return false;
    }

    /**
     * Writes the file (keeping comments) on a background thread, after validating exactly what is written: the
     * problems shown may still be those of an earlier edit. Completes with the nodes that run with the old
     * settings and need a restart (none when only comments or layout changed); fails if there are errors, and
     * while a save is under way (it would find its own write and take it for a change made outside).
     */
    public CompletableFuture<List<NodeId>> save() {
        NodeId id = node.get();
        if (edits == null || id == null) {
            return CompletableFuture.completedFuture(List.of());
        }
        if (saving.get()) {
            return CompletableFuture.failedFuture(new IllegalStateException("the file is still being saved"));
        }
        PropertiesDocument doc;
        if (rawMode.get()) {
            Parsed parsed = Parsed.of(rawText.get());
            if (parsed.document() == null) {
                return CompletableFuture.failedFuture(
                        new IllegalStateException("not a valid properties file: " + parsed.error()));
            }
            doc = parsed.document();
        } else {
            doc = edits.document();
        }
        if (hasErrors()) {
            return CompletableFuture.failedFuture(new IllegalStateException("fix the errors before saving: "
                    + problems.stream().filter(ConfigProblem::isError).findFirst().map(ConfigProblem::message).orElse("")));
        }
        String text = doc.text();
        // a file that does not parse started no node with its values
        PropertiesDocument before = Objects.requireNonNullElseGet(Parsed.of(savedText).document(),
                PropertiesDocument::empty);
        String portNote = clientPortNote(id, before, doc);
        // what Kafka and ZooKeeper read: a comment or blank line more changes nothing a restart would apply
        Properties values = doc.toProperties();
        Properties loaded = before.toProperties();
        Workspace ws = workspace;
        String expectedOnDisk = diskText;
        saving.set(true);
        return CompletableFuture.supplyAsync(() -> {
            check(id.kind(), doc.toProperties()).stream().filter(ConfigProblem::isError).findFirst()
                    .ifPresent(error -> {
                        throw new IllegalStateException("fix the errors before saving: "
                                + (error.key() == null ? "" : error.key() + ": ") + error.message());
                    });
            Path file = ws.propertiesFile(id);
            // what another editor or the CLI wrote since the form read the file is not overwritten unseen
            if (!Parsed.read(ws, id).text().equals(expectedOnDisk)) {
                throw new FileChangedOnDiskException(id, file);
            }
            doc.write(file);
            return PropertiesDocument.read(file).text();
        }, background).handleAsync((writtenText, error) -> {
            saving.set(false);
            if (error != null) {
                throw error instanceof CompletionException wrapped ? wrapped : new CompletionException(error);
            }
            boolean alive = live.isAlive(id);
            Properties running = runsWith.getOrDefault(id, loaded);
            boolean valuesChanged = !running.equals(values);
            if (alive && valuesChanged) {
                runsWith.put(id, running);
            } else {
                runsWith.remove(id);
            }
            List<NodeId> restart = alive && valuesChanged ? List.of(id) : List.<NodeId>of();
            if (id.equals(node.get()) && edits != null) {
                diskText = writtenText;
                savedText = text;
                // what was typed while the file was written is still unsaved
                String now = rawMode.get() ? Parsed.of(rawText.get()).text() : edits.document().text();
                dirty.set(!now.equals(savedText));
                String effect = !restart.isEmpty() ? "; " + id + " runs with the old settings until it restarts"
                        : alive ? "; no value changed, so " + id + " needs no restart" : "";
                message.set("Saved " + ws.propertiesFile(id).getFileName() + effect + portNote);
            }
            return restart;
        }, fx);
    }

    /**
     * The cluster's node changes (FX thread): a node that starts reads its file again, so it no longer runs with
     * values older than what was saved.
     */
    public void nodeEvents(List<NodeEvent> events) {
        for (NodeEvent event : events) {
            if (event.current().state() == NodeState.STARTING) {
                runsWith.remove(event.current().id());
            }
        }
    }

    /** Brokers find ZooKeeper through their own zookeeper.connect, which a new clientPort leaves as it was. */
    private static String clientPortNote(NodeId id, PropertiesDocument before, PropertiesDocument after) {
        if (id.kind() != NodeKind.ZOOKEEPER) {
            return "";
        }
        String was = before.get("clientPort").map(String::strip).orElse("");
        String now = after.get("clientPort").map(String::strip).orElse("");
        if (was.equals(now)) {
            return "";
        }
        return ". The brokers' zookeeper.connect still names " + (was.isEmpty() ? "the old port" : "port " + was)
                + ": change it to " + (now.isEmpty() ? "the new port" : now) + " in every broker's file too";
    }

    /**
     * What the restart offer must warn of besides the node itself, or "": restarting a workspace's only ZooKeeper
     * leaves every broker without ZooKeeper until it is back.
     */
    public String restartWarning(List<NodeId> restart) {
        if (workspace == null || workspace.definition().zookeepers() != 1
                || restart.stream().noneMatch(n -> n.kind() == NodeKind.ZOOKEEPER)) {
            return "";
        }
        NodeId zookeeper = workspace.definition().zookeeperIds().get(0);
        return zookeeper + " is the cluster's only ZooKeeper: while it restarts every broker loses its ZooKeeper"
                + " connection, so no leader election, ISR change or topic change can happen until it is back.";
    }

    /**
     * Restarts {@code nodes} one after another through {@code restart} (the cluster's command) so that they take
     * the saved settings, saying how it goes in the message. Completes on the FX thread; fails as the first
     * restart that fails.
     */
    public CompletableFuture<Void> restart(List<NodeId> nodes, Function<NodeId, CompletableFuture<?>> restart) {
        String names = nodes.stream().map(NodeId::name).collect(Collectors.joining(", "));
        CompletableFuture<?> chain = CompletableFuture.completedFuture(null);
        for (NodeId node : nodes) {
            chain = chain.thenCompose(previous -> restart.apply(node));
        }
        restarting.set(true);
        message.set("Restarting " + names + "…");
        return chain.handleAsync((done, error) -> {
            restarting.set(false);
            if (error != null) {
                message.set("The restart of " + names + " failed: " + rootMessage(error));
                throw error instanceof CompletionException wrapped ? wrapped : new CompletionException(error);
            }
            message.set(names + " restarted with the saved settings");
            return null;
        }, fx);
    }

    /** Throws away the edits. */
    public void revert() {
        load();
    }

    private static String rootMessage(Throwable error) {
        Throwable e = error;
        while (e.getCause() != null && e != e.getCause()) {
            e = e.getCause();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    public BooleanBinding hasErrorsBinding() {
        return Bindings.createBooleanBinding(this::hasErrors, problems);
    }

    public ObservableList<NodeId> nodes() {
        return nodes;
    }

    public ObjectProperty<NodeId> nodeProperty() {
        return node;
    }

    public ObservableList<PropertyEntry> entries() {
        return entries;
    }

    public ObservableList<PropertyEntry> visibleEntries() {
        return visible;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public BooleanProperty onlyInFileProperty() {
        return onlyInFile;
    }

    public ObservableList<ConfigProblem> problems() {
        return problems;
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty;
    }

    /** True from an edit until its validation is in; Save waits for it. */
    public ReadOnlyBooleanProperty validatingProperty() {
        return validating;
    }

    /** True from Save until the file is written or the save failed; Save waits for it. */
    public ReadOnlyBooleanProperty savingProperty() {
        return saving;
    }

    public ReadOnlyBooleanProperty restartingProperty() {
        return restarting;
    }

    public BooleanProperty rawModeProperty() {
        return rawMode;
    }

    public StringProperty rawTextProperty() {
        return rawText;
    }

    public StringProperty messageProperty() {
        return message;
    }

    /** The key the description pane describes: the one being edited. */
    public ObjectProperty<PropertyEntry> selectedProperty() {
        return selected;
    }

    public PropertyEntry entry(String key) {
        return entries.stream().filter(e -> e.key().equals(key)).findFirst().orElse(null);
    }
}
