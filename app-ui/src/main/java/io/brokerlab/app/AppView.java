package io.brokerlab.app;

import javafx.scene.Node;
import org.kordamp.ikonli.Ikon;

/** One entry of the sidebar: a feature's view. */
public interface AppView {

    String title();

    Ikon icon();

    Node root();

    /** Called when the view becomes visible (e.g. to refresh); FX thread. */
    default void shown() {
    }

    /** Called when another view takes the screen; FX thread. */
    default void hidden() {
    }

    /** Ctrl+F: puts the keyboard in the view's search field, if it has one; FX thread. */
    default void focusSearch() {
    }
}
