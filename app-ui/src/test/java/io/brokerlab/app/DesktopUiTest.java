package io.brokerlab.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.brokerlab.app.cluster.ClusterView;
import io.brokerlab.launcher.config.NodeId;
import io.brokerlab.launcher.testing.TestClusters;
import io.brokerlab.launcher.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * What a desktop app is expected to do between runs and from the keyboard: the real app, headless. It changes what
 * the app remembers, so it remembers in a preferences node of its own, removed afterwards: the other UI tests keep
 * their theme and font size.
 */
class DesktopUiTest {

    private static final String PREFS = "io/brokerlab/app-test-desktop";

    @TempDir
    Path temp;

    private Application app;
    private final FxRobot robot = new FxRobot();
    private String sharedPrefs;

    @BeforeEach
    void ownPreferences() throws Exception {
        sharedPrefs = System.getProperty("brokerlab.prefs");
        System.setProperty("brokerlab.prefs", PREFS);
        Preferences.userRoot().node(PREFS).removeNode();
    }

    @AfterEach
    void close() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
        UiTestSupport.restoreHome();
        Preferences.userRoot().node(PREFS).removeNode();
        if (sharedPrefs == null) {
            System.clearProperty("brokerlab.prefs");
        } else {
            System.setProperty("brokerlab.prefs", sharedPrefs);
        }
    }

    @Test
    void remembersSizePositionThemeFontAndWorkspaceFromTheKeyboard() throws Exception {
        Workspace ws = TestClusters.workspace(temp.resolve("remembered"), 1, 1);
        MainWindow first = openOn(ws);
        UiTestSupport.onFx(() -> {
            first.setDark(false);
            first.stage().setX(60);
            first.stage().setY(40);
            first.stage().setWidth(1180);
            first.stage().setHeight(760);
        });
        String fontBefore = fontOf(first);
        assertThat(themeToggle()).as("in the light theme: the dark one, a moon").isEqualTo("MOON Dark theme (Ctrl+T)");

        robot.targetWindow(first.stage());
        robot.push(KeyCode.CONTROL, KeyCode.T);          // theme
        robot.push(KeyCode.CONTROL, KeyCode.EQUALS);     // larger text, twice
        robot.push(KeyCode.CONTROL, KeyCode.EQUALS);
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT3);     // the third view

        UiTestSupport.waitFor(10, "the keys applied", () -> first.dark() && !fontOf(first).equals(fontBefore)
                && selectedView(first).equals("Topics"));
        // the keyboard went into the view: the next Tab moves inside it, not from the window's top again
        UiTestSupport.waitFor(5, "the focus in the Topics view", () -> {
            Node root = first.views().stream().filter(v -> v.title().equals("Topics")).findFirst().orElseThrow().root();
            for (Node at = first.scene().getFocusOwner(); at != null; at = at.getParent()) {
                if (at == root) {
                    return true;
                }
            }
            return false;
        });
        String font = fontOf(first);
        assertThat(themeToggle()).as("in the dark theme: the light one, a sun").isEqualTo("SUN Light theme (Ctrl+T)");
        closeByTheUser(first);
        FxToolkit.cleanupApplication(app);
        app = null;

        MainWindow second = start();
        UiTestSupport.waitFor(30, "the last workspace to open", () -> second.session().connectionProperty().get() != null);
        AtomicReference<String> seen = new AtomicReference<>();
        UiTestSupport.onFx(() -> seen.set(second.stage().getX() + "," + second.stage().getY() + " "
                + second.stage().getWidth() + "x" + second.stage().getHeight() + " dark=" + second.dark()
                + " " + fontOf(second) + " " + second.session().workspaceProperty().get().dir()));
        assertThat(seen.get()).isEqualTo("60.0,40.0 1180.0x760.0 dark=true " + font + " " + ws.dir());
    }

    @Test
    void upAndDownInTheSidebarOpenTheViewTheyMoveTo() throws Exception {
        Workspace ws = TestClusters.workspace(temp.resolve("sidebar"), 1, 1);
        MainWindow window = openOn(ws);
        robot.targetWindow(window.stage());
        robot.clickOn("#nav-topics");
        robot.push(KeyCode.DOWN);
        UiTestSupport.waitFor(10, "the view below Topics", () -> shownView(window).equals("Console")
                && selectedView(window).equals("Console"));
        robot.push(KeyCode.UP);
        robot.push(KeyCode.UP);
        UiTestSupport.waitFor(10, "two views up", () -> shownView(window).equals("Properties")
                && selectedView(window).equals("Properties"));
        AtomicReference<Boolean> focused = new AtomicReference<>();
        UiTestSupport.onFx(() -> focused.set(window.stage().getScene().lookup("#nav-properties").isFocused()));
        assertThat(focused.get()).as("the focus moves with the view").isTrue();
    }

    @Test
    void aWindowClosedMaximizedRemembersTheSizeItHadBeforeMaximizing() throws Exception {
        Workspace ws = TestClusters.workspace(temp.resolve("maximized"), 1, 1);
        MainWindow first = openOn(ws);
        UiTestSupport.onFx(() -> {
            first.stage().setX(70);
            first.stage().setY(50);
            first.stage().setWidth(1100);
            first.stage().setHeight(700);
            first.stage().setMaximized(true);
        });
        UiTestSupport.waitFor(10, "the window maximized", () -> first.stage().isMaximized());
        closeByTheUser(first);

        AppSettings remembered = AppSettings.forUser();
        assertThat(remembered.maximized()).isTrue();
        assertThat(remembered.windowBounds()).as("the size to restore, not the maximized one or an older one")
                .contains(new javafx.geometry.Rectangle2D(70, 50, 1100, 700));
    }

    /**
     * Under openbox a modal dialog took the maximized window out of its maximized state (JavaFX 21's GTK glass fixes
     * a disabled window's size); headless, this test does what the window manager did as the wizard shows.
     */
    @Test
    void aMaximizedWindowIsMaximizedAgainAfterTheWizardClosed() throws Exception {
        Workspace ws = TestClusters.workspace(temp.resolve("maximized-wizard"), 1, 1);
        MainWindow window = openOn(ws);
        javafx.collections.ListChangeListener<javafx.stage.Window> windowManager = change -> {
            while (change.next()) {
                if (change.getAddedSubList().stream().anyMatch(w -> w != window.stage() && w instanceof Stage)) {
                    javafx.application.Platform.runLater(() -> window.stage().setMaximized(false));
                }
            }
        };
        UiTestSupport.onFx(() -> {
            window.stage().setMaximized(true);
            javafx.stage.Window.getWindows().addListener(windowManager);
        });
        try {
            robot.targetWindow(window.stage());
            robot.push(KeyCode.CONTROL, KeyCode.N);
            UiTestSupport.waitFor(10, "the wizard, and the window restored under it", () ->
                    robot.lookup("#wizard-create").tryQuery().isPresent() && !window.stage().isMaximized());
            UiTestSupport.onFx(() -> {
                javafx.stage.Window.getWindows().removeListener(windowManager);
                ((Stage) robot.lookup("#wizard-create").query().getScene().getWindow()).close();
            });
            UiTestSupport.waitFor(10, "the window maximized again", () -> window.stage().isMaximized());
        } finally {
            UiTestSupport.onFx(() -> javafx.stage.Window.getWindows().removeListener(windowManager));
        }
    }

    @Test
    void atAProjectorsFontSizeEveryViewKeepsItsMainActionOnScreen() throws Exception {
        // an unresolved colour of a stylesheet: a warning in the user's terminal
        try (CssWarnings css = CssWarnings.collect()) {
            everyViewAtAProjectorsFontSize();
            assertThat(css.warnings()).isEmpty();
        }
    }

    private void everyViewAtAProjectorsFontSize() throws Exception {
        Workspace ws = TestClusters.workspace(temp.resolve("lab"), 1, 3);
        UiTestSupport.pretendHomeAbove(ws.dir());
        MainWindow window = openOn(ws);
        UiTestSupport.onFx(() -> {
            window.stage().setWidth(1400);
            window.stage().setHeight(900);
        });
        robot.targetWindow(window.stage());
        for (int i = 0; i < 4; i++) {
            robot.push(KeyCode.CONTROL, KeyCode.EQUALS);    // 2 px a step from 14
        }
        UiTestSupport.waitFor(10, "22 px text", () -> fontOf(window).contains("22"));
        // icons grow with the text: the theme's 18 px at 14 px text, 28 px at 22 px
        UiTestSupport.waitFor(10, "28 px icons", () -> window.scene().getRoot().lookupAll(".nav-button .ikonli-font-icon")
                .stream().allMatch(icon -> ((org.kordamp.ikonli.javafx.FontIcon) icon).getIconSize() == 28));
        everyViewShowsItsMainActionAndTheStatusBar(window, () -> UiTestSupport.screenshot(window.scene(),
                "cluster-projector"));
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT3);
        UiTestSupport.waitFor(10, "the replica map's legend whole (wrapped, not cut) at 22 px", () -> {
            javafx.scene.layout.Pane legend = (javafx.scene.layout.Pane) window.scene().lookup("#replica-legend");
            return legend != null && legend.isVisible() && legend.getChildren().stream().allMatch(item -> {
                javafx.scene.control.Label label = (javafx.scene.control.Label) item;
                return label.getWidth() > 0 && label.getWidth() >= label.prefWidth(-1) - 0.5 && onScreen(window, label);
            });
        });
        // Ctrl+0, as in browsers: the usual size again
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT0);
        UiTestSupport.waitFor(10, "14 px text again", () -> fontOf(window).contains("14"));
    }

    /**
     * The smallest window the app allows (a small laptop's screen): no view is taller than it, so none pushes the
     * status bar off the bottom, and each keeps its main action on screen.
     */
    @Test
    void atTheSmallestWindowEveryViewFitsWithItsMainActionAndTheStatusBar() throws Exception {
        Workspace ws = TestClusters.workspace(temp.resolve("small"), 1, 3);
        UiTestSupport.pretendHomeAbove(ws.dir());
        MainWindow window = openOn(ws);
        UiTestSupport.onFx(() -> {
            window.stage().setWidth(WindowPlacement.MIN_WIDTH);
            window.stage().setHeight(WindowPlacement.MIN_HEIGHT);
        });
        robot.targetWindow(window.stage());
        everyViewShowsItsMainActionAndTheStatusBar(window, () -> { });
    }

    /**
     * With many nodes the last broker, selected by default as the node a failover demo kills, lies below the fold.
     * The cards open at the top all the same, ZooKeeper first, and the kill key asks before killing a node out of
     * view. A card selected from elsewhere (a notice's Show log) is scrolled into view, and kept there when the
     * window shrinks.
     */
    @Test
    void aLargeClusterOpensAtTheTopAndASelectedCardStaysInViewAsTheWindowShrinks() throws Exception {
        Workspace ws = TestClusters.workspace(temp.resolve("large"), 5, 9);
        UiTestSupport.pretendHomeAbove(ws.dir());
        AppSettings.forUser().windowBounds(40, 40, 1100, 700);
        MainWindow window = openOn(ws);
        ClusterView cluster = window.views().stream().filter(ClusterView.class::isInstance)
                .map(ClusterView.class::cast).findFirst().orElseThrow();
        UiTestSupport.waitFor(10, "zk-1's card whole in view as the workspace opens",
                () -> wholeInTheCardsView(window, "#card-zk-1"));
        UiTestSupport.onFx(() -> assertThat(cluster.nodeInSight()).as("broker-9, selected, below the fold").isEmpty());
        // a laptop's 1280 px: two cards side by side, not one and a half cards in view
        UiTestSupport.onFx(() -> {
            window.stage().setWidth(1280);
            window.stage().setHeight(720);
        });
        UiTestSupport.waitFor(10, "zk-1 and zk-2 side by side at 1280 px", () -> {
            javafx.scene.Node first = window.scene().lookup("#card-zk-1");
            javafx.scene.Node second = window.scene().lookup("#card-zk-2");
            return first.getLayoutY() == second.getLayoutY() && second.getLayoutX() > first.getLayoutX();
        });

        UiTestSupport.onFx(() -> cluster.showLog(NodeId.broker(9)));
        UiTestSupport.waitFor(10, "broker-9's card whole in view once its log is asked for",
                () -> wholeInTheCardsView(window, "#card-broker-9"));
        UiTestSupport.onFx(() -> assertThat(cluster.nodeInSight()).contains(NodeId.broker(9)));
        UiTestSupport.onFx(() -> {
            window.stage().setWidth(WindowPlacement.MIN_WIDTH);
            window.stage().setHeight(WindowPlacement.MIN_HEIGHT);
        });
        UiTestSupport.waitFor(10, "broker-9's card whole in view in the smallest window",
                () -> wholeInTheCardsView(window, "#card-broker-9"));
    }

    private static boolean wholeInTheCardsView(MainWindow window, String card) {
        javafx.scene.Node node = window.scene().getRoot().lookup(card);
        javafx.scene.Node scroll = node == null ? null : node.getParent().getParent();
        while (scroll != null && !(scroll instanceof javafx.scene.control.ScrollPane)) {
            scroll = scroll.getParent();
        }
        if (scroll == null || node.getLayoutBounds().getHeight() <= 0) {
            return false;
        }
        javafx.geometry.Bounds viewport = scroll.lookup(".viewport").localToScene(
                scroll.lookup(".viewport").getLayoutBounds());
        javafx.geometry.Bounds at = node.localToScene(node.getLayoutBounds());
        return at.getMinY() >= viewport.getMinY() - 0.5 && at.getMaxY() <= viewport.getMaxY() + 0.5;
    }

    /** Each view in turn, by its shortcut: its main action and the status bar inside the window. */
    private void everyViewShowsItsMainActionAndTheStatusBar(MainWindow window, Runnable onClusterView) {
        // a toolbar too narrow for its items moves the last ones into its overflow menu, out of the scene
        // Charts: all four charts, none pushed below the window by the larger titles and axes
        String[][] actions = {{"1", "#start-all"}, {"2", "#properties-save"}, {"3", "#new-topic"},
                {"4", "#console-send"}, {"5", "#durability-run"}, {"6", "#charts .chart"}, {"7", "#connection-connect"}};
        for (String[] view : actions) {
            robot.push(KeyCode.CONTROL, KeyCode.getKeyCode(view[0]));
            UiTestSupport.waitFor(10, view[1] + " and the status bar on screen in view " + view[0], () -> {
                Set<javafx.scene.Node> main = window.scene().getRoot().lookupAll(view[1]);
                List<javafx.scene.Node> found = new java.util.ArrayList<>(main);
                found.addAll(window.scene().getRoot().lookupAll(".status-bar"));
                return !main.isEmpty() && found.size() > main.size() && found.stream().allMatch(node ->
                        node.isVisible() && node.getScene() == window.scene() && onScreen(window, node));
            });
            if (view[0].equals("1")) {
                onClusterView.run();
            }
        }
    }

    /** Inside the window: the scene is the window's size, and its root can be laid out larger than it. */
    private static boolean onScreen(MainWindow window, javafx.scene.Node node) {
        javafx.geometry.Bounds at = node.localToScene(node.getLayoutBounds());
        return at.getMinX() >= 0 && at.getMinY() >= 0 && at.getMaxX() <= window.scene().getWidth() + 0.5
                && at.getMaxY() <= window.scene().getHeight() + 0.5;
    }

    @Test
    void opensAnotherWorkspaceAndRemembersItButSaysWhenAFolderIsNone() throws Exception {
        Workspace first = TestClusters.workspace(temp.resolve("first"), 1, 1);
        Workspace second = TestClusters.workspace(temp.resolve("second"), 1, 2);
        Path plain = Files.createDirectories(temp.resolve("plain"));
        Files.writeString(plain.resolve("notes.txt"), "not a cluster");
        MainWindow window = openOn(first);

        // what the folder dialog of Ctrl+O hands over
        UiTestSupport.onFx(() -> window.openWorkspace(plain));
        UiTestSupport.waitFor(10, "the error dialog", () -> robot.lookup(".error-dialog").tryQuery().isPresent());
        DialogPane error = robot.lookup(".error-dialog").query();
        assertThat(error.getHeaderText()).isEqualTo("Cannot open " + plain);
        assertThat(error.getContentText()).contains("is not a Brokerlab workspace", "Ctrl+N");
        UiTestSupport.onFx(() -> ((Stage) error.getScene().getWindow()).close());
        assertThat(window.session().workspaceProperty().get().dir()).as("nothing changed").isEqualTo(first.dir());

        UiTestSupport.onFx(() -> window.openWorkspace(second.dir()));
        UiTestSupport.waitFor(30, "the second workspace's cards", () -> robot.lookup("#card-broker-2").tryQuery()
                .isPresent());
        assertThat(window.session().workspaceProperty().get().dir()).isEqualTo(second.dir());
        assertThat(AppSettings.forUser().lastWorkspace()).contains(second.dir());
    }

    private MainWindow openOn(Workspace ws) throws Exception {
        MainWindow window = start("--workspace", ws.dir().toString());
        UiTestSupport.waitFor(30, "the workspace to open", () -> window.session().connectionProperty().get() != null);
        return window;
    }

    private MainWindow start(String... args) throws Exception {
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(BrokerlabApp.class, args);
        return BrokerlabApp.window();
    }

    /** The window's close button: the same request the window manager sends. */
    private static void closeByTheUser(MainWindow window) {
        UiTestSupport.onFx(() -> window.stage().fireEvent(new WindowEvent(window.stage(), WindowEvent.WINDOW_CLOSE_REQUEST)));
        UiTestSupport.waitFor(10, "the window to close", () -> !window.stage().isShowing());
    }

    /** The theme button's icon and tooltip, e.g. "MOON Dark theme (Ctrl+T)". */
    private String themeToggle() {
        AtomicReference<String> seen = new AtomicReference<>();
        UiTestSupport.onFx(() -> {
            javafx.scene.control.Button toggle = robot.lookup("#theme-toggle").queryButton();
            seen.set(((org.kordamp.ikonli.javafx.FontIcon) toggle.getGraphic()).getIconCode() + " "
                    + toggle.getTooltip().getText());
        });
        return seen.get();
    }

    private static String fontOf(MainWindow window) {
        return window.scene().getRoot().getStyle();
    }

    private static String selectedView(MainWindow window) {
        return window.scene().getRoot().lookupAll(".nav-button").stream()
                .filter(n -> n instanceof javafx.scene.control.ToggleButton t && t.isSelected())
                .map(n -> ((javafx.scene.control.ToggleButton) n).getText()).findFirst().orElse("");
    }

    /** The view on screen, whichever sidebar button looks selected. */
    private static String shownView(MainWindow window) {
        return window.views().stream().filter(v -> v.root().getScene() != null).map(AppView::title).findFirst()
                .orElse("");
    }
}
