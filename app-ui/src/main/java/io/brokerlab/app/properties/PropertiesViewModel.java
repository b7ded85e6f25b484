package io.brokerlab.app.properties;

import io.brokerlab.app.NodeEvent;
import io.brokerlab.launcher.config.ConfigCatalog;
import io.brokerlab.launcher.config.ConfigProblem;
import io.brokerlab.launcher.config.ConfigValidator;
import io.brokerlab.launcher.config.NodeId;
import io.brokerlab.launcher.config.NodeKind;
import io.brokerlab.launcher.config.PropertiesDocument;
import io.brokerlab.launcher.workspace.Workspace;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * One node's properties file as a form and as raw text. Edits go into a {@link PropertiesDocument} that keeps
 * the file's comments; every edit is validated with the launcher's {@link ConfigValidator} on a background thread
 * (the newest edit wins); saving refuses while there is an error. This class reads the file and keeps form, raw
 * text and file in step; {@link FormEntries}, {@link FormEdits}, {@link Validation} and {@link SaveAndRestart} do
 * the rest. FX thread, except where said.
 */
public final class PropertiesViewModel {

    /** Answers whether a node is running now (so a save means a restart). Asked on the FX thread. */
    public interface LiveNodes {
        boolean isAlive(NodeId node);
    }

    private static final String FORM_HINT = "Click a value to see the key's documentation here.";
    private static final String RAW_HINT = "The line under the caret sets no key: put the caret on a line that sets"
            + " one to see the key's documentation here.";

    private final Executor background;
    private final Executor fx;
    private final ObservableList<NodeId> nodes = FXCollections.observableArrayList();
    private final ObjectProperty<NodeId> node = new SimpleObjectProperty<>();
    private final BooleanProperty rawMode = new SimpleBooleanProperty();
    private final FormEntries form = new FormEntries(rawMode);
    private final BooleanProperty dirty = new SimpleBooleanProperty();
    private final StringProperty rawText = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty rawLineNote = new SimpleStringProperty("");
    /** In raw mode, how the text as typed sets the described key; "" in the form, whose entry says it. */
    private final StringProperty rawStatus = new SimpleStringProperty("");
    private final StringProperty findStatus = new SimpleStringProperty("");
    private final StringProperty descriptionHint = new SimpleStringProperty(FORM_HINT);
    private final Validation validation;
    private final SaveAndRestart saver;
    private final ApplyToAllBrokers allBrokers;
    private Workspace workspace;
    /** The open file as the form edits it; null while none is open. */
    private FormEdits edits;
    private String savedText = "";
    private boolean rawRejected;
    private CompletableFuture<?> loading;
    /** The file as last read or written here (normalised by PropertiesDocument): what a save may replace. */
    private String diskText;

    public PropertiesViewModel(Executor background, Executor fx, LiveNodes live) {
        this(background, fx, live, Launches.fromRunRecords());
    }

    /** @param launches when each node's process was launched: a file written since is not what it runs with */
    PropertiesViewModel(Executor background, Executor fx, LiveNodes live, Launches launches) {
        this.background = background;
        this.fx = fx;
        this.validation = new Validation(background, fx, form, rawMode);
        RestartsNeeded restarts = new RestartsNeeded(background, fx, launches);
        this.saver = new SaveAndRestart(background, fx, live, restarts, validation, message);
        this.allBrokers = new ApplyToAllBrokers(background, fx, restarts);
        node.addListener((obs, old, now) -> load());
        rawMode.addListener((obs, was, raw) -> {
            rawLineNote.set("");
            rawStatus.set("");
            findStatus.set("");
            descriptionHint.set(FORM_HINT);
            if (edits == null) {
                return;
            }
            if (raw) {
                // the text's caret is where the view put it last: the key the form described stays described, the
                // view moving the caret to its line (see rawPositionOf)
                PropertyEntry described = form.selected().get();
                if (rawRejected) {
                    rawRejected = false; // back in raw mode with the text as typed, to fix it
                } else {
                    rawText.set(edits.rawText());
                }
                form.selected().set(described);
            } else {
                applyRaw();
            }
        });
        rawText.addListener((obs, old, text) -> {
            if (rawMode.get() && edits != null) {
                Parsed parsed = Parsed.of(text);
                dirty.set(!parsed.text().equals(savedText));
                if (parsed.document() == null) {
                    saver.edited();
                    validation.showParseError(parsed.error());
                } else {
                    validate(parsed.document());
                }
            }
        });
    }

    public void attach(Workspace workspace) {
        this.workspace = workspace;
        saver.show(workspace);
        node.set(null);
        nodes.setAll(workspace == null ? List.of() : workspace.definition().nodes());
        if (!nodes.isEmpty()) {
            node.set(nodes.get(nodes.size() > 1 ? nodes.size() - workspace.definition().brokers() : 0));
        }
    }

