package io.brokerlab.app.properties;

import atlantafx.base.theme.Styles;
import io.brokerlab.launcher.config.ConfigInfo;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Callback;
import org.controlsfx.control.PropertySheet;
import org.controlsfx.property.editor.Editors;
import org.controlsfx.property.editor.PropertyEditor;

/**
 * The form's editors: masked text for a password, a drop-down for a key with a finite set of values, else text
 * that shows the default while the key is not set; each after a marker that shows, as the value is edited,
 * whether it differs from the default, and red (AtlantaFX's danger state) while the value has a validation error.
 */
final class EntryEditors implements Callback<PropertySheet.Item, PropertyEditor<?>> {

    private static final String MARKER = "●";
    private static final String CELL = "entry-editor";
    /** The marker, a value of some 15 letters and the × button. */
    static final double VALUE_MIN_WIDTH = 180;
    /** What a cleared field of a key the file sets shows: Kafka reads "key=" as empty, not as the default. */
    static final String EMPTY = "(empty in the file: × takes the key out so that the default applies)";
    /** The same for a key with no default, which × leaves not set at all. */
    static final String EMPTY_NO_DEFAULT = "(empty in the file: type a value, or × takes the key out; it has no"
            + " default)";

    private final Consumer<PropertyEntry> focused;

    /** @param focused told which entry an editor belongs to when it takes the keyboard focus */
    EntryEditors(Consumer<PropertyEntry> focused) {
        this.focused = focused;
    }

    @Override
    public PropertyEditor<?> call(PropertySheet.Item item) {
        EntryItem entry = (EntryItem) item;
        ConfigInfo info = entry.entry().info();
        PropertyEditor<?> editor = info.sensitive() ? new SecretEditor(entry)
                : info.choices().isEmpty() ? Editors.createTextEditor(item) : new ChoiceEditor(entry);
        if (editor.getEditor() instanceof TextInputControl text) {
            PropertyEntry of = entry.entry();
            text.promptTextProperty().bind(Bindings.createStringBinding(
                    () -> of.inFile() ? empty(info) : notSet(info), of.inFileProperty()));
        }
        return marked(entry.entry(), editor);
    }

    /** What an editor shows for a key that is not set: what applies instead. */
    static String notSet(ConfigInfo info) {
        return info.hasDefault() ? "(not set: " + info.defaultText() + ")" : "(not set)";
    }

    /** What a cleared field of a key the file sets shows. */
    static String empty(ConfigInfo info) {
        return info.hasDefault() ? EMPTY : EMPTY_NO_DEFAULT;
    }

    /** The input of {@code entry} in {@code sheet}, or null when the sheet shows no editor for it. */
    static Node inputOf(Parent sheet, PropertyEntry entry) {
        return sheet.lookupAll("." + CELL).stream().filter(cell -> cell.getUserData() == entry)
                .map(cell -> ((HBox) cell).getChildren().get(1)).findFirst().orElse(null);
    }

