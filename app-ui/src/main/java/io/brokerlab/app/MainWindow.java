package io.brokerlab.app;

import atlantafx.base.theme.Styles;
import io.brokerlab.app.ui.ShortcutKey;
import io.brokerlab.app.cluster.ClusterView;
import io.brokerlab.app.cluster.ClusterViewModel;
import io.brokerlab.app.cluster.CreateClusterDialog;
import io.brokerlab.app.cluster.CreateClusterViewModel;
import io.brokerlab.app.cluster.NodeActions;
import io.brokerlab.app.properties.PropertiesPage;
import io.brokerlab.app.topics.TopicRow;
import io.brokerlab.app.topics.TopicsView;
import io.brokerlab.app.ui.Dialogs;
import io.brokerlab.app.ui.Failures;
import io.brokerlab.app.ui.FirstFocus;
import io.brokerlab.app.ui.NextPulse;
import io.brokerlab.app.ui.ShownSize;
import io.brokerlab.app.ui.StaysMaximized;
import io.brokerlab.launcher.config.NodeId;
import io.brokerlab.launcher.workspace.Workspace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The shell: the sidebar of views and the keys that switch them, with the header, the status bar and the notices laid
 * around them; the theme and text size, and the close request, are handled by classes of their own.
 */
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
    private final WindowHeader header;
    private final ShortcutsDialog shortcutsDialog;
    private final StatusBar statusBar;
    private final WindowClosing closing;
    private final Scene scene;
    private final WindowAppearance appearance;
    private final StaysMaximized maximized;

    public MainWindow(Stage stage, AppSettings settings, Path workspaceDir) {
        this.stage = stage;
        this.settings = settings;
        clusterView = new ClusterView(session, this::showError, this::createCluster, this::open);
        notices = new ClusterNotices(Platform::runLater, session.background(), node -> {
            show(0);
            clusterView.showLog(node);
        });
        views.add(clusterView);
        ViewRegistry.Extras extras = ViewRegistry.extraViews(session, this::showError, this::open, nodeActions(),
                clusterView.model().selectedProperty());
        views.addAll(extras.views());
        clusterView.model().showRestartsAwaited(extras.restartsAwaited());
        clusterView.model().onAsked(extras.nodeActionAsked());
        extras.topicRows().addListener((ListChangeListener<TopicRow>) c ->
                notices.topicRows(List.copyOf(extras.topicRows())));
        VBox sidebar = sidebar();
        SidebarFit sidebarFit = new SidebarFit(sidebar);
        root.setLeft(sidebar);
        shortcutsDialog = new ShortcutsDialog(stage, () -> KeyboardShortcuts.of(
                views.stream().map(AppView::title).toList(), session.cluster() != null));
        header = new WindowHeader(session, this::changeFont, this::setFontSize, this::toggleTheme, this::chooseWorkspace,
                shortcutsDialog::show);
        root.setTop(header);
        statusBar = new StatusBar(clusterView.summaryProperty(), session, views.size(), shortcutsDialog::show);
        root.setBottom(statusBar);
        root.getStyleClass().add("app-root");
        scene = new Scene(root, 1400, 900);
        scene.getStylesheets().add(MainWindow.class.getResource("app.css").toExternalForm());
        appearance = new WindowAppearance(stage, scene, settings, header::showTheme, size -> {
            header.showFontSize(size);
            sidebarFit.fontSize(size);
        });
        scene.widthProperty().addListener((o, was, now) -> sidebarFit.width(now.doubleValue()));
        sidebarFit.width(scene.getWidth());
        shortcuts();
        stage.setScene(scene);
        stage.setTitle("Brokerlab");
        stage.getIcons().add(new javafx.scene.image.Image(MainWindow.class.getResource("icon.png").toExternalForm()));
        place();
        NormalBounds normal = new NormalBounds(stage);
        stage.setMaximized(settings.maximized());
        maximized = StaysMaximized.across(stage);
        closing = new WindowClosing(stage, settings, normal, session, this::leaveProperties, layers,
                List.of(root.getLeft(), root.getTop(), root.getBottom(), content), this::showError);
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
        // the whole cluster stopping on purpose (by Stop all, or before closing the window or leaving the workspace),
        // or brokers restarted one at a time to take their saved settings
        notices.quietWhile(() -> clusterView.model().stoppingAll() || closing.inProgress()
                || extras.restarting().get());
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
        setBounds(bounds);
        ShownSize.reapply(stage, () -> {
            if (!stage.isMaximized()) {
                setBounds(bounds);
            }
        });
    }

    private void setBounds(Rectangle2D bounds) {
        stage.setX(bounds.getMinX());
        stage.setY(bounds.getMinY());
        stage.setWidth(bounds.getWidth());
        stage.setHeight(bounds.getHeight());
    }

    /** Opens a workspace folder; a folder that cannot be read says why, and the window stays usable. */
    public void open(Path dir) {
        leaveFor(dir).thenAccept(go -> {
            if (go) {
                session.open(dir).whenCompleteAsync((ok, error) -> {
                    if (error != null && !Failures.superseded(error)) {
                        showError("Cannot open the workspace in " + dir, Failures.cause(error));
                    }
                }, Platform::runLater);
            }
        });
    }

    /**
     * Before {@code target} replaces the workspace shown: unsaved properties, then the shown workspace's running nodes
     * (stopped, left running, or the switch called off), as when the window closes. True: go on.
     */
    private CompletableFuture<Boolean> leaveFor(Path target) {
        return leaveProperties().thenCompose(go -> go ? closing.leaveWorkspace(target)
                : CompletableFuture.completedFuture(false));
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
            button.setTooltip(new Tooltip(ShortcutKey.named(view.title() + " (Ctrl+" + (i + 1) + ")")));
            int index = i;
            button.setOnAction(e -> show(index));
            navButtons.add(button);
            box.getChildren().add(button);
        }
        // as in a list of tabs, Up and Down open the view they move to, not only the focus
        box.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            int at = navButtons.indexOf(e.getTarget());
            int to = e.getCode() == KeyCode.UP ? at - 1 : e.getCode() == KeyCode.DOWN ? at + 1 : -1;
            if (at >= 0 && to >= 0 && to < navButtons.size()) {
                show(to);
                navButtons.get(to).requestFocus();
                e.consume();
            }
        });
        return box;
    }

    private void shortcuts() {
        for (int i = 0; i < views.size() && i < 9; i++) {
            int index = i;
            // the keyboard goes into the view, as a click would: the next Tab moves inside it
            key(new KeyCodeCombination(KeyCode.getKeyCode(String.valueOf(i + 1)),
                    KeyCombination.SHORTCUT_DOWN), () -> show(index, true));
        }
        key(new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN), this::toggleTheme);
        // "Ctrl++" is Ctrl+Shift+= on most layouts; the number pad's keys too, as in browsers
        key(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_ANY),
                () -> changeFont(1));
        key(new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_ANY),
                () -> changeFont(1));
        key(new KeyCodeCombination(KeyCode.ADD, KeyCombination.SHORTCUT_DOWN), () -> changeFont(1));
        key(new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN), () -> changeFont(-1));
        key(new KeyCodeCombination(KeyCode.SUBTRACT, KeyCombination.SHORTCUT_DOWN), () -> changeFont(-1));
        // as in browsers: back to the laptop's size
        for (KeyCode zero : List.of(KeyCode.DIGIT0, KeyCode.NUMPAD0)) {
            key(new KeyCodeCombination(zero, KeyCombination.SHORTCUT_DOWN), () -> setFontSize(AppSettings.DEFAULT_FONT));
        }
        key(new KeyCodeCombination(KeyCode.U, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), () -> wholeCluster(clusterView.startAll()));
        key(new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), () -> wholeCluster(clusterView.stopAll()));
        key(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), this::createCluster);
        key(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN), this::chooseWorkspace);
        key(new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), this::killSelected);
        // a key two views use is bound once, and does what the view shown does with it
        views.stream().flatMap(v -> v.keys().keySet().stream()).distinct().forEach(keys -> key(keys, () -> {
            Runnable action = currentView().keys().get(keys);
            if (action != null) {
                action.run();
            }
        }));
        key(new KeyCodeCombination(KeyCode.F5), () -> currentView().shown());
        key(new KeyCodeCombination(KeyCode.F1), shortcutsDialog::show);
        key(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN),
                () -> currentView().focusSearch());
    }

    /** Keys do nothing while the window closes: behind the overlay, Ctrl+Shift+U would start the nodes being stopped. */
    private void key(KeyCombination keys, Runnable action) {
        scene.getAccelerators().put(keys, () -> {
            if (!closing.inProgress()) {
                action.run();
            }
        });
    }

    /** Start all / Stop all by key: when it cannot, the status bar says why (the Cluster view may not show). */
    private void wholeCluster(ClusterViewModel.Outcome outcome) {
        if (!outcome.done()) {
            statusBar.say(outcome.text());
        }
    }

    /**
     * The failover demo's key works from every view. The Cluster view kills its selected card and shows the result
     * on it (or why not above the cards); Topics kills the leader of its selected partition. Elsewhere (Timeline,
     * Charts), or when the selected card is scrolled out of view, no node is in sight, so the card selected in the
     * Cluster view is named and asked for first. Outside the Cluster view a notice says what happened.
     */
    private void killSelected() {
        AppView view = currentView();
        Optional<NodeId> inSight = view.nodeInSight();
        if (view == clusterView || session.cluster() == null) {
            NodeId selected = clusterView.model().selectedProperty().get();
            boolean ask = view == clusterView && inSight.isEmpty() && killable(selected);
            if (!ask || KillQuestion.confirmed(stage, selected)) {
                ClusterViewModel.Outcome outcome = clusterView.killSelected();
                if (view != clusterView) {
                    notices.commandResult(ClusterViewModel.Action.KILL, outcome);
                }
            }
            return;
        }
        if (inSight.isPresent()) {
            notices.commandResult(ClusterViewModel.Action.KILL,
                    clusterView.model().run(ClusterViewModel.Action.KILL, inSight.get()));
            return;
        }
        NodeId selected = clusterView.model().selectedProperty().get();
        // none selected, or not running: the outcome says why, with nothing to ask first
        if (!killable(selected) || KillQuestion.confirmed(stage, selected)) {
            notices.commandResult(ClusterViewModel.Action.KILL, clusterView.killSelected());
        }
    }

    private boolean killable(NodeId node) {
        return node != null && !clusterView.model().offered(node, List.of(ClusterViewModel.Action.KILL)).isEmpty();
    }

    /** The Cluster view's node actions from elsewhere, answered by a notice as the kill shortcut is. */
    private NodeActions nodeActions() {
        return new NodeActions() {
            @Override
            public List<ClusterViewModel.Action> offered(NodeId node, List<ClusterViewModel.Action> menu) {
                return clusterView.model().offered(node, menu);
            }

            @Override
            public void run(ClusterViewModel.Action action, NodeId node) {
                ClusterViewModel.Outcome outcome = clusterView.model().run(action, node);
                notices.commandResult(action, outcome);
            }
        };
    }

    private int current;
    /** The views shown at least once (see {@link AppView#slowFirstShow}). */
    private final Set<AppView> shownOnce = new HashSet<>();

    private AppView currentView() {
        return views.get(current);
    }

    public void show(int index) {
        show(index, false);
    }

    /** {@code byKey}: the keyboard goes into the view too, as a click would put it there. */
    private void show(int index, boolean byKey) {
        if (current != index) {
            views.get(current).hidden();
        }
        current = index;
        AppView view = views.get(index);
        // Topics' right side is the replica map, which a failover's notices would cover just as it changes
        notices.corner(view instanceof TopicsView ? Pos.BOTTOM_LEFT : Pos.BOTTOM_RIGHT);
        navButtons.get(index).setSelected(true);
        if (view.slowFirstShow() && !shownOnce.contains(view) && stage.isShowing()) {
            // the view, its highlight in the sidebar and a word of progress on screen before the long first pass:
            // without them the key or click seemed ignored for a second or two, and was pressed again
            content.getChildren().setAll(opening(view));
            scene.addPostLayoutPulseListener(new Runnable() {
                @Override
                public void run() {
                    scene.removePostLayoutPulseListener(this);
                    // after this frame is drawn: the next pulse styles the view
                    Platform.runLater(() -> {
                        if (current == index) {
                            attach(view, byKey);
                        }
                    });
                }
            });
            return;
        }
        attach(view, byKey);
    }

    private void attach(AppView view, boolean focus) {
        shownOnce.add(view);
        content.getChildren().setAll(view.root());
        view.shown();
        if (focus) {
            FirstFocus.in(view.root());
        }
    }

    private static Node opening(AppView view) {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(32, 32);
        Label text = new Label("Opening " + view.title() + "…", spinner);
        text.setId("view-opening");
        text.getStyleClass().add(Styles.TEXT_MUTED);
        return text;
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
        appearance.toggleTheme();
    }

    public void setDark(boolean value) {
        appearance.setDark(value);
    }

    private void changeFont(int direction) {
        appearance.changeFont(direction);
    }

    /** The window's text size in px, as a preset of the header's Aa menu sets it. */
    public void setFontSize(double size) {
        appearance.setFontSize(size);
    }

    public double fontSize() {
        return appearance.fontSize();
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
                // the wizard's folder is known only as Create is pressed: the nodes of the workspace shown are
                // asked about then, and Cancel there goes back to the wizard as it was filled in
                new CreateClusterDialog(stage, start, closing::leaveWorkspace).showAndWait()
                        .ifPresent(this::createAndShow);
            }
        });
    }

    private void createAndShow(CreateClusterViewModel model) {
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
        java.io.File chosen = maximized.around(() -> chooser.showDialog(stage));
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
        leaveFor(dir).thenAccept(go -> {
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
        return appearance.dark();
    }
}
