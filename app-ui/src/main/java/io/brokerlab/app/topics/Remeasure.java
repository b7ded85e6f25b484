package io.brokerlab.app.topics;

import javafx.application.Platform;
import javafx.scene.Parent;

/**
 * Asks a node's parents for its size again once this layout pass is done. A size measured in the node's own layout
 * (the rendered header's height, a row's, the width the text wraps at) is news to the parents, but a layout request
 * made while the parent lays out its children stops there: the parents keep the size cached before, and the split
 * pane of the partition table and the replica map was laid out shorter than its content. FX thread.
 */
final class Remeasure {

    private Remeasure() {
    }

    static void later(Parent node) {
        Platform.runLater(node::requestLayout);
    }
}
