package io.brokerlab.app.console;

import javafx.scene.control.Label;
import javafx.scene.text.Text;

/**
 * A wrapping label at least two lines tall, and as tall as its text needs: beside other controls a long line wraps
 * whole instead of ending in "…", and the common lengths (one line or two) leave what is below it where it was.
 * FX thread.
 */
final class TwoLineLabel extends Label {

    TwoLineLabel() {
        setWrapText(true);
        // the label gives way by wrapping, not its neighbours
        setMinWidth(0);
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefHeight(double width) {
        return Math.max(twoLines(), super.computePrefHeight(width));
    }

    /** Measured as the skin measures wrapped text: a line's height times two is a little less than two lines. */
    private double twoLines() {
        Text lines = new Text("X\nX");
        lines.setFont(getFont());
        lines.setLineSpacing(getLineSpacing());
        return snapSizeY(lines.getLayoutBounds().getHeight()) + snappedTopInset() + snappedBottomInset();
    }
}
