package io.brokerlab.app;

import io.brokerlab.app.ui.Png;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.NodeQueryUtils;
import org.testfx.util.WaitForAsyncUtils;

/** Starts the real app headless (Monocle) on a workspace folder and takes screenshots of it. */
public final class UiTestSupport {

    private static javafx.application.Application app;
    private static String realHome;

    private UiTestSupport() {
    }

    public static MainWindow launch(Path workspace, boolean dark) throws Exception {
        forgetEarlierRuns();
        pretendHomeAbove(workspace);
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(BrokerlabApp.class, "--workspace", workspace.toString());
        MainWindow window = BrokerlabApp.window();
        onFx(() -> {
            window.setDark(dark);
            window.stage().setX(0);
            window.stage().setY(0);
            window.stage().setWidth(1400);
            window.stage().setHeight(900);
        });
        // the window opens a workspace on a background thread
        if (io.brokerlab.launcher.workspace.Workspace.isWorkspace(workspace)) {
            waitFor(30, "the workspace to open", () -> window.session().connectionProperty().get() != null);
        }
        return window;
    }

    /**
     * Each launch starts as on a fresh machine: what an earlier run remembered (recent connections to clusters long
     * gone, the last workspace) must not steer this one. Only the test node the build names is cleared, never a user's.
     */
    private static void forgetEarlierRuns() throws BackingStoreException {
        if (System.getProperty("brokerlab.prefs") != null) {
            Preferences remembered = AppSettings.userNode();
            remembered.removeNode();
            remembered.flush();
        }
    }

