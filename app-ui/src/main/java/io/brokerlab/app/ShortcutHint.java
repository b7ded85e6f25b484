package io.brokerlab.app;

import io.brokerlab.app.ui.ShortcutKey;
import java.util.ArrayList;
import java.util.List;

/** The status bar's list of keys: only those that do something in the current mode. */
final class ShortcutHint {

    private ShortcutHint() {
    }

    /**
     * @param views          how many views Ctrl+digit switches between
     * @param processControl a workspace's own cluster is shown: Start all, Stop all and Kill apply
     */
    static String of(int views, boolean processControl) {
        List<String> keys = new ArrayList<>();
        keys.add("Ctrl+1…" + Math.min(views, 9) + " views");
        if (processControl) {
            keys.add("Ctrl+Shift+U start all");
            keys.add("Ctrl+Shift+D stop all");
            keys.add("Ctrl+Shift+K kill the selected node");
        }
        // the shown view's own search: the Cluster view's log, the Properties keys (an external cluster's too)
        keys.add("Ctrl+F search");
        keys.add("Ctrl+N new cluster");
        keys.add("Ctrl+O open workspace");
        keys.add("Ctrl+S save");
        keys.add("F5 refresh");
        keys.add("Ctrl+T theme");
        keys.add("Ctrl+=/- text size");
        return ShortcutKey.named(String.join(" · ", keys));
    }
}
