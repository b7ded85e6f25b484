package io.brokerlab.app;

import io.brokerlab.app.ui.ShortcutKey;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import io.brokerlab.app.ui.CopyButton;
import io.brokerlab.app.ui.HomeRelativePath;
import java.nio.file.Path;
import java.util.List;
import java.util.function.DoubleConsumer;
import java.util.function.IntConsumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
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
    /** Names the text size in its tooltip, and offers the presets. */
    private final MenuButton textSize;
    private final ToggleGroup presets = new ToggleGroup();

    /**
     * @param changeFont      called with -1 for a step smaller text, 1 for a step larger
     * @param chooseFont      called with a preset's size in px
     * @param chooseWorkspace asks for a workspace folder to open
     * @param showKeys        opens the list of keyboard shortcuts
     */
    WindowHeader(Session session, IntConsumer changeFont, DoubleConsumer chooseFont, Runnable toggleTheme,
                 Runnable chooseWorkspace, Runnable showKeys) {
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
        // what a user's own client or a tutorial's console tool needs first
        CopyButton copy = new CopyButton(() -> {
            Connection c = session.connectionProperty().get();
            return c == null ? "" : c.bootstrapServers();
        }, "Copy the bootstrap servers, for a client's bootstrap.servers or a tool's --bootstrap-server");
        copy.setId("copy-bootstrap");
        copy.visibleProperty().bind(bootstrap.visibleProperty());
        copy.managedProperty().bind(copy.visibleProperty());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Button smaller = iconButton(Feather.MINUS, ShortcutKey.named("Smaller text (Ctrl+-)"), () -> changeFont.accept(-1));
        Button larger = iconButton(Feather.PLUS, ShortcutKey.named("Larger text, for a projector (Ctrl+=)"), () -> changeFont.accept(1));
        textSize = new MenuButton("Aa");
        textSize.setId("text-size");
        textSize.getStyleClass().addAll(Styles.FLAT, Tweaks.NO_ARROW);
        textSize.setTooltip(new Tooltip());
        for (TextSizes.Preset preset : TextSizes.PRESETS) {
            RadioMenuItem item = new RadioMenuItem(preset.label());
            item.setUserData(preset.size());
            item.setToggleGroup(presets);
            item.setOnAction(e -> chooseFont.accept(preset.size()));
            textSize.getItems().add(item);
        }
        themeToggle = iconButton(Feather.MOON, "", toggleTheme);
        themeToggle.setId("theme-toggle");
        Button openWorkspace = iconButton(Feather.FOLDER, ShortcutKey.named("Open a workspace… (Ctrl+O)"), chooseWorkspace);
        openWorkspace.setId("open-workspace");
        Button keys = iconButton(Feather.HELP_CIRCLE, "Keyboard shortcuts (F1)", showKeys);
        keys.setId("show-shortcuts");
        getChildren().addAll(workspace, openWorkspace, bootstrap, copy, grow, smaller, textSize, larger, themeToggle,
                keys);
        // short of room (the largest text on a laptop) the workspace and the addresses give way, cut with "…" and
        // whole in their tooltips: the controls stay whole, "Aa" among them, the way back to a smaller text
        for (Region control : List.of(openWorkspace, copy, smaller, textSize, larger, themeToggle, keys)) {
            control.setMinWidth(Region.USE_PREF_SIZE);
        }
        bootstrap.setMinWidth(0);
        workspace.setMinWidth(0);
        bootstrap.tooltipProperty().bind(Bindings.createObjectBinding(() -> bootstrap.getText().isEmpty() ? null
                : new Tooltip(bootstrap.getText()), bootstrap.textProperty()));
        getStyleClass().add("header");
        setAlignment(Pos.CENTER_LEFT);
    }

    /** The theme toggle offers the other theme. */
    void showTheme(boolean dark) {
        themeToggle.setGraphic(new FontIcon(dark ? Feather.SUN : Feather.MOON));
        themeToggle.getTooltip().setText(ShortcutKey.named((dark ? "Light theme" : "Dark theme") + " (Ctrl+T)"));
    }

    /** The size shown in Aa's tooltip, and its preset ticked in the menu (none for a size between them). */
    void showFontSize(double size) {
        textSize.getTooltip().setText(ShortcutKey.named("Text size: " + TextSizes.describe(size)
                + ". Click for presets; Ctrl+- and Ctrl+= change it by " + TextSizes.px(TextSizes.STEP)));
        presets.getToggles().forEach(item -> item.setSelected(item.getUserData().equals(size)));
    }

    private static Button iconButton(Feather icon, String tip, Runnable action) {
        Button button = new Button(null, new FontIcon(icon));
        button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        button.setTooltip(new Tooltip(tip));
        button.setOnAction(e -> action.run());
        return button;
    }
}
