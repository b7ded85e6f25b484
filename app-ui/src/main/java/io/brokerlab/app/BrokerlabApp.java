package io.brokerlab.app;

import io.brokerlab.launcher.workspace.Workspace;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * The desktop app. Workspace: {@code --workspace DIR}, else the last one opened (if it still is one), else the
 * default folder; a folder that is no workspace yet offers the create wizard.
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
        Path dir = arguments.workspace()
                .or(() -> settings.lastWorkspace().filter(Workspace::isWorkspace))
                .orElseGet(Workspace::defaultDirectory);
        window = new MainWindow(stage, settings, dir);
        stage.show();
    }

    public static MainWindow window() {
        return window;
    }
}
