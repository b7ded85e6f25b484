package io.brokerlab.app.ui;

import atlantafx.base.theme.Styles;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A small button that puts a text on the clipboard, its icon a tick for a moment after: a copy changes nothing on
 * screen, and without the tick a user clicks again to be sure. FX thread.
 */
public final class CopyButton extends Button {

    private static final Duration TICK_FOR = Duration.seconds(1.5);

    private final PauseTransition untick = new PauseTransition(TICK_FOR);

    /** @param text what to copy, read at the click ("" copies nothing) */
    public CopyButton(Supplier<String> text, String tip) {
        super(null, new FontIcon(Feather.COPY));
        getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, "copy-button");
        setTooltip(new Tooltip(tip));
        untick.setOnFinished(e -> setGraphic(new FontIcon(Feather.COPY)));
        setOnAction(e -> {
            String value = text.get();
            if (value == null || value.isEmpty()) {
                return;
            }
            ClipboardContent content = new ClipboardContent();
            content.putString(value);
            Clipboard.getSystemClipboard().setContent(content);
            FontIcon tick = new FontIcon(Feather.CHECK);
            tick.getStyleClass().add("copied");
            setGraphic(tick);
            untick.playFromStart();
        });
    }
}
