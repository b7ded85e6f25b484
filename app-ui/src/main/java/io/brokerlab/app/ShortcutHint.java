package io.brokerlab.app;

import io.brokerlab.app.ui.ShortcutKey;
import java.util.ArrayList;
import java.util.List;

/**
 * The status bar's few keys: only those that do something in the current mode, short enough for a laptop's width
 * at a projector's text size, ending with the key that lists them all.
 */
final class ShortcutHint {

    private ShortcutHint() {
    }

    /**
     * @param views          how many views Ctrl+digit switches between
     * @param processControl a workspace's own cluster is shown: Kill applies
     */
    static String of(int views, boolean processControl) {
        List<String> keys = new ArrayList<>();
        keys.add("F1 all keys");
        keys.add("Ctrl+1…" + Math.min(views, 9) + " views");
        if (processControl) {
            keys.add("Ctrl+Shift+K kill the selected node");
        }
        keys.add("Ctrl+F search");
        keys.add("Ctrl+=/- text size");
        return ShortcutKey.named(String.join(" · ", keys));
    }
}
