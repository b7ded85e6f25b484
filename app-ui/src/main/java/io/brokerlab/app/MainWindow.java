package io.brokerlab.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import atlantafx.base.theme.Styles;
import io.brokerlab.app.cluster.ClusterView;
import io.brokerlab.app.cluster.ClusterViewModel;
import io.brokerlab.app.cluster.CreateClusterDialog;
import io.brokerlab.app.cluster.CreateClusterViewModel;
import io.brokerlab.app.cluster.StopBeforeClose;
import io.brokerlab.app.cluster.StopBeforeCloseView;
import io.brokerlab.app.properties.PropertiesPage;
import io.brokerlab.app.ui.Dialogs;
import io.brokerlab.app.ui.Failures;
import io.brokerlab.app.ui.HomeRelativePath;
import io.brokerlab.app.ui.IconSizes;
import io.brokerlab.app.ui.NextPulse;
import io.brokerlab.launcher.cluster.LocalCluster;
import io.brokerlab.launcher.workspace.Workspace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.event.EventHandler;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The shell: sidebar of views, header with workspace and theme, status bar, shortcuts and close handling. */
public final class MainWindow {

    private final Stage stage;
    private final AppSettings settings;
    private final Session session = new Session(Platform::runLater, new NextPulse());
    private final List<AppView> views = new ArrayList<>();
    private final List<ToggleButton> navButtons = new ArrayList<>();
    private final StackPane content = new StackPane();
    /** The views, the notices above them, and while the nodes stop before closing, that progress above all. */
    private final StackPane layers = new StackPane(content);
    private final BorderPane root = new BorderPane();
    private final ClusterView clusterView;
    private final ClusterNotices notices;
    /** The right of the status bar: the keys that apply, or for a while why a key did nothing. */
    private final Label keys = new Label();
    private final PauseTransition keysBack = new PauseTransition(Duration.seconds(8));
    private final Scene scene;
    /** Its icon and tooltip are set with the theme: they show the theme a click gives. */
    private final Button themeToggle = iconButton(Feather.MOON, "", this::toggleTheme);
    private boolean dark;
    private double fontSize;
    private String iconSizes;
    private boolean closing;

    public MainWindow(Stage stage, AppSettings settings, Path workspaceDir) {
        this.stage = stage;
        this.settings = settings;
        this.dark = settings.darkTheme();
        this.fontSize = settings.fontSize();
        clusterView = new ClusterView(session, this::showError, this::createCluster, this::open);
        notices = new ClusterNotices(Platform::runLater, session.background(), node -> {
            show(0);
            clusterView.showLog(node);
        });
        views.add(clusterView);
        for (AppView extra : ViewRegistry.extraViews(session, this::showError, this::open)) {
            views.add(extra);
        }
        root.setLeft(sidebar());
        root.setTop(header());
        root.setBottom(statusBar());
        root.getStyleClass().add("app-root");
        scene = new Scene(root, 1400, 900);
        scene.getStylesheets().add(MainWindow.class.getResource("app.css").toExternalForm());
        applyTheme();
        applyFont();
        styleDialogsLikeTheWindow();
        shortcuts();
        stage.setScene(scene);
        stage.setTitle("Brokerlab");
        stage.getIcons().add(new javafx.scene.image.Image(MainWindow.class.getResource("icon.png").toExternalForm()));
        place();
        stage.setMaximized(settings.maximized());
        stage.setOnCloseRequest(this::onCloseRequest);
        session.workspaceProperty().addListener((o, a, ws) -> {
            if (ws != null) {
                settings.lastWorkspace(ws.dir());
            }
        });
        if (session.workspaceProperty().get() != null) {
            settings.lastWorkspace(session.workspaceProperty().get().dir());
        }
        layers.getChildren().add(notices.layer());
        root.setCenter(layers);
        session.addEventListener(notices::nodeEvents);
        session.addClusterEventListener(notices::clusterEvents);
        session.connectionProperty().addListener((o, a, c) -> notices.forget());
        show(0);
        open(workspaceDir);
    }

    /** Where it was left if that is still on a screen, else fitted to the primary screen; never below a usable size. */
    private void place() {
        Rectangle2D primary = Screen.getPrimary().getVisualBounds();
        Rectangle2D bounds = WindowPlacement.fit(settings.windowBounds(), primary,
                Screen.getScreens().stream().map(Screen::getVisualBounds).toList());
        Rectangle2D minimum = WindowPlacement.minimum(primary);
        stage.setMinWidth(minimum.getWidth());
        stage.setMinHeight(minimum.getHeight());
        stage.setX(bounds.getMinX());
        stage.setY(bounds.getMinY());
        stage.setWidth(bounds.getWidth());
        stage.setHeight(bounds.getHeight());
    }