    /**
     * The sheet reads an item's name once, so a marker in the name could not follow the edits; this one sits in
     * the editor cell and is bound (weakly, through the binding) to the entry's live status.
     */
    @SuppressWarnings("unchecked")
    private PropertyEditor<Object> marked(PropertyEntry entry, PropertyEditor<?> editor) {
        PropertyEditor<Object> inner = (PropertyEditor<Object>) editor;
        // always the glyph, only hidden, so that every editor keeps the same indent
        Label marker = new Label(MARKER);
        marker.getStyleClass().addAll("changed-marker", Styles.ACCENT);
        marker.setMinWidth(Region.USE_PREF_SIZE);
        marker.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> entry.status() == PropertyEntry.Status.CHANGED, entry.statusProperty()));
        marker.setTooltip(new Tooltip("Changed from the default, " + entry.info().defaultText()));
        Node node = inner.getEditor();
        if (node instanceof Region region) {
            region.setMaxWidth(Double.MAX_VALUE);
        }
        HBox.setHgrow(node, Priority.ALWAYS);
        HBox cell = new HBox(4, marker, node, removeButton(entry));
        cell.setAlignment(Pos.CENTER_LEFT);
        cell.getStyleClass().add(CELL);
        cell.setUserData(entry);
        cell.focusWithinProperty().addListener((obs, was, now) -> {
            // only the keyboard's focus: a drop-down's skin makes its list, whose current cell counts as focused
            // within the drop-down, so every search that rebuilt the form described log.cleanup.policy. And not
            // when the focus lands here by itself (the focused editor went with a search, and the scene passed the
            // focus on) in a collapsed category: the description would describe a key not on screen
            if (now && holdsKeyboardFocus(cell) && !inCollapsedCategory(cell)) {
                focused.accept(entry);
            }
        });
        markInvalid(entry, node, cell);
        keepReadable(cell);
        return new PropertyEditor<>() {
            @Override
            public Node getEditor() {
                return cell;
            }

            @Override
            public Object getValue() {
                return inner.getValue();
            }

            @Override
            public void setValue(Object value) {
                inner.setValue(value);
            }
        };
    }

    /**
     * The sheet gives a key's name and its editor a minimum of 100 px each, so that a narrow form cut names
     * ("log.cleaner.de…") and left values a few letters wide: once the sheet has put the cell in its grid (after
     * setting those minimums), the name keeps its whole width and the editor a readable one; a form narrower than
     * that scrolls sideways instead.
     */
    private static void keepReadable(HBox cell) {
        cell.parentProperty().addListener((obs, was, grid) -> {
            if (grid == null) {
                return;
            }
            cell.setMinWidth(VALUE_MIN_WIDTH);
            for (Node child : grid.getChildrenUnmodifiable()) {
                if (child instanceof Label name && name.getLabelFor() == cell) {
                    name.setMinWidth(Region.USE_PREF_SIZE);
                }
            }
        });
    }

    /** Takes the key out of the file: a cleared field would leave it there, empty. Shown while the file sets it. */
    private static Button removeButton(PropertyEntry entry) {
        Button remove = new Button("×");
        remove.getStyleClass().addAll("remove-key", Styles.FLAT);
        remove.setMinWidth(Region.USE_PREF_SIZE);
        remove.setFocusTraversable(false);
        // a screen reader would read the glyph as "multiplication sign"; it reads the tooltip as the help
        remove.setAccessibleText("Take " + entry.key() + " out of the file");
        ConfigInfo info = entry.info();
        remove.setTooltip(new Tooltip(remove.getAccessibleText() + (info.hasDefault()
                ? ": the default, " + info.defaultText() + ", applies" : ": it is then not set (it has no default)")));
        remove.visibleProperty().bind(entry.inFileProperty());
        remove.setOnAction(e -> entry.remove());
        return remove;
    }

    private static boolean holdsKeyboardFocus(Parent cell) {
        Node owner = cell.getScene() == null ? null : cell.getScene().getFocusOwner();
        for (Node up = owner; up != null; up = up.getParent()) {
            if (up == cell) {
                return true;
            }
        }
        return false;
    }

    private static boolean inCollapsedCategory(Node node) {
        for (Parent up = node.getParent(); up != null; up = up.getParent()) {
            if (up instanceof TitledPane category && !category.isExpanded()) {
                return true;
            }
        }
        return false;
    }

    /** Red, with the error as its tooltip, while the entry's value has a validation error. */
    private static void markInvalid(PropertyEntry entry, Node input, Node cell) {
        BooleanBinding invalid = Bindings.createBooleanBinding(() -> entry.error() != null, entry.errorProperty());
        Tooltip why = new Tooltip();
        why.textProperty().bind(entry.errorProperty());
        ChangeListener<Boolean> mark = (obs, was, now) -> {
            input.pseudoClassStateChanged(Styles.STATE_DANGER, now);
            if (now) {
                Tooltip.install(input, why);
            } else {
                Tooltip.uninstall(input, why);
            }
        };
        mark.changed(invalid, false, invalid.get());
        invalid.addListener(mark);
        // the entry holds the binding only weakly (it outlives the editors each search makes): the cell keeps it
        cell.getProperties().put(BooleanBinding.class, invalid);
    }
}
