package io.brokerlab.app.ui;

import javafx.scene.control.SplitPane;
import javafx.scene.input.MouseEvent;

/**
 * A two-part split pane whose parts keep their shares of its width as the window is resized. JavaFX's keeps the first
 * part's width in pixels: a list sized on a projector's 1920 px took three quarters of a laptop's window, its
 * neighbour cut. The share is the app's until the user drags the divider, then the user's. FX thread.
 */
public final class SteadyShare {

    private SteadyShare() {
    }

    /** {@code pane} split at {@code first}, its first part's share of the width, from now on whatever its width. */
    public static void keep(SplitPane pane, double first) {
        double[] share = {first};
        pane.setDividerPositions(first);
        pane.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            if (DraggedDivider.onDivider(pane, e)) {
                share[0] = pane.getDividerPositions()[0];
            }
        });
        pane.widthProperty().addListener((o, was, now) -> pane.setDividerPosition(0, share[0]));
    }
}
