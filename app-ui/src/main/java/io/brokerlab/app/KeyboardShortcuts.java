package io.brokerlab.app;

import java.util.ArrayList;
import java.util.List;

/**
 * Every key the app answers, grouped by where it works: the list F1 shows. The status bar has room for a few only;
 * this is where a user finds the rest (a view's own keys are bound in that view, and named here too).
 */
final class KeyboardShortcuts {

    record Shortcut(String keys, String what) {
    }

    record Group(String title, List<Shortcut> shortcuts) {
    }

    private KeyboardShortcuts() {
    }

    /**
     * @param views          the views' titles, in sidebar order: Ctrl+1 opens the first
     * @param processControl a workspace's own cluster is shown: Start all, Stop all and Kill apply
     */
    static List<Group> of(List<String> views, boolean processControl) {
        List<Shortcut> window = new ArrayList<>();
        for (int i = 0; i < views.size() && i < 9; i++) {
            window.add(new Shortcut("Ctrl+" + (i + 1), views.get(i)));
        }
        window.add(new Shortcut("Up / Down", "the next view, in the sidebar"));
        window.add(new Shortcut("Ctrl+F", "search the view (log, keys, topics, messages)"));
        window.add(new Shortcut("F5", "refresh the view"));
        window.add(new Shortcut("Ctrl+N", "new cluster"));
        window.add(new Shortcut("Ctrl+O", "open a workspace"));
        window.add(new Shortcut("Ctrl+T", "light or dark theme"));
        window.add(new Shortcut("Ctrl+= / Ctrl+-", "larger or smaller text"));
        window.add(new Shortcut("Ctrl+0", "the usual text size"));
        window.add(new Shortcut("F1", "this list"));
        List<Group> groups = new ArrayList<>();
        groups.add(new Group("Window", window));
        if (processControl) {
            groups.add(new Group("Cluster (from every view)", List.of(
                    new Shortcut("Ctrl+Shift+U", "start all nodes"),
                    new Shortcut("Ctrl+Shift+D", "stop all nodes"),
                    new Shortcut("Ctrl+Shift+K",
                            "kill the selected node (in Topics: the selected partition's leader)"))));
        }
        groups.add(new Group("Node log", List.of(
                new Shortcut("Ctrl+C", "copy the selected lines"),
                new Shortcut("Esc", "clear the search"))));
        groups.add(new Group("Properties", List.of(
                new Shortcut("Ctrl+S", "save the file"),
                new Shortcut("Enter", "on a problem: go to its key"))));
        groups.add(new Group("Topics", List.of(
                new Shortcut("Ctrl+Shift+N", "new topic"),
                new Shortcut("Delete", "in the topic list: delete the topic (asks first)"),
                new Shortcut("Enter / Shift+F10", "on a replica map cell: its actions"))));
        groups.add(new Group("Console", List.of(
                new Shortcut("Ctrl+Enter", "send the message"),
                new Shortcut("Ctrl+Shift+T", "tail the topic (again: start over)"),
                new Shortcut("Ctrl+Shift+E", "stop the tail"),
                new Shortcut("Ctrl+Shift+P", "pause or resume the view"),
                new Shortcut("Tab", "in the value: the next field"))));
        return groups;
    }
}
