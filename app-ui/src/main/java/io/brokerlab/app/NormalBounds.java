package io.brokerlab.app;

import javafx.beans.InvalidationListener;
import javafx.geometry.Rectangle2D;
import javafx.stage.Stage;

/**
 * The window's place and size while it is neither maximized nor minimized: what closing remembers, so that a window
 * closed maximized opens maximized again over the size it had before, not over one left by an earlier run. A stage
 * sets its maximized (or iconified) flag before it moves the window, so the moves of maximizing are not taken.
 */
final class NormalBounds {

    private Rectangle2D bounds;

    /** From now on; the stage's current place and size count as normal. FX thread. */
    NormalBounds(Stage stage) {
        bounds = of(stage);
        InvalidationListener moved = o -> {
            if (!stage.isMaximized() && !stage.isIconified()) {
                bounds = of(stage);
            }
        };
        stage.xProperty().addListener(moved);
        stage.yProperty().addListener(moved);
        stage.widthProperty().addListener(moved);
        stage.heightProperty().addListener(moved);
    }

    private static Rectangle2D of(Stage stage) {
        return new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
    }

    Rectangle2D bounds() {
        return bounds;
    }
}
