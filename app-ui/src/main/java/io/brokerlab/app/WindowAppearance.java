package io.brokerlab.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import io.brokerlab.app.ui.DialogFit;
import io.brokerlab.app.ui.IconSizes;
import io.brokerlab.app.ui.Tooltips;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import javafx.application.Application;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.control.Tooltip;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/** The window's theme (light or dark) and text size: kept in the settings, and given to its dialogs too. */
final class WindowAppearance {

    private final Stage stage;
    private final Scene scene;
    private final AppSettings settings;
    private final Consumer<Boolean> themeShown;
    private final DoubleConsumer fontShown;
    private boolean dark;
    private double fontSize;
    private String iconSizes;

    /**
     * {@code themeShown}: told the theme whenever it changes, the first time now; {@code fontShown} likewise the
     * text size in px.
     */
    WindowAppearance(Stage stage, Scene scene, AppSettings settings, Consumer<Boolean> themeShown,
                     DoubleConsumer fontShown) {
        this.stage = stage;
        this.scene = scene;
        this.settings = settings;
        this.themeShown = themeShown;
        this.fontShown = fontShown;
        this.dark = settings.darkTheme();
        this.fontSize = settings.fontSize();
        applyTheme();
        applyFont();
        styleDialogsLikeTheWindow();
    }

    boolean dark() {
        return dark;
    }

    void toggleTheme() {
        dark = !dark;
        settings.darkTheme(dark);
        applyTheme();
    }

    void setDark(boolean value) {
        if (dark != value) {
            toggleTheme();
        }
    }

    /** {@code direction}: -1 for a step smaller text, 1 for a step larger (see {@link TextSizes}). */
    void changeFont(int direction) {
        setFontSize(direction < 0 ? TextSizes.smaller(fontSize) : TextSizes.larger(fontSize));
    }

    /** A size in px, such as a preset's; kept within the settings' bounds. */
    void setFontSize(double size) {
        fontSize = AppSettings.clampFont(size);
        settings.fontSize(fontSize);
        applyFont();
    }

    double fontSize() {
        return fontSize;
    }

    private void applyTheme() {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        scene.getRoot().pseudoClassStateChanged(PseudoClass.getPseudoClass("dark"), dark);
        themeShown.accept(dark);
    }

    private void applyFont() {
        scene.getRoot().setStyle("-fx-font-size: " + fontSize + "px;");
        String sized = IconSizes.stylesheetFor(fontSize);
        scene.getStylesheets().remove(iconSizes);
        scene.getStylesheets().add(sized);
        iconSizes = sized;
        fontShown.accept(fontSize);
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
                    if (w instanceof Tooltip tip) {
                        Tooltips.readable(tip, fontSize);
                    }
                    if (w instanceof Stage dialog && w != stage && w.getScene() != null) {
                        if (!w.getScene().getStylesheets().contains(css)) {
                            w.getScene().getStylesheets().addAll(css, iconSizes);
                        }
                        w.getScene().getRoot().setStyle("-fx-font-size: " + fontSize + "px;");
                        // JavaFX measured and placed the dialog before this, at the default text size
                        DialogFit.fit(dialog, fontSize);
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
}
