package io.brokerlab.app.topics;

import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Dialog;
import javafx.stage.Screen;
import javafx.stage.Window;

/**
 * A shown dialog made taller when its content needs more height than it was shown with (a message that wraps to more
 * lines, a section expanded), and moved up as far as it must to stay on its screen. Only taller: a window that shrinks
 * and grows at each keystroke would jump under the user's pointer. FX thread.
 */
final class TallerDialog {

    private TallerDialog() {
    }

    /**
     * Fits {@code dialog} to its content in the next pulse, once the change that called it (a label's new text) is in
     * the content, so the new lines are measured. Nothing when the dialog is not showing.
     */
    static void fit(Dialog<?> dialog) {
        Platform.runLater(() -> {
            Scene scene = dialog.getDialogPane().getScene();
            Window window = scene == null ? null : scene.getWindow();
            if (window == null || !window.isShowing()) {
                return;
            }
            double missing = scene.getRoot().prefHeight(scene.getWidth()) - scene.getHeight();
            if (missing <= 0) {
                return;
            }
            Rectangle2D screen = screenOf(window);
            double height = Math.min(window.getHeight() + missing, screen.getHeight());
            window.setHeight(height);
            if (window.getY() + height > screen.getMaxY()) {
                window.setY(Math.max(screen.getMinY(), screen.getMaxY() - height));
            }
        });
    }

    private static Rectangle2D screenOf(Window window) {
        var screens = Screen.getScreensForRectangle(window.getX(), window.getY(), window.getWidth(),
                window.getHeight());
        return (screens.isEmpty() ? Screen.getPrimary() : screens.get(0)).getVisualBounds();
    }
}
