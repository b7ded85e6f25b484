package io.brokerlab.app.ui;

import javafx.application.Platform;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * Sizes a window once more after it is shown. Under a window manager (seen with openbox on X11 and JavaFX 21's GTK
 * glass) the size asked for before the window is mapped is lost: the window comes up at GTK's default size, clamped
 * to the minimum size, so the main window opened at 960 × 600 whatever was saved and the wizard at a fraction of its
 * width. The same request made on the pulse after showing sticks; with no window manager it changes nothing.
 */
public final class ShownSize {

    private ShownSize() {
    }

    /** Runs {@code size} (which sets the window's bounds) on the pulse after {@code window} is first shown. */
    public static void reapply(Window window, Runnable size) {
        EventHandler<WindowEvent> once = new EventHandler<>() {
            @Override
            public void handle(WindowEvent event) {
                window.removeEventHandler(WindowEvent.WINDOW_SHOWN, this);
                Platform.runLater(size);
            }
        };
        window.addEventHandler(WindowEvent.WINDOW_SHOWN, once);
    }

    /** A dialog at its preferred size, centred on its owner (within the screen) as it was meant to open. */
    public static void reapplyPreferred(Window dialog) {
        reapply(dialog, () -> {
            // sizeToScene keeps the size the scene already has; the root's preferred size is what was asked for,
            // plus what decorations the window's size includes (none while the scene has not caught up yet)
            Scene scene = dialog.getScene();
            double width = scene.getRoot().prefWidth(-1);
            dialog.setWidth(width + Math.max(0, dialog.getWidth() - scene.getWidth()));
            dialog.setHeight(scene.getRoot().prefHeight(width) + Math.max(0, dialog.getHeight() - scene.getHeight()));
            DialogFit.place(dialog, dialog.getWidth(), dialog.getHeight());
        });
    }
}