    /** Opens a workspace folder; a folder that cannot be read says why, and the window stays usable. */
    public void open(Path dir) {
        leaveProperties().thenAccept(go -> {
            if (go) {
                session.open(dir).whenCompleteAsync((ok, error) -> {
                    if (error != null && !Failures.superseded(error)) {
                        showError("Cannot open the workspace in " + dir, Failures.cause(error));
                    }
                }, Platform::runLater);
            }
        });
    }

    /** Unsaved edits of a properties file are saved, dropped or kept (true: go on) before the workspace changes. */
    private CompletableFuture<Boolean> leaveProperties() {
        return views.stream().filter(PropertiesPage.class::isInstance).map(PropertiesPage.class::cast).findFirst()
                .map(PropertiesPage::leave).orElse(CompletableFuture.completedFuture(true));
    }

    private VBox sidebar() {
        ToggleGroup group = new ToggleGroup();
        VBox box = new VBox(4);
        box.getStyleClass().add("sidebar");
        Label brand = new Label("Brokerlab", new FontIcon(Feather.LAYERS));
        brand.getStyleClass().add("brand");
        box.getChildren().add(brand);
        for (int i = 0; i < views.size(); i++) {
            AppView view = views.get(i);
            ToggleButton button = new ToggleButton(view.title(), new FontIcon(view.icon()));
            button.setToggleGroup(group);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setAlignment(Pos.CENTER_LEFT);
            button.getStyleClass().add("nav-button");
            button.setId("nav-" + view.title().toLowerCase(Locale.ROOT));
            button.setTooltip(new Tooltip(view.title() + " (Ctrl+" + (i + 1) + ")"));
            int index = i;
            button.setOnAction(e -> show(index));
            navButtons.add(button);
            box.getChildren().add(button);
        }
        return box;
    }

    private HBox header() {
        Label workspace = new Label();
        workspace.setId("workspace-label");
        workspace.getStyleClass().add(Styles.TEXT_MUTED);
        FontIcon folder = new FontIcon(Feather.FOLDER);
        FontIcon globe = new FontIcon(Feather.GLOBE);
        Label bootstrap = new Label();
        bootstrap.setGraphic(new FontIcon(Feather.LINK));
        Runnable show = () -> {
            Connection c = session.connectionProperty().get();
            boolean external = c != null && !c.local();
            Path dir = session.directoryProperty().get();
            workspace.setText(external ? "External cluster" : dir == null ? "" : HomeRelativePath.of(dir));
            workspace.setTooltip(external || dir == null ? null : new Tooltip("Workspace: " + dir.toAbsolutePath()));
            workspace.setGraphic(external ? globe : folder);
            bootstrap.setText(c == null ? "" : c.bootstrapServers() + c.zookeeper().map(zk -> " · ZooKeeper " + zk).orElse(""));
        };
        session.connectionProperty().addListener(o -> show.run());
        session.directoryProperty().addListener(o -> show.run());
        show.run();
        bootstrap.visibleProperty().bind(bootstrap.textProperty().isNotEmpty());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Button smaller = iconButton(Feather.MINUS, "Smaller text (Ctrl+-)", () -> changeFont(-1));
        Button larger = iconButton(Feather.PLUS, "Larger text, for a projector (Ctrl+=)", () -> changeFont(1));
        Label aa = new Label("Aa");
        themeToggle.setId("theme-toggle");
        Button openWorkspace = iconButton(Feather.FOLDER, "Open a workspace… (Ctrl+O)", this::chooseWorkspace);
        openWorkspace.setId("open-workspace");
        HBox header = new HBox(12, workspace, openWorkspace, bootstrap, grow, smaller, aa, larger, themeToggle);
        header.getStyleClass().add("header");
        header.setAlignment(Pos.CENTER_LEFT);
        return header;
    }