    public static void close(MainWindow window) throws Exception {
        if (window != null) {
            onFx(() -> window.session().close());
        }
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            app = null;
        }
        FxToolkit.cleanupStages();
        restoreHome();
    }

    /**
     * Screenshots show paths as a user sees them, {@code ~/lab}, not {@code /tmp/junit-8731…/lab}: the app shortens
     * paths under the home folder. Preferences stay in the real home (their root is fixed here before it moves).
     */
    public static void pretendHomeAbove(Path workspace) {
        if (System.getProperty("brokerlab.screenshots") == null || realHome != null) {
            return;
        }
        realHome = System.getProperty("user.home");
        if (System.getProperty("java.util.prefs.userRoot") == null) {
            System.setProperty("java.util.prefs.userRoot", realHome);
        }
        System.setProperty("user.home", workspace.toAbsolutePath().getParent().toString());
    }

    public static void restoreHome() {
        if (realHome != null) {
            System.setProperty("user.home", realHome);
            realHome = null;
        }
    }

    /**
     * As WindowAppearance gives a dialog the window's text size: only as its window shows, after JavaFX measured it.
     * Add it to {@link javafx.stage.Window#getWindows()} and remove it afterwards.
     */
    public static javafx.collections.ListChangeListener<javafx.stage.Window> textSizeAsShown(double fontSize) {
        return change -> {
            while (change.next()) {
                for (javafx.stage.Window w : change.getAddedSubList()) {
                    if (w instanceof javafx.stage.Stage dialog
                            && dialog.getScene().getRoot() instanceof javafx.scene.control.DialogPane) {
                        dialog.getScene().getStylesheets().add(MainWindow.class.getResource("app.css").toExternalForm());
                        dialog.getScene().getRoot().setStyle("-fx-font-size: " + fontSize + "px;");
                        io.brokerlab.app.ui.DialogFit.fit(dialog, fontSize);
                    }
                }
            }
        };
    }

    public static void onFx(Runnable action) {
        WaitForAsyncUtils.waitForAsyncFx(10_000, action);
    }

    /**
     * Clicks the first visible node matching {@code query}. TestFX's own {@code clickOn(query)} measures the node's
     * bounds on the test thread, which races layout on the FX thread (seen in CI: IndexOutOfBoundsException in
     * Parent.updateCachedBounds); here the node is found and measured on the FX thread, and only the click is not.
     */
    public static FxRobot click(FxRobot robot, String query) {
        return click(robot, query, MouseButton.PRIMARY);
    }

    /** As {@link #click(FxRobot, String)}, with the secondary button: a context menu. */
    public static FxRobot rightClick(FxRobot robot, String query) {
        return click(robot, query, MouseButton.SECONDARY);
    }

    private static FxRobot click(FxRobot robot, String query, MouseButton button) {
        AtomicReference<Point2D> center = new AtomicReference<>();
        AtomicReference<javafx.stage.Window> window = new AtomicReference<>();
        waitFor(10, "a visible " + query, () -> robot.lookup(query).match(NodeQueryUtils.isVisible()).tryQuery()
                .map(node -> {
                    // where the next pulse draws it: a change just made (a label shown or hidden above it) is not
                    // laid out yet, and a click at the old place misses (seen in CI)
                    node.getScene().getRoot().applyCss();
                    node.getScene().getRoot().layout();
                    Bounds bounds = node.localToScreen(node.getBoundsInLocal());
                    center.set(new Point2D(bounds.getCenterX(), bounds.getCenterY()));
                    window.set(node.getScene().getWindow());
                    return true;
                }).orElse(false));
        // typing after the click goes to the target window, as with TestFX's own clickOn(query)
        robot.targetWindow(window.get());
        robot.clickOn(center.get(), button);
        return robot;
    }

    /**
     * Whether the last item of the list or table {@code query} is drawn inside it: what Follow promises. FX thread
     * (call it inside {@link #waitFor}).
     */
    public static boolean showsItsLastItem(javafx.scene.Scene scene, String query) {
        javafx.scene.control.Control view = (javafx.scene.control.Control) scene.lookup(query);
        int last = (view instanceof javafx.scene.control.ListView<?> list ? list.getItems()
                : ((javafx.scene.control.TableView<?>) view).getItems()).size() - 1;
        Bounds inside = view.localToScene(view.getLayoutBounds());
        return last >= 0 && view.lookupAll(".indexed-cell").stream()
                .map(n -> (javafx.scene.control.IndexedCell<?>) n)
                .filter(cell -> cell.isVisible() && !cell.isEmpty() && cell.getIndex() == last)
                .map(cell -> cell.localToScene(cell.getLayoutBounds()))
                .anyMatch(drawn -> drawn.getMinY() >= inside.getMinY() && drawn.getMaxY() <= inside.getMaxY() + 1);
    }

    /** Waits for a condition checked on the FX thread. */
    public static void waitFor(long seconds, String what, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () ->
                    WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out after " + seconds + " s waiting for " + what + "; on screen: "
                    + onScreen(), e);
        }
    }

    /** The texts of every open window's labels, to see an error dialog in a failure message. */
    static String onScreen() {
        try {
            return WaitForAsyncUtils.asyncFx(() -> {
                StringBuilder text = new StringBuilder();
                for (javafx.stage.Window w : javafx.stage.Window.getWindows()) {
                    text.append("\n[window] ");
                    if (w.getScene() != null) {
                        w.getScene().getRoot().lookupAll(".label").forEach(n -> {
                            String t = ((javafx.scene.control.Labeled) n).getText();
                            if (t != null && !t.isBlank() && n.isVisible()) {
                                text.append(t.replace('\n', ' ')).append(" | ");
                            }
                        });
                    }
                }
                return text.toString();
            }).get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            return "(cannot read the screen: " + e + ")";
        }
    }

    /** Writes {@code <name>-light.png} or {@code -dark.png} of the whole window to the screenshots folder. */
    public static void screenshot(MainWindow window, String name) {
        String dir = System.getProperty("brokerlab.screenshots");
        if (dir == null) {
            return;
        }
        WaitForAsyncUtils.waitForFxEvents();
        screenshot(window.scene(), name + (window.dark() ? "-dark" : "-light"));
    }

    /** Writes {@code <name>.png} of any scene (e.g. a dialog's). */
    public static void screenshot(javafx.scene.Scene scene, String name) {
        String dir = System.getProperty("brokerlab.screenshots");
        if (dir == null) {
            return;
        }
        WaitForAsyncUtils.waitForFxEvents();
        Path file = Path.of(dir, name + ".png");
        onFx(() -> {
            WritableImage image = scene.snapshot(null);
            try {
                Png.write(image, file);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    /** Screenshots in both themes, then back to the theme it had. */
    public static void screenshots(MainWindow window, String name) {
        boolean was = window.dark();
        for (boolean dark : new boolean[] {false, true}) {
            onFx(() -> window.setDark(dark));
            WaitForAsyncUtils.waitForFxEvents();
            screenshot(window, name);
        }
        onFx(() -> window.setDark(was));
    }

    /**
     * {@code <name>-light.png} and {@code -dark.png} of the window with the context menu open on it drawn in: a
     * scene's snapshot leaves out popups, which are windows of their own.
     */
    public static void screenshotsWithMenu(MainWindow window, String name) {
        if (System.getProperty("brokerlab.screenshots") == null) {
            return;
        }
        boolean was = window.dark();
        for (boolean dark : new boolean[] {false, true}) {
            onFx(() -> window.setDark(dark));
            WaitForAsyncUtils.waitForFxEvents();
            Path file = Path.of(System.getProperty("brokerlab.screenshots"), name + (dark ? "-dark" : "-light") + ".png");
            onFx(() -> {
                javafx.scene.Scene scene = window.scene();
                WritableImage image = scene.snapshot(null);
                // drawn over the window's image, so the menu's shadow blends as on a screen
                javafx.scene.canvas.Canvas both = new javafx.scene.canvas.Canvas(image.getWidth(), image.getHeight());
                both.getGraphicsContext2D().drawImage(image, 0, 0);
                // the menu's own nodes on a transparent ground: its scene's snapshot fills the shadow's room white
                javafx.scene.SnapshotParameters clear = new javafx.scene.SnapshotParameters();
                clear.setFill(javafx.scene.paint.Color.TRANSPARENT);
                javafx.stage.Window.getWindows().stream()
                        .filter(w -> w instanceof javafx.scene.control.ContextMenu && w.isShowing())
                        .forEach(menu -> {
                            javafx.scene.Parent root = menu.getScene().getRoot();
                            javafx.geometry.Bounds at = root.getBoundsInParent();
                            both.getGraphicsContext2D().drawImage(root.snapshot(clear, null),
                                    menu.getX() + menu.getScene().getX() + at.getMinX() - scene.getWindow().getX()
                                            - scene.getX(),
                                    menu.getY() + menu.getScene().getY() + at.getMinY() - scene.getWindow().getY()
                                            - scene.getY());
                        });
                javafx.scene.SnapshotParameters opaque = new javafx.scene.SnapshotParameters();
                try {
                    Png.write(both.snapshot(opaque, null), file);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
        onFx(() -> window.setDark(was));
    }

    /** {@code <name>-light.png} and {@code -dark.png} of a dialog of the window (the theme is the app's, global). */
    public static void screenshots(MainWindow window, javafx.scene.Scene dialog, String name) {
        boolean was = window.dark();
        for (boolean dark : new boolean[] {false, true}) {
            onFx(() -> window.setDark(dark));
            WaitForAsyncUtils.waitForFxEvents();
            screenshot(dialog, name + (dark ? "-dark" : "-light"));
        }
        onFx(() -> window.setDark(was));
    }

    static void runLater(Runnable r) {
        Platform.runLater(r);
    }
}
