package io.brokerlab.app.topics;

import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Dialog;
import javafx.stage.Screen;
import javafx.stage.Window;

/**
 * A shown dialog's window fitted to the height its content needs now (a message that wraps to more lines, a section
 * expanded), within its screen, moved up as far as it must to stay on it. In the next pulse, once the change that
 * asked (a label's new text) is in the content, so the new lines are measured. Nothing when the dialog is not
 * showing. FX thread.
 */
final class DialogHeight {

    private DialogHeight() {
    }

    /**
     * Only taller: for what changes as the user types, since a window that shrinks and grows at each keystroke would
     * jump under the pointer.
     */
    static void grow(Dialog<?> dialog) {
        Platform.runLater(() -> fit(dialog, false));
    }

    /** Taller or shorter: for what the user opened or closed on purpose (a section collapsed, a line removed). */
    static void fit(Dialog<?> dialog) {
        Platform.runLater(() -> fit(dialog, true));
    }

    private static void fit(Dialog<?> dialog, boolean shorter) {
        Scene scene = dialog.getDialogPane().getScene();
        Window window = scene == null ? null : scene.getWindow();
        if (window == null || !window.isShowing()) {
            return;
        }
        double missing = scene.getRoot().prefHeight(scene.getWidth()) - scene.getHeight();
        if (missing == 0 || missing < 0 && !shorter) {
            return;
        }
        Rectangle2D screen = screenOf(window);
        double height = Math.min(window.getHeight() + missing, screen.getHeight());
        window.setHeight(height);
        if (window.getY() + height > screen.getMaxY()) {
            window.setY(Math.max(screen.getMinY(), screen.getMaxY() - height));
        }
    }

    private static Rectangle2D screenOf(Window window) {
        var screens = Screen.getScreensForRectangle(window.getX(), window.getY(), window.getWidth(),
                window.getHeight());
        return (screens.isEmpty() ? Screen.getPrimary() : screens.get(0)).getVisualBounds();
    }
}
