package io.brokerlab.app.cluster;

import atlantafx.base.theme.Styles;
import io.brokerlab.app.cluster.CreateClusterViewModel.Field;
import io.brokerlab.app.ui.Dialogs;
import io.brokerlab.app.ui.NumberSpinners;
import io.brokerlab.app.ui.DialogFit;
import io.brokerlab.launcher.config.ClusterDefinition;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.SetChangeListener;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Separator;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

/** The create-cluster wizard: sizes and ports on the left, the files it will write on the right. */
public final class CreateClusterDialog extends Dialog<CreateClusterViewModel> {

    /** An Enter being handled (see {@link #enterCreates}). FX thread. */
    private boolean enterSeen;

    /** An answer of {@code beforeCreate} let this press of Create through. FX thread. */
    private boolean createAllowed;

    /**
     * @param beforeCreate asked with the folder as Create is pressed (whether to stop the cluster shown, say); false
     *                     keeps the wizard open as it was filled in
     */
    public CreateClusterDialog(Window owner, Path directory,
                               Function<Path, CompletableFuture<Boolean>> beforeCreate) {
        ExecutorService checks = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "brokerlab-create-cluster-check");
            thread.setDaemon(true);
            return thread;
        });
        setOnHidden(e -> checks.shutdownNow());
        CreateClusterViewModel model = new CreateClusterViewModel(directory, ClusterDefinition.defaults(), checks,
                Platform::runLater);
        initOwner(owner);
        setTitle("Create a cluster");
        setHeaderText("A ZooKeeper ensemble and Kafka brokers, each its own JVM on this machine");
        setResizable(true);

        ChoiceBox<Integer> zookeepers = new ChoiceBox<>();
        zookeepers.getItems().addAll(1, 3, 5);
        zookeepers.setValue(model.zookeepersProperty().get());
        zookeepers.valueProperty().addListener((o, a, b) -> model.zookeepersProperty().set(b));
        zookeepers.setId("wizard-zookeepers");
        Spinner<Integer> brokers = NumberSpinners.of(1, 9, model.brokersProperty().get());
        brokers.valueProperty().addListener((o, a, b) -> model.brokersProperty().set(b));
        brokers.setId("wizard-brokers");
        // 0 is not taken as typed: it became 1 on Enter, unsaid
        brokers.getEditor().setTextFormatter(new TextFormatter<>(change ->
                change.getControlNewText().matches("[1-9]?") ? change : null));
        brokers.setTooltip(new Tooltip("1 to 9 brokers"));
        Spinner<Integer> zkPort = NumberSpinners.of(1024, CreateClusterViewModel.MAX_PORT,
                model.zookeeperPortProperty().get());
        zkPort.setId("wizard-zookeeper-port");
        zkPort.valueProperty().addListener((o, a, b) -> model.zookeeperPortProperty().set(b));
        // the model fills in free ports when the usual ones are taken
        model.zookeeperPortProperty().addListener((o, a, b) -> zkPort.getValueFactory().setValue(b.intValue()));
        Spinner<Integer> brokerPort = NumberSpinners.of(1024, CreateClusterViewModel.MAX_PORT,
                model.brokerPortProperty().get());
        brokerPort.setId("wizard-broker-port");
        brokerPort.valueProperty().addListener((o, a, b) -> model.brokerPortProperty().set(b));
        model.brokerPortProperty().addListener((o, a, b) -> brokerPort.getValueFactory().setValue(b.intValue()));
        TextField folder = new TextField(directory.toString());
        folder.setId("wizard-folder");
        // room for a usual path such as /home/ana/brokerlab/lab before it scrolls
        folder.setPrefColumnCount(16);
        folder.textProperty().addListener((o, a, b) -> {
            try {
                model.directoryProperty().set(b.isBlank() ? null : Path.of(b.trim()));
            } catch (java.nio.file.InvalidPathException e) {
                model.directoryProperty().set(null);
            }
        });

        Button browse = new Button("Browse…");
        browse.setId("wizard-browse");
        browse.setMinWidth(Region.USE_PREF_SIZE);
        browse.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Folder for the cluster (empty or new)");
            Path current = model.directoryProperty().get();
            for (Path p = current; p != null; p = p.getParent()) {
                // the nearest folder that exists: the chooser refuses one that does not
                if (Files.isDirectory(p)) {
                    chooser.setInitialDirectory(p.toFile());
                    break;
                }
            }
            java.io.File chosen = chooser.showDialog(getDialogPane().getScene().getWindow());
            if (chosen != null) {
                folder.setText(chosen.getAbsolutePath());
            }
        });
        HBox.setHgrow(folder, Priority.ALWAYS);
        HBox folderRow = new HBox(6, folder, browse);

        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(10);
        form.addRow(0, new Label("ZooKeepers"), zookeepers);
        form.addRow(1, new Label("Brokers"), brokers);
        form.addRow(2, new Label(CreateClusterViewModel.ZOOKEEPER_PORT_LABEL), zkPort);
        form.addRow(3, new Label(CreateClusterViewModel.BROKER_PORT_LABEL), brokerPort);
        form.addRow(4, new Label("Folder"), folderRow);
        Label problem = new Label();
        problem.setId("wizard-problem");
        problem.getStyleClass().add(Styles.DANGER);
        problem.setWrapText(true);
        problem.textProperty().bind(model.problemProperty());
        Label note = new Label("3 or 5 ZooKeepers survive losing 1 or 2; brokers form a replication group.");
        note.setWrapText(true);
        note.getStyleClass().add(Styles.TEXT_MUTED);
        Label portNote = new Label();
        portNote.setId("wizard-port-note");
        portNote.setWrapText(true);
        portNote.getStyleClass().add(Styles.WARNING);
        portNote.textProperty().bind(model.portNoteProperty());
        portNote.managedProperty().bind(portNote.textProperty().isNotEmpty());
        VBox left = new VBox(14, form, portNote, note, problem) {
            // the form at its own width at any text size (a narrower one cut the folder to "/tm" at 20 px); the
            // notes under it wrap to that width rather than widening it
            @Override
            protected double computeMinWidth(double height) {
                return snappedLeftInset() + form.prefWidth(-1) + snappedRightInset();
            }

            @Override
            protected double computePrefWidth(double height) {
                return computeMinWidth(height);
            }
        };

        ListView<String> files = new ListView<>();
        // in ems (app.css): a name like zookeeper-1.properties in full, without a horizontal scroll bar
        files.getStyleClass().add("wizard-files");
        // a long comment or class name whole, rather than cut at the right edge
        FilePreview text = new FilePreview();
        text.setId("wizard-file-text");
        Runnable refill = () -> {
            String selected = files.getSelectionModel().getSelectedItem();
            if (files.getItems().equals(List.copyOf(model.preview().keySet()))) {
                // the same files, a field changed: the file read stays where it was scrolled to
                if (selected != null) {
                    text.update(model.preview().get(selected));
                }
                return;
            }
            files.getItems().setAll(model.preview().keySet());
            files.getSelectionModel().select(selected != null && model.preview().containsKey(selected) ? selected
                    : files.getItems().isEmpty() ? null : files.getItems().get(0));
        };
        model.preview().addListener((javafx.collections.MapChangeListener<String, String>) c -> refill.run());
        files.getSelectionModel().selectedItemProperty().addListener((o, a, b) ->
                text.show(b == null ? "" : model.preview().get(b)));
        refill.run();
        Label filesTitle = new Label();
        filesTitle.textProperty().bind(Bindings.when(model.problemProperty().isEmpty())
                .then("Files it will write").otherwise("Files it will write once the problem is solved"));
        VBox right = new VBox(8, filesTitle, files, text);
        VBox.setVgrow(text, Priority.ALWAYS);
        right.getStyleClass().add("wizard-preview");
        // kept under a problem, dimmed: what would be written, not what will be
        right.opacityProperty().bind(Bindings.when(model.problemProperty().isEmpty()).then(1.0).otherwise(0.6));
        // the form at its own width, the preview taking the rest: a split pane whose form side kept its width as the
        // dialog grew (the app's text size reaches a dialog only as it shows) cut the form's labels at 20 px
        Separator between = new Separator(javafx.geometry.Orientation.VERTICAL);
        HBox content = new HBox(12, left, between, right);
        HBox.setHgrow(right, Priority.ALWAYS);
        // in ems of the text it is shown with: 1040 × 680 px at the default 14 px
        DialogFit.preferEms(getDialogPane(), 74, 48);
        Dialogs.keepLabelsWhole(form);
        getDialogPane().setContent(content);
        ButtonType create = new ButtonType("Create", javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(create, ButtonType.CANCEL);
        Button createButton = (Button) getDialogPane().lookupButton(create);
        createButton.setId("wizard-create");
        createButton.setDefaultButton(true);
        createButton.disableProperty().bind(Bindings.not(model.validProperty()));
        setResultConverter(button -> button == create ? model : null);
        createButton.addEventFilter(ActionEvent.ACTION, e -> {
            if (createAllowed) {
                return;
            }
            e.consume();
            beforeCreate.apply(model.directoryProperty().get()).thenAccept(go -> {
                if (go) {
                    createAllowed = true;
                    Platform.runLater(createButton::fire);
                }
            });
        });

        markProblemFields(model, Map.of(Field.ZOOKEEPER_PORT, zkPort, Field.BROKER_PORT, brokerPort, Field.FOLDER,
                folder));
        enterCreates(List.of(brokers, zkPort, brokerPort), createButton);
        // rather than Cancel, which Create (disabled until the first check answers) left the focus to
        setOnShown(e -> Platform.runLater(zookeepers::requestFocus));
    }

    /**
     * Enter in a number field takes the number (NumberSpinners, which keeps the key from the default button) and then
     * creates, as Enter does in the other fields, when the form is valid as it stands. Not when the number is not
     * taken as typed (incomplete, and so put back; out of range, and so clamped): the user sees the number the wizard
     * has, checked, and a second Enter creates.
     */
    private void enterCreates(List<Spinner<Integer>> spinners, Button create) {
        // on the way down to the field, before NumberSpinners' filter on the spinner commits the text
        getDialogPane().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() != KeyCode.ENTER || enterSeen) {
                return;
            }
            // a spinner passes a copy of the key on to its text field while this one is dispatched: one decision
            enterSeen = true;
            Platform.runLater(() -> enterSeen = false);
            spinners.stream().filter(s -> e.getTarget() == s || e.getTarget() == s.getEditor()).findFirst()
                    .filter(s -> s.getEditor().getText().equals(String.valueOf(s.getValue())))
                    // once the key is handled; Create is still disabled while a number just typed is checked
                    .ifPresent(s -> Platform.runLater(() -> {
                        if (!create.isDisabled()) {
                            create.fire();
                        }
                    }));
        });
    }

    /** The problem's fields marked as the other forms mark an invalid value, the problem in their tooltip. */
    private static void markProblemFields(CreateClusterViewModel model, Map<Field, Control> fields) {
        Runnable mark = () -> fields.forEach((field, control) -> {
            boolean wrong = model.problemFields().contains(field);
            control.pseudoClassStateChanged(Styles.STATE_DANGER, wrong);
            // its text red too: the theme draws a spinner's border, app.css that border red
            if (control instanceof Spinner<?> spinner) {
                spinner.getEditor().pseudoClassStateChanged(Styles.STATE_DANGER, wrong);
            }
            if (wrong) {
                Tooltip why = new Tooltip(model.problemProperty().get());
                why.setWrapText(true);
                why.setMaxWidth(480);
                control.setTooltip(why);
            } else {
                control.setTooltip(null);
            }
        });
        model.problemFields().addListener((SetChangeListener<Field>) c -> mark.run());
        model.problemProperty().addListener((o, was, now) -> mark.run());
        mark.run();
    }
}
