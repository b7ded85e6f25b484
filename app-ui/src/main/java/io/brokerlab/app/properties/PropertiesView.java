package io.brokerlab.app.properties;

import atlantafx.base.theme.Styles;
import io.brokerlab.app.AppView;
import io.brokerlab.app.Session;
import io.brokerlab.app.ui.Failures;
import io.brokerlab.launcher.cluster.ClusterSnapshot;
import io.brokerlab.launcher.config.ConfigProblem;
import io.brokerlab.launcher.config.NodeId;
import io.brokerlab.launcher.config.NodeKind;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.controlsfx.control.PropertySheet;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** A node's properties file as a documented form (ControlsFX PropertySheet) or as raw text. */
public final class PropertiesView implements AppView {

    private static final ButtonType SAVE_CHANGES = new ButtonType("Save", ButtonBar.ButtonData.YES);
    private static final Duration SEARCH_PAUSE = Duration.millis(180);
    private static final ButtonType DISCARD_CHANGES = new ButtonType("Discard", ButtonBar.ButtonData.NO);
    private static final long RESTART_CHECK_MILLIS = 5_000;

    private final Session session;
    private final BiConsumer<String, Throwable> errors;
    private final PropertiesViewModel model;
    private final BorderPane root = new BorderPane();
    private final PropertySheet sheet = new PropertySheet();
    private final TextField search = new TextField();
    private final TextArea rawText = new TextArea();
    private final RestartOffer restartOffer;

    public PropertiesView(Session session, BiConsumer<String, Throwable> errors) {
        this.session = session;
        this.errors = errors;
        this.model = new PropertiesViewModel(session.background(), session.fx(), node -> {
            ClusterSnapshot snapshot = session.snapshotProperty().get();
            return snapshot != null && snapshot.node(node).map(n -> n.state().isAlive()).orElse(false);
        });
        session.workspaceProperty().addListener((o, a, ws) -> model.attach(ws));
        session.addEventListener(model::nodeEvents);
        model.attach(session.workspaceProperty().get());
        this.restartOffer = new RestartOffer(session, model, errors, () -> root.getScene().getWindow());
        // a file written outside the app (an editor, the CLI) makes its node need a restart too; its card says so
        session.every(RESTART_CHECK_MILLIS, () -> session.fx().execute(model::checkRestarts));
        build();
    }

