package io.brokerlab.app.ui;

import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;

/**
 * A wrapping label as tall as its text, but at least {@code minLines} and at most {@code maxLines} lines. Beyond the
 * most, a long failure reason ends in "…" and the tooltip has it all, instead of pushing what is below it (the list of
 * each send's result) off the screen; the least keeps a message that comes and goes while typing from moving the
 * buttons under it.
 */
public final class BoundedLabel extends Label {

    private final int minLines;
    private final int maxLines;

    public BoundedLabel(int minLines, int maxLines) {
        this.minLines = minLines;
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
        return Math.max(height(minLines), Math.min(super.computePrefHeight(width), height(maxLines)));
    }

    @Override
    protected double computeMaxHeight(double width) {
        return computePrefHeight(width);
    }

    private double height(int lines) {
        Text line = new Text("X");
        line.setFont(getFont());
        return snapSizeY(line.getLayoutBounds().getHeight() * lines + getLineSpacing() * (lines - 1))
                + snappedTopInset() + snappedBottomInset();
    }
}