    private void load() {
        NodeId id = node.get();
        saver.cancelWaiting();
        form.clear();
        validation.forget();
        dirty.set(false);
        edits = null;
        diskText = null;
        rawText.set(""); // no other node's file stays in the raw text, to be edited there
        rawLineNote.set("");
        if (workspace == null || id == null) {
            return;
        }
        loading = read(id).whenCompleteAsync((file, error) -> {
            if (!id.equals(node.get())) {
                return;
            }
            if (error != null) {
                message.set("Cannot read the file of " + id + ": " + RootCause.message(error));
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
        saver.checkRestarts();
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
                message.set("Cannot read the file of " + id + ": " + RootCause.message(error));
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
        form.fill(id.kind(), doc, doc, this::edited);
        dirty.set(false);
        validate(doc);
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
        validation.showParseError(file.error());
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
        form.fill(node.get().kind(),
                Objects.requireNonNullElseGet(Parsed.of(savedText).document(), PropertiesDocument::empty),
                parsed.document(), this::edited);
        dirty.set(!parsed.document().text().equals(savedText));
        validate(parsed.document());
    }

    private void validate(PropertiesDocument doc) {
        saver.edited();
        validation.validate(node.get(), doc, workspace);
    }

    /**
     * Makes {@code key} shown in the form and described (a problem was clicked): a search or "only keys in the
     * file" that hides it is cleared. Returns its entry, or null for a key the file and the catalog do not have.
     */
    public PropertyEntry reveal(String key) {
        return form.reveal(key);
    }

    /**
     * Where in the raw text the line that sets {@code key} starts (a problem was clicked in raw mode), or -1.
     */
    public int rawPositionOf(String key) {
        return RawLines.positionOf(rawText.get(), key);
    }

    public boolean hasErrors() {
        return validation.hasErrors();
    }

    /**
     * Ctrl+S where the Save button could not be pressed: says why nothing is saved, rather than nothing at all.
     * Returns whether a save may run now, on the problems found so far (a save checks what it writes anyway).
     */
    public boolean readyToSave() {
        return saver.readyToSave(edits != null, dirty.get());
    }

    /**
     * Ctrl+S: as {@link #readyToSave}, but while the last edit is still being checked it waits for the check
     * (without blocking: it completes on the FX thread once the check is in) and then answers for the file as
     * checked. A Ctrl+S while one waits completes with false at once, so that only the first saves.
     */
    public CompletableFuture<Boolean> readyToSaveOnceChecked() {
        return saver.readyOnceChecked(this::readyToSave);
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
        if (saver.saving().get()) {
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
        String text = doc.text();
        return saver.save(workspace, id, doc, savedText, diskText).thenApply(saved -> {
            if (id.equals(node.get()) && edits != null) {
                diskText = saved.diskText();
                savedText = text;
                // what was typed while the file was written is still unsaved
                String now = rawMode.get() ? Parsed.of(rawText.get()).text() : edits.document().text();
                dirty.set(!now.equals(savedText));
                saver.tell(saved.message());
            }
            return saved.restart();
        });
    }

    /**
     * The cluster's node changes (FX thread): a node that starts reads its file again, and one that stops runs with
     * nothing, so neither needs a restart any more; one restarted outside the app is found so too.
     */
    public void nodeEvents(List<NodeEvent> events) {
        saver.nodeEvents(events);
    }

    /**
     * Checks again which nodes need a restart (FX thread; the files and run records are read in the background): a
     * file written outside the app since is found so.
     */
    public void checkRestarts() {
        saver.checkRestarts();
    }

    /**
     * The running nodes of the workspace shown whose files were written after they started, each with why in a
     * sentence: for the cluster view's cards. Told from the files and the launcher's run records, so it holds
     * whoever saved or restarted and after the app restarts.
     */
    public ObservableMap<NodeId, String> restartsAwaited() {
        return saver.restartsAwaited();
    }

    /** For the node shown, that it needs a restart and why, in a sentence, or "" while it runs with its file. */
    public StringBinding restartNoteBinding() {
        ObservableMap<NodeId, RestartNeed> needs = saver.restartsNeeded();
        return Bindings.createStringBinding(() -> {
            NodeId id = node.get();
            RestartNeed need = id == null ? null : needs.get(id);
            return need == null || workspace == null ? ""
                    : need.note(id, workspace.propertiesFile(id).getFileName().toString());
        }, node, needs);
    }

    /**
     * What the restart offer says a restart of {@code restart} applies, e.g. "broker-1 runs with its old settings
     * until it restarts: num.network.threads is saved but not applied."; nodes behind by the same keys in one
     * sentence.
     */
    public String restartOffer(List<NodeId> restart) {
        ObservableMap<NodeId, RestartNeed> needs = saver.restartsNeeded();
        Map<List<String>, List<NodeId>> byKeys = restart.stream().collect(Collectors.groupingBy(
                id -> needs.containsKey(id) ? needs.get(id).keys() : List.of(), LinkedHashMap::new,
                Collectors.toList()));
        return byKeys.entrySet().stream().map(behind -> {
            List<String> keys = behind.getKey();
            boolean one = behind.getValue().size() == 1;
            return ApplyToAllBrokers.names(behind.getValue()) + (one ? " runs with its" : " run with their")
                    + " old settings until " + (one ? "it restarts" : "they restart") + (keys.isEmpty() ? "."
                    : ": " + String.join(", ", keys) + (keys.size() == 1 ? " is" : " are") + " saved but not applied.");
        }).collect(Collectors.joining("\n"));
    }

    /**
     * What the restart offer must warn of besides the node itself, or "": restarting a workspace's only ZooKeeper
     * leaves every broker without ZooKeeper until it is back; restarting a broker while another is down leaves
     * partitions without a leader or below their minimum of in-sync replicas.
     */
    public String restartWarning(List<NodeId> restart) {
        return saver.restartWarning(workspace, restart);
    }

    /**
     * Restarts {@code nodes} one at a time through {@code restart} (the cluster's command, which completes once the
     * node is ready again) so that they take the saved settings, saying how it goes in the message: a rolling
     * restart, which the first failure stops, naming what was and was not restarted. Completes on the FX thread;
     * fails as the first restart that fails.
     */
    public CompletableFuture<Void> restart(List<NodeId> nodes, Function<NodeId, CompletableFuture<?>> restart) {
        return saver.restart(nodes, restart);
    }

    static final String FIX_THE_VALUE_FIRST = "Fix the value first: its error is listed under the form";

    /**
     * Why {@code entry}'s key cannot be set to its value here in every broker's file, or "" when it can: see
     * {@link AllBrokers#whyNot}.
     */
    public String whyNotApplyToAllBrokers(PropertyEntry entry) {
        NodeId id = node.get();
        if (workspace == null || id == null || entry == null) {
            return "No key is described";
        }
        String why = AllBrokers.whyNot(workspace, id, entry.key());
        // the error itself is listed under the form: said again here it would push the button's neighbours away
        return why.isEmpty() && entry.error() != null ? FIX_THE_VALUE_FIRST : why;
    }

    /**
     * "Apply to all brokers": every broker's file with {@code entry}'s key set to its value in the form, each file's
     * comments and layout kept and each checked as a save checks it; read on a background thread, completing on the
     * FX thread. Fails, saying why, for a key that is each broker's own, a value not set here, edits of this file
     * other than of this key (they would be written to no file, or to this one only), and a broker whose file would
     * be invalid.
     */
    public CompletableFuture<AllBrokers.Plan> planApplyToAllBrokers(PropertyEntry entry) {
        String why = whyNotApplyToAllBrokers(entry);
        if (!why.isEmpty()) {
            return CompletableFuture.failedFuture(new IllegalStateException(why));
        }
        if (edits == null || rawMode.get()) {
            return CompletableFuture.failedFuture(new IllegalStateException("Apply a key to every broker from the"
                    + " form"));
        }
        if (saver.saving().get()) {
            return CompletableFuture.failedFuture(new IllegalStateException("The file is still being saved"));
        }
        String key = entry.key();
        String value = entry.edited() == null ? null : entry.edited().trim();
        if (value == null) {
            return CompletableFuture.failedFuture(new IllegalStateException(key + " is not set in this file: type"
                    + " its value first"));
        }
        PropertiesDocument onlyThisKey = PropertiesDocument.parse(savedText);
        onlyThisKey.set(key, value);
        if (dirty.get() && !onlyThisKey.text().equals(edits.document().text())) {
            return CompletableFuture.failedFuture(new IllegalStateException("This file has unsaved edits besides "
                    + key + ": save or revert them first, so that only " + key + " is applied to every broker"));
        }
        Workspace ws = workspace;
        // whenCompleteAsync, not thenApplyAsync: that one skips its executor for a failure, which would then be
        // told on the background thread
        return CompletableFuture.supplyAsync(() -> AllBrokers.plan(ws, key, value), background)
                .whenCompleteAsync((plan, failure) -> { }, fx);
    }

    /**
     * Writes {@code plan} (see {@link #planApplyToAllBrokers}) unless a file it changes changed on disk since; the
     * file shown is read again. Completes on the FX thread with the running brokers that need a restart to take the
     * value, in order, for {@link #restart} to restart one at a time.
     */
    public CompletableFuture<List<NodeId>> applyToAllBrokers(AllBrokers.Plan plan) {
        NodeId id = node.get();
        return allBrokers.apply(workspace, plan).thenApply(applied -> {
            String text = applied.diskTexts().get(id);
            if (text != null && id.equals(node.get()) && edits != null) {
                diskText = text;
                if (!rawMode.get() && text.equals(edits.document().text())) {
                    // written as the form has it: saved, as a save leaves it, the edited row kept in its group
                    // under the caret rather than rebuilt into another one
                    savedText = text;
                    dirty.set(false);
                } else {
                    open(id, Parsed.of(text));
                }
            }
            saver.tell(applied.message());
            return applied.restart();
        });
    }

    /**
     * Throws away the edits. The file as last read or written shows at once (reading it again takes a moment, in
     * which the editor would be blank), and then a change made outside since, if any.
     */
    public void revert() {
        NodeId id = node.get();
        if (edits == null || diskText == null) {
            load();
            return;
        }
        saver.cancelWaiting();
        rawRejected = false;
        open(id, Parsed.of(diskText));
        refresh();
    }

    /**
     * The caret of the raw text moved to {@code position}, or the text under it changed: the description pane
     * describes the key of that line (of the line a continued line belongs to); a comment, a blank line or a key
     * the form does not know leaves it empty, its hint saying why.
     */
    public void describeRawLineAt(int position) {
        if (!rawMode.get() || edits == null) {
            return;
        }
        String text = rawText.get();
        String key = RawLines.keyAt(text, position);
        PropertyEntry entry = key == null ? null : form.entry(key);
        form.selected().set(entry);
        // the form's entry is brought up to date with the text only when raw mode is left: until then it would say
        // "not set" of a key typed in raw mode, even once the file holding it was saved
        PropertiesDocument typed = Parsed.of(text).document();
        rawStatus.set(entry == null || typed == null ? ""
                : entry.statusWith(typed.get(key).orElse(null)).label());
        String software = node.get().kind() == NodeKind.BROKER ? "Kafka" : "ZooKeeper";
        rawLineNote.set(key == null ? "" : RawLines.setAgainNote(text, position, software));
        descriptionHint.set(key == null ? RAW_HINT
                : entry == null ? key + " is not one of " + software + "'s own keys: there is no documentation to show."
                : FORM_HINT);
    }

    /** What the description pane says while it describes no key: how to make it describe one, or why it cannot. */
    public ReadOnlyStringProperty descriptionHintProperty() {
        return descriptionHint;
    }

    /**
     * Raw mode's find: the occurrence of {@code needle} at or after {@code from} (then from the top), ignoring
     * case, or null when the text has none; {@link #findStatusProperty} says which of how many it is, or that
     * there is none. A blank needle finds nothing and says nothing.
     */
    public RawLines.Match findInRaw(String needle, int from) {
        String sought = needle.strip();
        RawLines.Match match = sought.isEmpty() ? null : RawLines.find(rawText.get(), sought, from);
        findStatus.set(sought.isEmpty() ? "" : match == null ? "No match"
                : match.number() + " of " + match.count());
        return match;
    }

    /** How raw mode's last find went ("2 of 5", "No match"), or "" while there is none to tell of. */
    public ReadOnlyStringProperty findStatusProperty() {
        return findStatus;
    }

    /** In raw mode, how the text as typed sets the key described ("Changed from default"); else "". */
    public ReadOnlyStringProperty rawStatusProperty() {
        return rawStatus;
    }

    /**
     * In raw mode, about the line under the caret when its key is set on other lines too: whether it is the one
     * that takes effect; else "".
     */
    public ReadOnlyStringProperty rawLineNoteProperty() {
        return rawLineNote;
    }

    public BooleanBinding hasErrorsBinding() {
        return validation.hasErrorsBinding();
    }

    public ObservableList<NodeId> nodes() {
        return nodes;
    }

    public ObjectProperty<NodeId> nodeProperty() {
        return node;
    }

    public ObservableList<PropertyEntry> entries() {
        return form.entries();
    }

    public ObservableList<PropertyEntry> visibleEntries() {
        return form.visible();
    }

    public StringProperty searchProperty() {
        return form.search();
    }

    public BooleanProperty onlyInFileProperty() {
        return form.onlyInFile();
    }

    public ObservableList<ConfigProblem> problems() {
        return validation.problems();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty;
    }

    /** True from an edit until its validation is in; Save waits for it. */
    public ReadOnlyBooleanProperty validatingProperty() {
        return validation.validating();
    }

    /** True from Save until the file is written or the save failed; Save waits for it. */
    public ReadOnlyBooleanProperty savingProperty() {
        return saver.saving();
    }

    public ReadOnlyBooleanProperty restartingProperty() {
        return saver.restarting();
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
        return form.selected();
    }

    public PropertyEntry entry(String key) {
        return form.entry(key);
    }
}
