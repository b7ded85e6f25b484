package io.brokerlab.app;

import io.brokerlab.app.ui.Dialogs;
import java.io.PrintStream;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Window;

/**
 * What the FX thread does with an exception nothing caught: the app's error dialog instead of a trace on a stderr no
 * user of a desktop app sees (the trace still goes there, and behind the dialog's details). One dialog at a time: an
 * exception that repeats every pulse must not bury the window under dialogs.
 */
final class UncaughtErrors implements Thread.UncaughtExceptionHandler {

    /** Shows {@code error}; runs {@code closed} when the user has dismissed it. */
    interface Shower {
        void show(Throwable error, Runnable closed);
    }

    private final Executor later;
    private final Shower shower;
    private final PrintStream log;
    /** FX thread only. */
    private boolean showing;

    UncaughtErrors(Executor later, Shower shower, PrintStream log) {
        this.later = later;
        this.shower = shower;
        this.log = log;
    }

    /** Makes the calling thread, the FX application thread, show its uncaught exceptions over {@code owner}. */
    static void installOnFxThread(Window owner) {
        Thread.currentThread().setUncaughtExceptionHandler(new UncaughtErrors(Platform::runLater, (error, closed) -> {
            Alert alert = Dialogs.error(owner, "Something went wrong inside Brokerlab", error);
            alert.setOnHidden(e -> closed.run());
            alert.show();
        }, System.err));
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        log.println("brokerlab: uncaught on " + thread.getName());
        error.printStackTrace(log);
        if (showing) {
            return;
        }
        // stays set if showing fails: that failure comes back here and must not loop
        showing = true;
        // later, outside whatever pulse or layout pass threw
        later.execute(() -> shower.show(error, () -> showing = false));
    }
}
