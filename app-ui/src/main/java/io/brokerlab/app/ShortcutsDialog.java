package io.brokerlab.app;

import atlantafx.base.theme.Styles;
import io.brokerlab.app.ui.ShortcutKey;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The list of keys, F1's answer. Not modal: a teacher may keep it open beside the window while trying the keys; a
 * second F1 brings the open one to the front instead of stacking another.
 */
final class ShortcutsDialog {

    private final Window owner;
    private final Supplier<List<KeyboardShortcuts.Group>> groups;
    private Dialog<Void> shown;

    /** {@code groups}: asked each time it opens, so it lists the keys of the cluster shown then. */
    ShortcutsDialog(Window owner, Supplier<List<KeyboardShortcuts.Group>> groups) {
        this.owner = owner;
        this.groups = groups;
    }

    void show() {
        if (shown != null && shown.isShowing()) {
            ((Stage) shown.getDialogPane().getScene().getWindow()).toFront();
            return;
        }
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.initModality(Modality.NONE);
        dialog.setTitle("Keyboard shortcuts");
        dialog.setHeaderText(null);
        ScrollPane scroll = new ScrollPane(columns(groups.get()));
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("shortcuts");
        dialog.getDialogPane().setContent(scroll);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.getDialogPane().setId("shortcuts-dialog");
        shown = dialog;
        dialog.show();
    }

    /**
     * Two columns, the longer groups first, the descriptions wrapped narrow: the whole list in view on a laptop's
     * screen at its usual text size, and small enough to keep open beside the window (it scrolls at a projector's).
     */
    private static HBox columns(List<KeyboardShortcuts.Group> groups) {
        int rows = groups.stream().mapToInt(g -> g.shortcuts().size() + 1).sum();
        int split = 0;
        for (int left = 0; split < groups.size() && left < rows / 2; split++) {
            left += groups.get(split).shortcuts().size() + 1;
        }
        HBox columns = new HBox(32, table(groups.subList(0, split)), table(groups.subList(split, groups.size())));
        columns.getStyleClass().add("shortcut-columns");
        return columns;
    }

    private static GridPane table(List<KeyboardShortcuts.Group> groups) {
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(6);
        int row = 0;
        for (KeyboardShortcuts.Group group : groups) {
            Label title = new Label(group.title());
            title.getStyleClass().add(Styles.TITLE_4);
            if (row > 0) {
                // apart from the previous group's last key
                title.getStyleClass().add("shortcut-group");
            }
            grid.add(title, 0, row++, 2, 1);
            for (KeyboardShortcuts.Shortcut shortcut : group.shortcuts()) {
                Label keys = new Label(ShortcutKey.named(shortcut.keys()));
                keys.getStyleClass().add("key-cap");
                keys.setMinWidth(Label.USE_PREF_SIZE);
                Label what = new Label(shortcut.what());
                what.setWrapText(true);
                what.getStyleClass().add("shortcut-what");
                grid.add(keys, 0, row);
                grid.add(what, 1, row++);
            }
        }
        return grid;
    }
}
