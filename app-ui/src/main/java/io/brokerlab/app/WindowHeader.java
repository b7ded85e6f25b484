package io.brokerlab.app;

import io.brokerlab.app.ui.ShortcutKey;
import atlantafx.base.theme.Styles;
import io.brokerlab.app.ui.HomeRelativePath;
import java.nio.file.Path;
import java.util.function.IntConsumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The window's top line: the workspace (or external cluster) and its addresses, Open, text size and theme. */
final class WindowHeader extends HBox {

    /** Its icon and tooltip are set with the theme: they show the theme a click gives. */
    private final Button themeToggle;

    /**
     * @param changeFont      called with -1 for smaller text, 1 for larger
     * @param chooseWorkspace asks for a workspace folder to open
     */
    WindowHeader(Session session, IntConsumer changeFont, Runnable toggleTheme, Runnable chooseWorkspace) {
        super(12);
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
        Button smaller = iconButton(Feather.MINUS, ShortcutKey.named("Smaller text (Ctrl+-)"), () -> changeFont.accept(-1));
        Button larger = iconButton(Feather.PLUS, ShortcutKey.named("Larger text, for a projector (Ctrl+=)"), () -> changeFont.accept(1));
        Label aa = new Label("Aa");
        themeToggle = iconButton(Feather.MOON, "", toggleTheme);
        themeToggle.setId("theme-toggle");
        Button openWorkspace = iconButton(Feather.FOLDER, ShortcutKey.named("Open a workspace… (Ctrl+O)"), chooseWorkspace);
        openWorkspace.setId("open-workspace");
        getChildren().addAll(workspace, openWorkspace, bootstrap, grow, smaller, aa, larger, themeToggle);
        getStyleClass().add("header");
        setAlignment(Pos.CENTER_LEFT);
    }

    /** The theme toggle offers the other theme. */
    void showTheme(boolean dark) {
        themeToggle.setGraphic(new FontIcon(dark ? Feather.SUN : Feather.MOON));
        themeToggle.getTooltip().setText(ShortcutKey.named((dark ? "Light theme" : "Dark theme") + " (Ctrl+T)"));
    }

    private static Button iconButton(Feather icon, String tip, Runnable action) {
        Button button = new Button(null, new FontIcon(icon));
        button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        button.setTooltip(new Tooltip(tip));
        button.setOnAction(e -> action.run());
        return button;
    }
}
