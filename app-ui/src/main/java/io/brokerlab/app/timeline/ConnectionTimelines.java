package io.brokerlab.app.timeline;

import io.brokerlab.app.Connection;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The timeline and the durability check of each cluster shown lately, so a round trip to another one (an external
 * cluster during a demo, say) loses neither: the lines, the causes they are timed from, the form and its last result
 * come back with the cluster. Only the shown cluster's timeline takes events (the session delivers only its own), so
 * one cluster's events never land in another's. FX thread; no toolkit needed.
 */
final class ConnectionTimelines {

    /** Clusters remembered besides the one shown; each timeline keeps at most {@link TimelineViewModel#MAX_ENTRIES}. */
    static final int REMEMBERED = 5;

    private final DurabilityViewModel durability;
    private final Map<String, Page> pages = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Page> eldest) {
            return size() > REMEMBERED + 1;
        }
    };
    private final ReadOnlyObjectWrapper<TimelineViewModel> shown = new ReadOnlyObjectWrapper<>(new TimelineViewModel());
    private Page shownPage;
    private boolean internalTopics;

    /** One cluster's timeline and, while another is shown, its durability form and result. */
    private static final class Page {
        final TimelineViewModel timeline = new TimelineViewModel();
        DurabilityViewModel.Memo durability = DurabilityViewModel.Memo.EMPTY;
    }

    ConnectionTimelines(DurabilityViewModel durability) {
        this.durability = durability;
    }

    /**
     * Shows {@code connection}'s timeline and durability form as they were left (empty for one not seen lately, or
     * null: none), its check run by {@code runner}. A check of the cluster left is cancelled.
     */
    void show(Connection connection, DurabilityViewModel.Runner runner) {
        if (shownPage != null) {
            shownPage.durability = durability.memo();
        }
        durability.runner(runner);
        shownPage = connection == null ? new Page() : pages.computeIfAbsent(connection.key(), k -> new Page());
        shownPage.timeline.showInternalTopics(internalTopics);
        durability.restore(shownPage.durability);
        shown.set(shownPage.timeline);
    }

    /** The timeline of the cluster shown. */
    ReadOnlyObjectProperty<TimelineViewModel> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** For every cluster's timeline: the choice is the user's, not the cluster's. */
    void showInternalTopics(boolean show) {
        internalTopics = show;
        shown.get().showInternalTopics(show);
    }

    /** What an empty timeline says: what would fill it, which differs where nodes cannot be started. */
    static String placeholder(Connection connection) {
        if (connection == null) {
            return "Open a workspace or connect to a cluster: what happens to it appears here.";
        }
        return connection.local() ? "Start, stop or kill a node: what follows appears here."
                : "Leader, ISR, controller and topic changes of this cluster appear here as they happen.";
    }
}
