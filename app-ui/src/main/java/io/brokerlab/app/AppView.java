package io.brokerlab.app;

import io.brokerlab.launcher.config.NodeId;
import java.util.Map;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.Ikon;

/** One entry of the sidebar: a feature's view. */
public interface AppView {

    String title();

    Ikon icon();

    Node root();

    /**
     * Whether styling the view the first time takes long enough (a second or more) that the window should first say
     * it is opening it.
     */
    default boolean slowFirstShow() {
        return false;
    }

    /** Called when the view becomes visible (e.g. to refresh); FX thread. */
    default void shown() {
    }

    /** Called when another view takes the screen; FX thread. */
    default void hidden() {
    }

    /** Ctrl+F: puts the keyboard in the view's search field, if it has one; FX thread. */
    default void focusSearch() {
    }

    /**
     * The view's own keys, acting while it is shown wherever the focus is (the window's keys answer them first):
     * the same map each time.
     */
    default Map<KeyCombination, Runnable> keys() {
        return Map.of();
    }

    /** The node the view shows as picked, which Ctrl+Shift+K kills without asking; empty for none. FX thread. */
    default Optional<NodeId> nodeInSight() {
        return Optional.empty();
    }
}
