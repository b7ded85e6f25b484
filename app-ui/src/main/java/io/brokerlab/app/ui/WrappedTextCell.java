package io.brokerlab.app.ui;

import javafx.beans.binding.Bindings;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.TableCell;
import javafx.scene.text.Text;

/**
 * A table cell whose text wraps to the column's width, its row growing to hold it: the whole sentence in view, such as
 * a timeline's "new leader 4.0 s after broker-1 was killed", whose figure a tooltip would hide. A Text does the
 * wrapping: a wrapped Labeled reports a one-line height to the row, which then cuts it.
 */
public final class WrappedTextCell<S> extends TableCell<S, String> {

    private final Text text = new Text();

    public WrappedTextCell() {
        // the cell's own text colour, as the theme sets it (selected rows, dark theme)
        text.fillProperty().bind(textFillProperty());
        text.fontProperty().bind(fontProperty());
        text.wrappingWidthProperty().bind(Bindings.createDoubleBinding(
                () -> Math.max(0, getWidth() - snappedLeftInset() - snappedRightInset()), widthProperty(),
                paddingProperty()));
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        boolean blank = empty || item == null;
        text.setText(blank ? "" : item);
        // the cell's own text too, though only the wrapped one is drawn: a screen reader reads the cell's
        setText(blank ? null : item);
        setGraphic(blank ? null : text);
    }
}
