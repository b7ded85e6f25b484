package io.brokerlab.app.ui;

import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Parent;

/**
 * The first control of a part of the window that the Tab key would stop at: where the keyboard goes when a view is
 * opened by key, so that the next Tab moves inside it rather than starting again at the window's top. FX thread.
 */
public final class FirstFocus {

    private FirstFocus() {
    }

    /** Gives the keyboard to the first enabled, visible, focus-traversable node under {@code root}, if any. */
    public static void in(Node root) {
        root.applyCss(); // a view just put on screen has no skins yet, so no controls inside them
        first(root).ifPresent(Node::requestFocus);
    }

    static Optional<Node> first(Node node) {
        if (!node.isVisible() || node.isDisabled()) {
            return Optional.empty();
        }
        if (node.isFocusTraversable()) {
            return Optional.of(node);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                Optional<Node> found = first(child);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }
}
