package io.brokerlab.app.console;

import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;

/**
 * A wrapping label as tall as its text, up to {@code maxLines} lines: a long failure reason then ends in "…" and its
 * tooltip has it all, instead of pushing what is below it (the list of each send's result) off the screen.
 */
final class BoundedLabel extends Label {

    private final int maxLines;

    BoundedLabel(int maxLines) {
        this.maxLines = maxLines;
        setWrapText(true);
        Tooltip full = new Tooltip();
        full.setWrapText(true);
        full.setMaxWidth(600);
        full.textProperty().bind(textProperty());
        // no tooltip at all without text: an empty one shows as a blank box
        textProperty().addListener((o, was, now) -> setTooltip(now == null || now.isEmpty() ? null : full));
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefHeight(double width) {
        return Math.min(super.computePrefHeight(width), limit());
    }

    @Override
    protected double computeMaxHeight(double width) {
        return computePrefHeight(width);
    }

    private double limit() {
        Text line = new Text("X");
        line.setFont(getFont());
        return snapSizeY(line.getLayoutBounds().getHeight() * maxLines + getLineSpacing() * (maxLines - 1))
                + snappedTopInset() + snappedBottomInset();
    }
}
