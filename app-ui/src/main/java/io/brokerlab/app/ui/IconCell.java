package io.brokerlab.app.ui;

import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.text.Text;
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
    /** The icon and the wrapping text, for a wrapping cell only. */
    private Text wrapped;
    private HBox wrappedLine;

    /** @param styleClasses every class {@code look} may give, so that the previous item's is taken off */
    public IconCell(Function<T, Look> look, List<String> styleClasses) {
        this.look = look;
        this.styleClasses = styleClasses;
    }

    /**
     * One whose text wraps onto more lines when the column is narrower than it, the row growing to hold them. A Text
     * does the wrapping, as in {@link WrappedTextCell}: a wrapped Labeled reports a one-line height to the row.
     */
    public static <S, T> IconCell<S, T> wrapping(Function<T, Look> look, List<String> styleClasses) {
        IconCell<S, T> cell = new IconCell<>(look, styleClasses);
        cell.wrapped = new Text();
        cell.wrapped.fillProperty().bind(cell.textFillProperty());
        cell.wrapped.fontProperty().bind(cell.fontProperty());
        HBox line = new HBox(cell.getGraphicTextGap(), cell.icon, cell.wrapped);
        line.setAlignment(Pos.CENTER_LEFT);
        // centred in its row as the other columns' one-line text is (the theme aligns cells on their first baseline)
        cell.setAlignment(Pos.CENTER_LEFT);
        cell.wrapped.wrappingWidthProperty().bind(Bindings.createDoubleBinding(() -> Math.max(0, cell.getWidth()
                - cell.snappedLeftInset() - cell.snappedRightInset() - cell.icon.getLayoutBounds().getWidth()
                - line.getSpacing()), cell.widthProperty(), cell.paddingProperty(), cell.icon.layoutBoundsProperty()));
        cell.wrappedLine = line;
        cell.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
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
            if (wrapped != null) {
                wrapped.setText("");
            }
            return;
        }
        // the cell's own text too when a wrapped one is drawn: a screen reader reads the cell's
        setText(shown.text());
        whole.setText(shown.text());
        setTooltip(whole);
        icon.setIconCode(shown.icon());
        if (wrapped == null) {
            setGraphic(icon);
        } else {
            wrapped.setText(shown.text());
            setGraphic(wrappedLine);
        }
    }
}
