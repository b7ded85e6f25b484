package io.brokerlab.app.ui;

import java.util.Collections;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;
import javafx.scene.text.TextBoundsType;

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

    /**
     * Measured as the skin measures wrapped text, in its text's bounds type: a line's height times two is a little less
     * than two lines, and logical bounds are a few pixels less than the skin's, so a second line grew the label.
     */
    private double height(int lines) {
        Text text = new Text(String.join("\n", Collections.nCopies(lines, "X")));
        text.setBoundsType(TextBoundsType.LOGICAL_VERTICAL_CENTER);
        text.setFont(getFont());
        text.setLineSpacing(getLineSpacing());
        return snapSizeY(text.getLayoutBounds().getHeight()) + snappedTopInset() + snappedBottomInset();
    }
}
