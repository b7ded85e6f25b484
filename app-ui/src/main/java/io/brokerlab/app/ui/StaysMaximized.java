package io.brokerlab.app.ui;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.event.EventHandler;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * A maximized window maximized again once the modal dialogs over it have closed. JavaFX 21's GTK glass disables the
 * windows a modal dialog blocks by fixing their size (minimum = maximum = the size they had before they were
 * maximized); a window manager such as openbox takes a window that can no longer be resized out of its maximized
 * state, so every dialog (wizard, New topic, confirmations, the system's folder chooser) left the main window at its
 * normal size (JDK-8332222, fixed in later JavaFX glass, which leaves a maximized window's size alone). Maximizing
 * again while the dialog is still open does not stick: the window manager refuses a window of fixed size. With no
 * window manager, or one that keeps such windows maximized, nothing changes. FX thread.
 */
public final class StaysMaximized {

    private final Stage stage;
    /** The modal windows (or system dialogs) now open that block {@link #stage}. */
    private final Set<Object> blocking = new HashSet<>();
    /** The stage was maximized when the first of them opened. */
    private boolean maximizedBefore;

    private StaysMaximized(Stage stage) {
        this.stage = stage;
    }

    /** From now until {@code stage} is hidden, for the dialogs that show as windows of JavaFX. */
    public static StaysMaximized across(Stage stage) {
        StaysMaximized keeper = new StaysMaximized(stage);
        ListChangeListener<Window> watcher = change -> {
            while (change.next()) {
                change.getRemoved().forEach(keeper::closed);
                change.getAddedSubList().forEach(keeper::opened);
            }
        };
        Window.getWindows().addListener(watcher);
        // the list is global: left there, it would keep the stage alive after it closed
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, new EventHandler<>() {
            @Override
            public void handle(WindowEvent event) {
                Window.getWindows().removeListener(watcher);
                stage.removeEventHandler(WindowEvent.WINDOW_HIDDEN, this);
            }
        });
        return keeper;
    }

    /**
     * Shows a dialog that is no window of JavaFX, so never in its list of windows, yet blocks the stage just the
     * same: the system's folder and file choosers ({@code chooser.showDialog(stage)}). Returns what it returns.
     */
    public <T> T around(Supplier<T> dialog) {
        Object shown = new Object();
        blocked(shown);
        try {
            return dialog.get();
        } finally {
            closed(shown);
        }
    }

    private void opened(Window window) {
        if (window != stage && blocks(window)) {
            blocked(window);
        }
    }

    private void blocked(Object dialog) {
        if (blocking.isEmpty()) {
            maximizedBefore = stage.isMaximized();
        }
        blocking.add(dialog);
    }

    private void closed(Object dialog) {
        if (blocking.remove(dialog) && blocking.isEmpty() && maximizedBefore) {
            maximizedBefore = false;
            // the stage is enabled again as the dialog hides, but asked at once (seen under openbox) the window
            // manager still finds it of fixed size and refuses, while the stage believes itself maximized; asked
            // once the hiding is done, it sticks
            Platform.runLater(() -> {
                if (stage.isShowing() && !stage.isMaximized() && !stage.isIconified()) {
                    stage.setMaximized(true);
                }
            });
        }
    }

    /** An application-modal window blocks every other; a window-modal one its owners. */
    private boolean blocks(Window window) {
        if (!(window instanceof Stage dialog)) {
            return false;
        }
        if (dialog.getModality() == Modality.APPLICATION_MODAL) {
            return true;
        }
        if (dialog.getModality() == Modality.WINDOW_MODAL) {
            for (Window owner = dialog.getOwner(); owner != null;
                 owner = owner instanceof Stage s ? s.getOwner() : null) {
                if (owner == stage) {
                    return true;
                }
            }
        }
        return false;
    }
}