    private void build() {
        ListView<NodeId> nodes = new ListView<>(model.nodes());
        nodes.setId("properties-nodes");
        // its width in ems (app.css): "broker-3" whole beside its icon at every text size
        nodes.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(NodeId item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.name());
                setGraphic(empty || item == null ? null : new FontIcon(
                        item.kind() == NodeKind.BROKER ? Feather.SERVER : Feather.GIT_MERGE));
            }
        });
        model.nodeProperty().addListener((o, a, b) -> nodes.getSelectionModel().select(b));
        nodes.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> leaveFor(b, nodes));
        nodes.getSelectionModel().select(model.nodeProperty().get());

        search.setId("properties-search");
        // in raw mode the field finds text in the file (Enter: the next), as the form it filters is hidden
        search.promptTextProperty().bind(Bindings.when(model.rawModeProperty())
                .then("Find in the file (Enter: next)").otherwise("Search keys and documentation"));
        debounce(search);
        search.textProperty().addListener((o, was, text) -> {
            if (model.rawModeProperty().get()) {
                findInRaw(0);
            }
        });
        CheckBox onlyFile = new CheckBox("Only keys in the file");
        onlyFile.setId("properties-only-in-file");
        onlyFile.selectedProperty().bindBidirectional(model.onlyInFileProperty());
        // in raw mode, how the find went
        Label found = new Label();
        found.setId("properties-find-status");
        found.getStyleClass().add(Styles.TEXT_MUTED);
        found.textProperty().bind(model.findStatusProperty());
        found.visibleProperty().bind(model.rawModeProperty());
        found.managedProperty().bind(found.visibleProperty());
        ToggleButton raw = new ToggleButton("Raw text", new FontIcon(Feather.CODE));
        raw.setId("properties-raw");
        raw.selectedProperty().bindBidirectional(model.rawModeProperty());
        Button revert = new Button("Revert", new FontIcon(Feather.ROTATE_CCW));
        revert.disableProperty().bind(model.dirtyProperty().not());
        revert.setOnAction(e -> model.revert());
        Button save = new Button("Save", new FontIcon(Feather.SAVE));
        save.setId("properties-save");
        save.getStyleClass().add("primary-action");
        // a second click while the file is written would save again, over the first save's own write
        save.disableProperty().bind(model.dirtyProperty().not().or(model.hasErrorsBinding())
                .or(model.validatingProperty()).or(model.savingProperty()));
        save.setOnAction(e -> save());
        // the actions first: a toolbar too narrow for its items (a projector's font) drops the last ones into its
        // overflow menu, and that must never be Save
        ToolBar bar = new ToolBar(save, revert, raw, new Separator(Orientation.VERTICAL), new FontIcon(Feather.SEARCH),
                search, found);
        NarrowLayout.searchGivesWay(bar, search);

        sheet.setId("properties-sheet");
        // a search lists its matches in one list: the sheet opens one group at a time, which hid matches in others
        sheet.modeProperty().bind(Bindings.when(model.searchProperty().isEmpty()).then(PropertySheet.Mode.CATEGORY)
                .otherwise(PropertySheet.Mode.NAME));
        sheet.setModeSwitcherVisible(false);
        sheet.setSearchBoxVisible(false);
        sheet.setPropertyEditorFactory(new EntryEditors(model.selectedProperty()::set));
        sheet.setCategoryComparator(Comparator.comparing(PropertiesView::groupOrder));
        model.visibleEntries().addListener((ListChangeListener<PropertyEntry>) c -> refillSheet());
        // the problems list appearing under the form shrinks it: the field being typed in must not slide out of view
        sheet.heightProperty().addListener((o, was, now) -> {
            if (now.doubleValue() < was.doubleValue()) {
                Platform.runLater(this::keepFocusedFieldShown);
            }
        });
        rawText.setId("properties-raw-text");
        rawText.getStyleClass().add("raw-properties");
        rawText.textProperty().bindBidirectional(model.rawTextProperty());
        rawText.caretPositionProperty().addListener((o, was, at) -> model.describeRawLineAt(at.intValue()));
        // a line typed over or deleted under a caret that stays where it was describes what is there now
        rawText.textProperty().addListener((o, was, now) -> model.describeRawLineAt(rawText.getCaretPosition()));
        model.rawModeProperty().addListener((o, was, on) -> {
            if (on) {
                showDescribedKeyInRaw();
                // the form's search, still in the field, finds in the file from the described key's line on: left
                // unapplied, the field read as if it filtered the text
                if (!search.getText().isBlank()) {
                    findInRaw(lineStart(rawText.getText(), rawText.getCaretPosition()));
                }
            }
        });
        // over the form it filters rather than on the toolbar, which in a small window has no room left for it
        HBox filter = new HBox(onlyFile);
        filter.setPadding(new Insets(6, 10, 2, 10));
        // a search that finds no key says so where the keys would be, rather than leaving the form blank
        Label noMatch = new Label();
        noMatch.setId("properties-no-match");
        noMatch.getStyleClass().add(Styles.TEXT_MUTED);
        noMatch.setWrapText(true);
        noMatch.setPadding(new Insets(12));
        noMatch.textProperty().bind(Bindings.createStringBinding(() -> model.onlyInFileProperty().get()
                ? "No key in this file matches \"" + model.searchProperty().get().strip() + "\": clear \"Only keys in"
                        + " the file\" to search every key." : "No key matches \"" + model.searchProperty().get().strip()
                        + "\".", model.searchProperty(), model.onlyInFileProperty()));
        noMatch.visibleProperty().bind(Bindings.isEmpty(model.visibleEntries())
                .and(model.searchProperty().isNotEmpty()));
        noMatch.managedProperty().bind(noMatch.visibleProperty());
        VBox form = new VBox(filter, noMatch, sheet);
        VBox.setVgrow(sheet, Priority.ALWAYS);
        StackPane editors = new StackPane(form, rawText);
        form.visibleProperty().bind(model.rawModeProperty().not());
        rawText.visibleProperty().bind(model.rawModeProperty());
        Node described = new KeyDescriptionPane(model.selectedProperty(), model.rawLineNoteProperty(),
                model.descriptionHintProperty(), model.rawStatusProperty()).root();
        VBox description = new VBox(described, new ApplyToAllBrokersButton(model, restartOffer, errors,
                () -> root.getScene().getWindow()).root());
        description.getStyleClass().add("key-description-side");
        VBox.setVgrow(described, Priority.ALWAYS);
        // the problems, restart note and message come and go under the form only: the description's button
        // beside them stays where a click aims
        VBox formSide = new VBox(editors);
        VBox.setVgrow(editors, Priority.ALWAYS);
        SplitPane center = new SplitPane(formSide, description);
        center.setDividerPositions(0.66);
        SplitPane.setResizableWithParent(description, false);
        NarrowLayout.descriptionBelowWhenNarrow(center);

        ListView<ConfigProblem> problems = new ListView<>(model.problems());
        problems.setId("properties-problems");
        // its height in ems (app.css): the form beside it in the column grows, and a list without a least height of
        // its own was squeezed to a strip in which no problem could be read
        // no empty box under a valid file: the title says it is valid
        problems.visibleProperty().bind(Bindings.isNotEmpty(model.problems()));
        problems.managedProperty().bind(problems.visibleProperty());
        problems.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                showProblem(problems.getSelectionModel().getSelectedItem());
            }
        });
        problems.setCellFactory(v -> new ProblemCell(this::showProblem));
        Label problemsTitle = new Label();
        problemsTitle.setId("properties-problems-title");
        problemsTitle.getStyleClass().add("section-title");
        problemsTitle.textProperty().bind(Bindings.createStringBinding(() -> {
            long errorCount = model.problems().stream().filter(ConfigProblem::isError).count();
            long warnings = model.problems().size() - errorCount;
            if (model.problems().isEmpty()) {
                NodeId node = model.nodeProperty().get();
                return node == null ? "" : "Valid: " + (node.kind() == NodeKind.BROKER ? "Kafka's" : "ZooKeeper's")
                        + " own parser accepts this file";
            }
            return errorCount + " error" + (errorCount == 1 ? "" : "s") + ", " + warnings + " warning"
                    + (warnings == 1 ? "" : "s") + (errorCount > 0 ? " — fix errors before saving" : "");
        }, model.problems(), model.nodeProperty()));
        Label message = new Label();
        message.textProperty().bind(model.messageProperty());
        message.getStyleClass().add(Styles.TEXT_MUTED);
        ProgressIndicator restarting = new ProgressIndicator();
        restarting.setPrefSize(14, 14);
        restarting.visibleProperty().bind(model.restartingProperty());
        restarting.managedProperty().bind(restarting.visibleProperty());
        message.setGraphic(restarting);
        // a restart put off stays said, whatever was saved, edited or shown since, until the node restarts; not
        // while the offer or the restart says it
        Label restartNote = new Label();
        restartNote.setId("properties-restart-note");
        restartNote.getStyleClass().add(Styles.WARNING);
        restartNote.setGraphic(new FontIcon(Feather.ROTATE_CW));
        restartNote.setWrapText(true);
        restartNote.textProperty().bind(model.restartNoteBinding());
        restartNote.visibleProperty().bind(restartNote.textProperty().isNotEmpty().and(restartOffer.openProperty().not())
                .and(model.restartingProperty().not()));
        restartNote.managedProperty().bind(restartNote.visibleProperty());
        // every line it wraps to: the keys awaiting a restart are its last words
        restartNote.setMinHeight(Region.USE_PREF_SIZE);
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        VBox bottom = new VBox(6, problemsTitle, problems, restartNote, message);
        bottom.setPadding(new Insets(8, 10, 8, 10));
        formSide.getChildren().add(bottom);

        // the toolbar first among the children, as on screen: Tab goes from the search to the keys it found, where
        // with the form added first it left the view
        BorderPane main = new BorderPane();
        main.setTop(bar);
        main.setCenter(center);
        root.setLeft(nodes);
        root.setCenter(main);
    }

    /**
     * The form follows the search only once typing pauses: each new filter rebuilds the sheet's editors (hundreds
     * of them), which on every keystroke would make typing stutter. Enter searches at once.
     */
    private void debounce(TextField search) {
        search.setText(model.searchProperty().get());
        PauseTransition typing = new PauseTransition(SEARCH_PAUSE);
        typing.setOnFinished(e -> model.searchProperty().set(search.getText()));
        search.textProperty().addListener((o, was, text) -> typing.playFromStart());
        search.setOnAction(e -> {
            typing.stop();
            model.searchProperty().set(search.getText());
            if (model.rawModeProperty().get()) {
                findInRaw(rawText.getSelection().getEnd());
            }
        });
        model.searchProperty().addListener((o, was, text) -> {
            if (!text.equals(search.getText())) {
                search.setText(text);
            }
        });
    }

    /**
     * Selects the first occurrence of the search text from {@code from} on (then from the top), ignoring case; with
     * none, nothing stays selected, as if an earlier find still matched.
     */
    private void findInRaw(int from) {
        RawLines.Match found = model.findInRaw(search.getText(), from);
        if (found != null) {
            // anchor at the end, caret at the start: the text area scrolls down or up to the caret
            rawText.selectRange(found.end(), found.start());
            SidewaysScroll.reveal(rawText, found.start(), found.end());
        } else {
            rawText.deselect();
        }
    }

    private static int lineStart(String text, int position) {
        return text.lastIndexOf('\n', Math.max(0, position - 1)) + 1;
    }

    /**
     * Raw mode replaces the form: its caret goes to the line of the key the form described, if the file sets it, so
     * the description stays with it; else the description follows the line the caret is on.
     */
    private void showDescribedKeyInRaw() {
        PropertyEntry described = model.selectedProperty().get();
        int line = described == null ? -1 : model.rawPositionOf(described.key());
        if (line >= 0 && line != rawText.getCaretPosition()) {
            rawText.positionCaret(line); // the caret's listener describes it
        } else {
            model.describeRawLineAt(rawText.getCaretPosition());
        }
    }

    /**
     * A problem was clicked: its key's editor is shown (search cleared, category expanded, scrolled to) and takes
     * the focus. In raw mode the line that sets the key is selected.
     */
    private void showProblem(ConfigProblem problem) {
        if (problem == null || problem.key() == null) {
            return;
        }
        if (model.rawModeProperty().get()) {
            int line = model.rawPositionOf(problem.key());
            if (line >= 0) {
                int end = rawText.getText().indexOf('\n', line);
                rawText.requestFocus();
                rawText.selectRange(end < 0 ? rawText.getLength() : end, line);
            }
            return;
        }
        PropertyEntry entry = model.reveal(problem.key());
        if (entry == null) {
            return;
        }
        // a cleared search has just rebuilt the sheet: its categories make their content only with their skins
        sheet.applyCss();
        Node input = EntryEditors.inputOf(sheet, entry);
        if (input == null) {
            return;
        }
        for (Parent up = input.getParent(); up != null && up != sheet; up = up.getParent()) {
            if (up instanceof TitledPane category && !category.isExpanded()) {
                // at once, not animated: the scroll position below is measured right away
                boolean animated = category.isAnimated();
                category.setAnimated(false);
                category.setExpanded(true);
                category.setAnimated(animated);
            }
        }
        sheet.applyCss();
        sheet.layout();
        scrollTo(input);
        input.requestFocus();
    }

    /** After the sheet's next layout: its field with the keyboard back in view when it left it. */
    private void keepFocusedFieldShown() {
        Node focused = sheet.getScene() == null ? null : sheet.getScene().getFocusOwner();
        ScrollPane scroll = focused == null ? null : enclosingScroll(focused);
        if (scroll != null) {
            Bounds field = scroll.getContent().sceneToLocal(focused.localToScene(focused.getBoundsInLocal()));
            // the viewport's bounds are the content's, shifted by how far it is scrolled
            double top = -scroll.getViewportBounds().getMinY();
            if (field.getMinY() < top || field.getMaxY() > top + scroll.getViewportBounds().getHeight()) {
                scrollTo(focused);
            }
        }
    }

    /** The sheet's scroll pane around {@code node}, or null when {@code node} is not in the sheet. */
    private ScrollPane enclosingScroll(Node node) {
        for (Parent up = node.getParent(); up != null && up != sheet.getParent(); up = up.getParent()) {
            if (up instanceof ScrollPane scroll && scroll.getContent() != null) {
                return scroll;
            }
        }
        return null;
    }

    /** Scrolls the sheet so that {@code input} is in the middle of its viewport, as near as the content allows. */
    private void scrollTo(Node input) {
        ScrollPane scroll = enclosingScroll(input);
        if (scroll == null) {
            return;
        }
        Node content = scroll.getContent();
        Bounds at = content.sceneToLocal(input.localToScene(input.getBoundsInLocal()));
        double viewport = scroll.getViewportBounds().getHeight();
        double overflow = content.getLayoutBounds().getHeight() - viewport;
        if (overflow > 0) {
            double top = at.getMinY() - (viewport - at.getHeight()) / 2;
            double share = Math.max(0, Math.min(1, top / overflow));
            scroll.setVvalue(scroll.getVmin() + share * (scroll.getVmax() - scroll.getVmin()));
        }
    }

    private void refillSheet() {
        List<PropertySheet.Item> items = model.visibleEntries().stream().map(EntryItem::new)
                .map(PropertySheet.Item.class::cast).toList();
        sheet.getItems().setAll(items);
    }

    /** Shows {@code next}, first asking what becomes of unsaved edits; Cancel stays on the current node. */
    private void leaveFor(NodeId next, ListView<NodeId> nodes) {
        NodeId current = model.nodeProperty().get();
        if (next == null || next.equals(current)) {
            return;
        }
        if (!model.dirtyProperty().get()) {
            model.nodeProperty().set(next);
            return;
        }
        // the list shows the current node until the form really moves; not from inside its own selection event
        session.fx().execute(() -> nodes.getSelectionModel().select(model.nodeProperty().get()));
        ButtonType answer = askUnsaved(current, "Another node's file replaces the form; the changes are lost unless"
                + " saved first.");
        if (answer == SAVE_CHANGES) {
            save().thenAccept(saved -> {
                if (saved) {
                    model.nodeProperty().set(next);
                }
            });
        } else if (answer == DISCARD_CHANGES) {
            model.nodeProperty().set(next);
        }
    }

    private ButtonType askUnsaved(NodeId current, String why) {
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, why, SAVE_CHANGES, DISCARD_CHANGES, ButtonType.CANCEL);
        ask.initOwner(root.getScene().getWindow());
        ask.setTitle("Brokerlab");
        ask.setHeaderText(current + " has unsaved changes");
        Node saveButton = ask.getDialogPane().lookupButton(SAVE_CHANGES);
        saveButton.setId("properties-unsaved-save");
        saveButton.setDisable(model.hasErrors() || model.savingProperty().get());
        ask.getDialogPane().lookupButton(DISCARD_CHANGES).setId("properties-unsaved-discard");
        ask.getDialogPane().lookupButton(ButtonType.CANCEL).setId("properties-unsaved-cancel");
        return ask.showAndWait().orElse(ButtonType.CANCEL);
    }

    /**
     * Shows {@code node}'s file, the node the user picked in the Cluster view: a card picked, then Properties, opens
     * that node's file. Not while the form holds unsaved edits, which stay until saved or dropped here.
     */
    public void follow(NodeId node) {
        if (node != null && model.nodes().contains(node) && !model.dirtyProperty().get()) {
            model.nodeProperty().set(node);
        }
    }

    /** The Save button's action from the keyboard (Ctrl+S); when it cannot run, the message says why. */
    public void saveIfEnabled() {
        model.readyToSaveOnceChecked().thenAccept(ready -> {
            if (ready) {
                save();
            }
        });
    }

    /** Ctrl+F: the search field takes the keyboard, its text selected so that typing replaces it. */
    @Override
    public void focusSearch() {
        // the form's search, or in raw mode the find in the file: the same field
        search.requestFocus();
        search.selectAll();
    }

    /**
     * Before the form goes away with its workspace (another folder, a new cluster, an external cluster): asks what
     * becomes of unsaved edits. Completes with true when the caller may go on. FX thread.
     */
    public CompletableFuture<Boolean> leave() {
        NodeId current = model.nodeProperty().get();
        if (!model.dirtyProperty().get() || current == null) {
            return CompletableFuture.completedFuture(true);
        }
        ButtonType answer = askUnsaved(current, "The workspace shown changes; the changes are lost unless saved first.");
        return answer == SAVE_CHANGES ? save() : CompletableFuture.completedFuture(answer == DISCARD_CHANGES);
    }

    /** Completes with whether the file was written; offers the restart that applies it. */
    private CompletableFuture<Boolean> save() {
        return model.save().handleAsync((restart, error) -> {
            if (error != null) {
                if (Failures.cause(error) instanceof FileChangedOnDiskException changed) {
                    offerReload(changed);
                } else {
                    errors.accept("Could not save the properties", Failures.cause(error));
                }
                return false;
            }
            restartOffer.offer(restart);
            return true;
        }, session.fx());
    }

    /** Reload shows the other change and drops the edits; Keep editing leaves both as they are. */
    private void offerReload(FileChangedOnDiskException changed) {
        ButtonType reload = new ButtonType("Reload the file", ButtonBar.ButtonData.YES);
        ButtonType keep = new ButtonType("Keep editing", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert ask = new Alert(Alert.AlertType.WARNING, changed.getMessage(), reload, keep);
        ask.initOwner(root.getScene().getWindow());
        ask.setTitle("Brokerlab");
        ask.setHeaderText("Not saved: the file of " + changed.node() + " changed on disk");
        ask.getDialogPane().lookupButton(reload).setId("properties-changed-reload");
        ask.getDialogPane().lookupButton(keep).setId("properties-changed-keep");
        if (ask.showAndWait().orElse(keep) == reload) {
            model.revert();
        }
    }

    private static int groupOrder(String label) {
        return Arrays.stream(PropertyEntry.Status.values()).filter(s -> s.label().equals(label)).findFirst()
                .map(Enum::ordinal).orElse(Integer.MAX_VALUE);
    }

    public PropertiesViewModel model() {
        return model;
    }

    /** Shown or F5: the file is read again, so a change made outside the app appears (unsaved edits stay). */
    @Override
    public void shown() {
        model.refresh();
    }

    @Override
    public String title() {
        return "Properties";
    }

    @Override
    public Ikon icon() {
        return Feather.SLIDERS;
    }

    @Override
    public Node root() {
        return root;
    }
}