    private HBox statusBar() {
        Label status = new Label();
        status.setId("status-summary");
        status.textProperty().bind(clusterView.summaryProperty());
        // at a projector's text size the hint gives way (elided) before the cluster's state does
        status.setMinWidth(Region.USE_PREF_SIZE);
        keys.setId("status-keys");
        keys.setMinWidth(0);
        keysBack.setOnFinished(e -> showHint());
        session.connectionProperty().addListener(o -> showHint());
        showHint();
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bar = new HBox(12, status, grow, keys);
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    /** The keys that do something now: no process control for an external cluster or an empty folder. */
    private void showHint() {
        keysBack.stop();
        keys.getStyleClass().setAll("label", Styles.TEXT_MUTED);
        keys.setText(ShortcutHint.of(views.size(), session.cluster() != null));
    }

    /** Says in the status bar, for a few seconds, why a key did nothing. */
    private void sayInStatus(String why) {
        keys.getStyleClass().setAll("label", Styles.WARNING);
        keys.setText(why);
        keysBack.playFromStart();
    }

    private static Button iconButton(Feather icon, String tip, Runnable action) {
        Button button = new Button(null, new FontIcon(icon));
        button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        button.setTooltip(new Tooltip(tip));
        button.setOnAction(e -> action.run());
        return button;
    }

    private void shortcuts() {
        for (int i = 0; i < views.size() && i < 9; i++) {
            int index = i;
            key(new KeyCodeCombination(KeyCode.getKeyCode(String.valueOf(i + 1)),
                    KeyCombination.SHORTCUT_DOWN), () -> show(index));
        }
        key(new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN), this::toggleTheme);
        key(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN), () -> changeFont(1));
        key(new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN), () -> changeFont(1));
        key(new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN), () -> changeFont(-1));
        key(new KeyCodeCombination(KeyCode.U, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), () -> wholeCluster(clusterView.startAll()));
        key(new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), () -> wholeCluster(clusterView.stopAll()));
        key(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), this::createCluster);
        key(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN), this::chooseWorkspace);
        key(new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), this::killSelected);
        key(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), () -> {
            if (currentView() instanceof PropertiesPage properties) {
                properties.save();
            }
        });
        key(new KeyCodeCombination(KeyCode.F5), () -> currentView().shown());
        key(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN),
                () -> currentView().focusSearch());
    }

    /** Keys do nothing while the window closes: behind the overlay, Ctrl+Shift+U would start the nodes being stopped. */
    private void key(KeyCombination keys, Runnable action) {
        scene.getAccelerators().put(keys, () -> {
            if (!closing) {
                action.run();
            }
        });
    }

    /** Start all / Stop all by key: when it cannot, the status bar says why (the Cluster view may not show). */
    private void wholeCluster(ClusterViewModel.Outcome outcome) {
        if (!outcome.done()) {
            sayInStatus(outcome.text());
        }
    }

    /**
     * The failover demo's key works from every view: the Cluster view shows its result on the cards (or why not above
     * them); elsewhere, say during a demo in Topics or the Timeline, a notice does.
     */
    private void killSelected() {
        ClusterViewModel.Outcome outcome = clusterView.killSelected();
        if (currentView() != clusterView || session.cluster() == null) {
            notices.commandResult(outcome.text(), outcome.done());
        }
    }

    private int current;

    private AppView currentView() {
        return views.get(current);
    }

    public void show(int index) {
        if (current != index) {
            views.get(current).hidden();
        }
        current = index;
        content.getChildren().setAll(views.get(index).root());
        navButtons.get(index).setSelected(true);
        views.get(index).shown();
    }

    public void show(String title) {
        for (int i = 0; i < views.size(); i++) {
            if (views.get(i).title().equalsIgnoreCase(title)) {
                show(i);
                return;
            }
        }
        throw new IllegalArgumentException("no view " + title);
    }

    public void toggleTheme() {
        dark = !dark;
        settings.darkTheme(dark);
        applyTheme();
    }

    public void setDark(boolean value) {
        if (dark != value) {
            toggleTheme();
        }
    }

    private void applyTheme() {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        root.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("dark"), dark);
        themeToggle.setGraphic(new FontIcon(dark ? Feather.SUN : Feather.MOON));
        themeToggle.getTooltip().setText((dark ? "Light theme" : "Dark theme") + " (Ctrl+T)");
    }

    private void changeFont(int delta) {
        fontSize = AppSettings.clampFont(fontSize + delta);
        settings.fontSize(fontSize);
        applyFont();
    }

    private void applyFont() {
        root.setStyle("-fx-font-size: " + fontSize + "px;");
        String sized = IconSizes.stylesheetFor(fontSize);
        scene.getStylesheets().remove(iconSizes);
        scene.getStylesheets().add(sized);
        iconSizes = sized;
    }

    /**
     * Dialogs, alerts and wizards are stages of their own, outside the window's scene: without this they would keep
     * the default text size when the room's projector needs a larger one.
     */
    private void styleDialogsLikeTheWindow() {
        String css = MainWindow.class.getResource("app.css").toExternalForm();
        ListChangeListener<Window> styler = change -> {
            while (change.next()) {
                for (Window w : change.getAddedSubList()) {
                    if (w instanceof Stage && w != stage && w.getScene() != null) {
                        if (!w.getScene().getStylesheets().contains(css)) {
                            w.getScene().getStylesheets().addAll(css, iconSizes);
                        }
                        w.getScene().getRoot().setStyle("-fx-font-size: " + fontSize + "px;");
                    }
                }
            }
        };
        Window.getWindows().addListener(styler);
        // the list is global: left there, it would keep this window and all it shows alive after it closed
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, new EventHandler<>() {
            @Override
            public void handle(WindowEvent event) {
                Window.getWindows().removeListener(styler);
                stage.removeEventHandler(WindowEvent.WINDOW_HIDDEN, this);
            }
        });
    }

    public void showError(String what, Throwable error) {
        Dialogs.error(stage, what, error).show();
    }

    private void createCluster() {
        Path dir = session.directoryProperty().get();
        if (session.workspaceProperty().get() != null) {
            dir = dir.resolveSibling(dir.getFileName() + "-2");
        }
        Path start = dir;
        leaveProperties().thenAccept(go -> {
            if (go) {
                new CreateClusterDialog(stage, start).showAndWait().ifPresent(this::create);
            }
        });
    }

    private void create(CreateClusterViewModel model) {
        CompletableFuture.supplyAsync(model::create, session.background())
                .whenCompleteAsync((Workspace ws, Throwable error) -> {
                    if (error != null) {
                        showError("Could not create the cluster", Failures.cause(error));
                    } else {
                        // the wizard asked first (createCluster): the form may go
                        attach(ws, "The cluster was created in " + ws.dir() + " but cannot be opened");
                    }
                }, Platform::runLater);
    }

    /** Ctrl+O: a folder chosen with the system's folder dialog. */
    private void chooseWorkspace() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Open a Brokerlab workspace");
        Workspace shown = session.workspaceProperty().get();
        // an open workspace's folder exists, so its parent does: no look at the disk on the FX thread
        if (shown != null && shown.dir().getParent() != null) {
            chooser.setInitialDirectory(shown.dir().getParent().toFile());
        }
        java.io.File chosen = chooser.showDialog(stage);
        if (chosen != null) {
            openWorkspace(chosen.toPath());
        }
    }

    /**
     * Shows the workspace in {@code dir} instead of the current one, as the wizard does with a new one; it becomes the
     * last workspace, opened on the next start. Unlike {@link #open}, which shows any folder (an empty one offers the
     * wizard), a folder that is no workspace says so and changes nothing: the user meant to open a cluster.
     */
    public void openWorkspace(Path dir) {
        leaveProperties().thenAccept(go -> {
            if (go) {
                CompletableFuture.supplyAsync(() -> Workspace.open(dir), session.background())
                        .whenCompleteAsync((Workspace ws, Throwable error) -> {
                            if (error != null) {
                                showError("Cannot open " + dir, Failures.cause(error));
                            } else {
                                attach(ws, "Cannot open the workspace in " + ws.dir());
                            }
                        }, Platform::runLater);
            }
        });
    }

    /** Attaches the session to {@code ws} and shows its cluster; {@code failure}: the error dialog's header. */
    private void attach(Workspace ws, String failure) {
        session.attach(ws).whenCompleteAsync((ok, error) -> {
            if (error != null && !Failures.superseded(error)) {
                showError(failure, Failures.cause(error));
            }
        }, Platform::runLater);
        show(0);
    }

    private void onCloseRequest(WindowEvent event) {
        if (closing) {
            // the nodes are being stopped (or looked at): the window closes itself when that is done
            event.consume();
            return;
        }
        // unsaved properties first: Cancel keeps the window; Save closes once the file is written
        CompletableFuture<Boolean> properties = leaveProperties();
        if (!properties.isDone() || !properties.join()) {
            event.consume();
            properties.thenAccept(go -> {
                if (go) {
                    stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST));
                }
            });
            return;
        }
        settings.maximized(stage.isMaximized());
        if (!stage.isMaximized()) {
            settings.windowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
        }
        settings.flush();
        Connection shown = session.connectionProperty().get();
        Path dir = session.directoryProperty().get();
        if (session.cluster() != null) {
            if (!session.cluster().snapshot().anyAlive()) {
                session.close();
                return;
            }
            event.consume();
            askBeforeClosing(session.cluster(), false);
        } else if (shown != null && !shown.local() && dir != null) {
            // an external cluster is shown, yet the workspace's own nodes may still run: look before closing
            event.consume();
            closing = true;
            CompletableFuture.supplyAsync(() -> Workspace.isWorkspace(dir) ? LocalCluster.open(Workspace.open(dir)) : null,
                    session.background()).whenCompleteAsync((cluster, error) -> {
                        closing = false;
                        if (cluster != null && cluster.snapshot().anyAlive()) {
                            askBeforeClosing(cluster, true);
                        } else {
                            // nothing runs, or the folder cannot be read: closing leaves whatever runs as it is
                            closeWindow(cluster);
                        }
                    }, Platform::runLater);
        } else {
            session.close();
        }
    }

    /**
     * Asks whether to stop {@code cluster}'s running nodes or leave them running, then closes the window (Cancel keeps
     * it). {@code opened}: the cluster was opened for this question only and is closed with the window.
     */
    private void askBeforeClosing(LocalCluster cluster, boolean opened) {
        ButtonType stop = new ButtonType("Stop nodes", ButtonBar.ButtonData.YES);
        ButtonType leave = new ButtonType("Leave running", ButtonBar.ButtonData.NO);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "Nodes of the workspace's cluster are still running. Stop"
                + " them, or leave them running for the command line and the next start of the app?", stop, leave,
                ButtonType.CANCEL);
        ask.initOwner(stage);
        ask.setHeaderText("Stop the cluster before closing?");
        ask.getDialogPane().lookupButton(stop).setId("close-stop");
        ask.getDialogPane().lookupButton(leave).setId("close-leave");
        ask.getDialogPane().lookupButton(ButtonType.CANCEL).setId("close-cancel");
        ButtonType answer = ask.showAndWait().orElse(ButtonType.CANCEL);
        if (answer == ButtonType.CANCEL) {
            if (opened) {
                session.background().execute(cluster::close);
            }
        } else if (answer == stop) {
            stopThenClose(cluster, opened);
        } else {
            closeWindow(opened ? cluster : null);
        }
    }

    /**
     * Stops the nodes with their progress laid over the window, which nothing else takes input; "Leave the rest
     * running" closes at once. A failure says so and gives the window back: the user asked for stopped nodes.
     */
    private void stopThenClose(LocalCluster cluster, boolean opened) {
        closing = true;
        stage.setTitle("Brokerlab — stopping the cluster…");
        StopBeforeClose stop = new StopBeforeClose(cluster, Platform::runLater);
        Node overlay = StopBeforeCloseView.overlay(stop);
        List<Node> blocked = List.of(root.getLeft(), root.getTop(), root.getBottom(), content);
        blocked.forEach(n -> n.setDisable(true));
        layers.getChildren().add(overlay);
        // the one thing left to do: Enter or Space leaves without reaching for the mouse
        overlay.lookup("#close-leave-rest").requestFocus();
        stop.start().whenComplete((outcome, e) -> {
            if (e == null) {
                closeWindow(opened ? cluster : null);
                return;
            }
            closing = false;
            layers.getChildren().remove(overlay);
            blocked.forEach(n -> n.setDisable(false));
            stage.setTitle("Brokerlab");
            showError("Could not stop every node; nothing was closed", Failures.cause(e));
            if (opened) {
                session.background().execute(cluster::close);
            }
        });
    }

    /** Closes the session and the window; {@code alsoClose}: a cluster opened only for the closing question, or null. */
    private void closeWindow(LocalCluster alsoClose) {
        if (alsoClose != null) {
            session.background().execute(alsoClose::close);
        }
        session.close();
        stage.close();
    }

    public Session session() {
        return session;
    }

    public Stage stage() {
        return stage;
    }

    public Scene scene() {
        return scene;
    }

    public List<AppView> views() {
        return views;
    }

    public boolean dark() {
        return dark;
    }
}
