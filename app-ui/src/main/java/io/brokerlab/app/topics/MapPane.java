package io.brokerlab.app.topics;

import javafx.scene.Node;
import javafx.scene.layout.VBox;

/**
 * The replica map under its title and legend, with the hint below it: its least height is measured at the width it
 * is laid out at, where the legend and the hint wrap. The split pane above asks its children's least height at no
 * width or at their widest, which at a projector's text size counted the legend and the hint as one line each: the
 * split pane was then laid out shorter than its content and the map was drawn over the partition table. FX thread.
 */
final class MapPane extends VBox {

    MapPane(double spacing, Node... children) {
        super(spacing, children);
        // a new width wraps the legend and the hint anew: the least height measured at the old one is stale
        widthProperty().addListener((o, was, now) -> Remeasure.later(this));
    }

    @Override
    protected double computeMinHeight(double width) {
        return super.computeMinHeight(getWidth() > 0 ? getWidth() : width);
    }
}
