package io.brokerlab.app.topics;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.AutoCompletionBinding;
import org.controlsfx.control.textfield.TextFields;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The create dialog's "Other configs", collapsed at first: a line per config, key = value, the key completed from
 * Kafka's topic config names, the field Kafka would refuse marked (the dialog's problem line says why), and under each
 * line what its key takes. Past a few lines they scroll, so the dialog stays on the screen. FX thread.
 */
final class OtherConfigsPane extends TitledPane {

    private final OtherConfigs model;
    private final VBox rows = new VBox(8);
    /** Told when the section takes more room, as the user types too: the dialog makes its window taller. */
    private final Runnable grown;
    /** Told when the user opened or closed part of it: the dialog fits its window to it, shorter too. */
    private final Runnable refitted;

    OtherConfigsPane(OtherConfigs model, Runnable grown, Runnable refitted) {
        this.model = model;
        this.grown = grown;
        this.refitted = refitted;
        setId("topic-other-configs");
        setText("Other configs");
        setExpanded(false);
        // measured at once: the window fits the expanded section in the next pulse, not a frame of an animation
        setAnimated(false);
        // one line at a laptop's text size: the section opens on a screen the form above nearly fills already
        Label hint = new Label("Any topic config; one left out takes the brokers' value.");
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        ScrollPane scroll = new ScrollPane(rows);
        scroll.setFitToWidth(true);
        // as tall as its lines up to a few (app.css), then they scroll
        scroll.getStyleClass().addAll("create-topic-others", Tweaks.EDGE_TO_EDGE);
        Button add = new Button("Add config", new FontIcon(Feather.PLUS));
        add.setId("topic-other-configs-add");
        add.setOnAction(e -> addLine());
        VBox content = new VBox(8, hint, scroll, add);
        setContent(content);
        expandedProperty().addListener((o, was, expanded) -> {
            // opened to add one: its key is where the user types next
            if (expanded && model.lines().isEmpty()) {
                addLine();
            }
            refitted.run();
        });
    }

    private void addLine() {
        OtherConfig line = model.add();
        VBox row = row(line);
        rows.getChildren().add(row);
        grown.run();
        // after the click that asked: the title bar clicked to expand takes the focus as the mouse is released
        Platform.runLater(() -> {
            reveal(row);
            row.lookup(".other-config-key").requestFocus();
        });
    }

    /**
     * {@code row} scrolled into sight: in the lines, the newest may be below the last shown; and at a large text size
     * on a small screen DialogFit has the whole form scroll, where the opened section starts below the window.
     */
    private static void reveal(Node row) {
        for (Node up = row.getParent(); up != null; up = up.getParent()) {
            if (up instanceof ScrollPane scroll && scroll.getContent() != null) {
                // where the row is now: a new one is styled (its fields have no size before) and laid out, and an
                // inner scroll pane may just have moved it
                row.getScene().getRoot().applyCss();
                row.getScene().getRoot().layout();
                Bounds shown = scroll.getContent().sceneToLocal(row.localToScene(row.getLayoutBounds()));
                double hidden = scroll.getContent().getLayoutBounds().getHeight()
                        - scroll.getViewportBounds().getHeight();
                if (hidden > 0) {
                    double top = scroll.getVvalue() * hidden;
                    double wanted = Math.max(shown.getMaxY() - scroll.getViewportBounds().getHeight(),
                            Math.min(top, shown.getMinY()));
                    scroll.setVvalue(Math.max(0, Math.min(1, wanted / hidden)));
                }
            }
        }
    }

    /** The key and value fields, a button taking the line out, and under them what the key takes. */
    private VBox row(OtherConfig line) {
        TextField key = new TextField();
        key.getStyleClass().add("other-config-key");
        key.setPromptText("key, e.g. segment.ms");
        key.textProperty().bindBidirectional(line.keyProperty());
        TextField value = new TextField();
        value.getStyleClass().add("other-config-value");
        value.setPromptText("value");
        value.textProperty().bindBidirectional(line.valueProperty());
        HBox.setHgrow(key, Priority.ALWAYS);
        HBox.setHgrow(value, Priority.ALWAYS);
        AutoCompletionBinding<String> completion = TextFields.bindAutoCompletion(key,
                request -> model.completions(request.getUserText()));
        completion.setVisibleRowCount(8);
        // a popup window takes no stylesheet of the dialog's: the app's names the colours ControlsFX's looks up
        completion.getAutoCompletionPopup().getScene().getStylesheets().add(
                OtherConfigsPane.class.getResource("/io/brokerlab/app/app.css").toExternalForm());
        // a key picked: its value is what is typed next
        completion.setOnAutoCompleted(e -> value.requestFocus());
        Button remove = new Button(null, new FontIcon(Feather.X));
        remove.getStyleClass().addAll("other-config-remove", Styles.BUTTON_ICON, Styles.FLAT);
        remove.setTooltip(new Tooltip("Leave this config out"));
        Label equals = new Label("=");
        equals.setMinWidth(Region.USE_PREF_SIZE);
        HBox fields = new HBox(6, key, equals, value, remove);
        fields.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        Label facts = new Label();
        facts.getStyleClass().addAll("other-config-facts", Styles.TEXT_MUTED);
        facts.setWrapText(true);
        // wrapped to the row's width, which a long list of valid values must not widen past the dialog's buttons
        facts.setPrefWidth(0);
        facts.setMaxWidth(Double.MAX_VALUE);
        facts.setMinHeight(Region.USE_PREF_SIZE);
        facts.textProperty().bind(line.factsProperty());
        facts.managedProperty().bind(facts.textProperty().isNotEmpty());
        facts.visibleProperty().bind(facts.managedProperty());
        Tooltip documentation = new Tooltip();
        documentation.textProperty().bind(line.documentationProperty());
        line.documentationProperty().addListener((o, was, now) -> {
            key.setTooltip(now.isEmpty() ? null : documentation);
            facts.setTooltip(now.isEmpty() ? null : documentation);
        });
        Runnable mark = () -> {
            boolean wrong = !line.problemProperty().get().isEmpty();
            key.pseudoClassStateChanged(Styles.STATE_DANGER, wrong && line.problemAtKeyProperty().get());
            value.pseudoClassStateChanged(Styles.STATE_DANGER, wrong && !line.problemAtKeyProperty().get());
        };
        line.problemProperty().addListener(o -> mark.run());
        line.problemAtKeyProperty().addListener(o -> mark.run());
        facts.textProperty().addListener(o -> grown.run());
        VBox row = new VBox(4, fields, facts);
        remove.setOnAction(e -> {
            model.remove(line);
            rows.getChildren().remove(row);
            completion.dispose();
            refitted.run();
        });
        return row;
    }
}
