package io.brokerlab.app.ui;

import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.input.MouseEvent;

/**
 * Whether the user has taken hold of a split pane's divider: a divider the app places for its content (the cards above
 * the log, the replica map below the partitions) is the user's once dragged, and placed no more. FX thread.
 */
public final class DraggedDivider {

    private DraggedDivider() {
    }

    /** True from the first press on one of {@code pane}'s dividers on. */
    public static BooleanSupplier of(SplitPane pane) {
        boolean[] dragged = {false};
        pane.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> dragged[0] |= onDivider(pane, e));
        return () -> dragged[0];
    }

    /** Whether {@code e} is on one of {@code pane}'s dividers (a drag's release too: it goes where the press went). */
    static boolean onDivider(SplitPane pane, MouseEvent e) {
        for (Node at = e.getTarget() instanceof Node n ? n : null; at != null && at != pane; at = at.getParent()) {
            if (at.getStyleClass().contains("split-pane-divider")) {
                return true;
            }
        }
        return false;
    }
}
