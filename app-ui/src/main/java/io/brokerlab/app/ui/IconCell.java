package io.brokerlab.app.ui;

import java.util.List;
import java.util.function.Function;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A table cell showing a text with an icon and a style class chosen per item. It keeps one icon node and changes
 * its glyph: a new icon node on every update would have its CSS matched against the whole theme on the FX
 * thread, for every visible row, each time the list changes (a topic list on every cluster state, a newest-first
 * timeline on every event).
 */
public final class IconCell<S, T> extends TableCell<S, T> {

    /** What an item looks like; {@code styleClass} one of the cell's known classes, or null. */
    public record Look(String text, Ikon icon, String styleClass) {
    }

    private final Function<T, Look> look;
    private final List<String> styleClasses;
    private final FontIcon icon = new FontIcon();
    /** The whole text on hover: a narrow column cuts it (a topic's health, a timeline event). */
    private final Tooltip whole = new Tooltip();

    /** @param styleClasses every class {@code look} may give, so that the previous item's is taken off */
    public IconCell(Function<T, Look> look, List<String> styleClasses) {
        this.look = look;
        this.styleClasses = styleClasses;
    }

    /** One whose text wraps onto more lines when the column is narrower than it. */
    public static <S, T> IconCell<S, T> wrapping(Function<T, Look> look, List<String> styleClasses) {
        IconCell<S, T> cell = new IconCell<>(look, styleClasses);
        cell.setWrapText(true);
        return cell;
    }

    @Override
    protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        Look shown = empty || item == null ? null : look.apply(item);
        String wanted = shown == null ? null : shown.styleClass();
        // only a real change: each change of the style classes has the cell's style matched against the theme again
        styleClasses.stream().filter(c -> !c.equals(wanted)).forEach(getStyleClass()::remove);
        if (wanted != null && !getStyleClass().contains(wanted)) {
            getStyleClass().add(wanted);
        }
        if (shown == null) {
            setText(null);
            setGraphic(null);
            setTooltip(null);
            return;
        }
        setText(shown.text());
        whole.setText(shown.text());
        setTooltip(whole);
        icon.setIconCode(shown.icon());
        setGraphic(icon);
    }
}
