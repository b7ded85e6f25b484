package io.brokerlab.app;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * The desktop app, on the workspace {@link AppArguments#workspaceToOpen} names; a folder that is no workspace yet
 * offers the create wizard.
 */
public final class BrokerlabApp extends Application {

    /** The window of the running app, for UI tests and screenshots. */
    static volatile MainWindow window;

    @Override
    public void start(Stage stage) {
        UncaughtErrors.installOnFxThread(stage);
        AppSettings settings = AppSettings.forUser();
        AppArguments arguments;
        try {
            arguments = AppArguments.parse(getParameters().getRaw());
        } catch (IllegalArgumentException e) {
            System.err.println("brokerlab: " + e.getMessage());
            Platform.exit();
            return;
        }
        Path dir = arguments.workspaceToOpen(System.getenv(), settings.lastWorkspace());
        window = new MainWindow(stage, settings, dir);
        stage.show();
    }

    /**
     * However the app ends (the window closed, Platform.exit, the OS ending the session): its watchers, clients and
     * timers end with it. Closing the window has done this already; a second close does nothing.
     */
    @Override
    public void stop() {
        if (window != null) {
            window.session().close();
        }
    }

    public static MainWindow window() {
        return window;
    }
}
