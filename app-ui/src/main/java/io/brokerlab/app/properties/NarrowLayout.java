package io.brokerlab.app.properties;

import javafx.beans.InvalidationListener;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.text.Text;

/**
 * How the Properties view gives way in a small window (down to the app's minimum, 960 × 600): the form keeps its
 * keys' names whole and its values wide enough to read, the description moves under it, and the search field
 * narrows before the toolbar drops an item into its overflow menu. FX thread.
 */
final class NarrowLayout {

    /** Below this the form and the description side by side leave the form too little for a key and its value. */
    static final double SIDE_BY_SIDE_MIN_WIDTH = 860;
    private static final double SEARCH_MIN_WIDTH = 110;
    /** The toolbar's gap between items and its overflow button's reserve, generously: AtlantaFX sets no more. */
    private static final double ITEM_GAP = 10;
    /** Past the placeholder's last letter, where the caret blinks. */
    private static final double CARET_ROOM = 4;

    private NarrowLayout() {
    }

    /** The description (the split's second item) beside the form, or under it while the split is narrow. */
    static void descriptionBelowWhenNarrow(SplitPane split) {
        split.widthProperty().addListener((obs, was, width) -> {
            Orientation wanted = width.doubleValue() < SIDE_BY_SIDE_MIN_WIDTH ? Orientation.VERTICAL
                    : Orientation.HORIZONTAL;
            if (split.getOrientation() != wanted) {
                split.setOrientation(wanted);
                split.setDividerPositions(wanted == Orientation.VERTICAL ? 0.7 : 0.66);
            }
        });
    }

    /**
     * The search field takes the room the toolbar's other items leave, between a minimum and the width of its
     * placeholder at the window's text size: a fixed width cut "Search keys and documentation" short.
     */
    static void searchGivesWay(ToolBar bar, TextField search) {
        Text placeholder = new Text();
        InvalidationListener fit = obs -> {
            placeholder.setText(search.getPromptText());
            placeholder.setFont(search.getFont());
            double whole = placeholder.getLayoutBounds().getWidth() + search.snappedLeftInset()
                    + search.snappedRightInset() + CARET_ROOM;
            double others = 0;
            for (Node item : bar.getItems()) {
                if (item != search && item.isManaged()) {
                    others += item.prefWidth(-1) + ITEM_GAP;
                }
            }
            double room = bar.getWidth() - bar.snappedLeftInset() - bar.snappedRightInset() - others - ITEM_GAP;
            search.setPrefWidth(Math.max(SEARCH_MIN_WIDTH, Math.min(whole, room)));
        };
        bar.widthProperty().addListener(fit);
        search.promptTextProperty().addListener(fit);
        search.fontProperty().addListener(fit);
        search.insetsProperty().addListener(fit);
        bar.getItems().stream().filter(item -> item != search).forEach(item -> {
            item.managedProperty().addListener(fit);
            item.layoutBoundsProperty().addListener(fit); // a text that changes its width ("2 of 5")
        });
    }
}
