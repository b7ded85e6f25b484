package io.brokerlab.app.timeline;

import io.brokerlab.app.NodeEvent;
import io.brokerlab.launcher.cluster.NodeState;
import io.brokerlab.launcher.cluster.NodeStatus;
import io.brokerlab.launcher.config.NodeKind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Node events (from the launcher's ClusterListener, for now) as a time-ordered list of sentences with the time
 * since the previous one, so a demo shows cause and effect. A future state watcher adds leader and ISR events
 * through {@link #add}. FX thread.
 */
public final class TimelineViewModel {

    public static final int MAX_ENTRIES = 2_000;

    private final ObservableList<TimelineEntry> entries = FXCollections.observableArrayList();

    /** A batch of node changes, oldest first. */
    public void accept(List<NodeEvent> events) {
        List<TimelineEntry> added = new ArrayList<>();
        for (NodeEvent event : events) {
            added.addAll(describe(event.previous(), event.current(), event));
        }
        added.forEach(this::add);
    }

    public void add(TimelineEntry entry) {
        TimelineEntry last = entries.isEmpty() ? null : entries.get(0);
        long since = last == null ? 0 : Math.max(0, Duration.between(last.at(), entry.at()).toMillis());
        entries.add(0, new TimelineEntry(entry.at(), entry.node(), entry.what(), entry.detail(), entry.tone(), since));
        if (entries.size() > MAX_ENTRIES) {
            entries.remove(MAX_ENTRIES, entries.size());
        }
    }

    static List<TimelineEntry> describe(NodeStatus previous, NodeStatus current, NodeEvent event) {
        List<TimelineEntry> out = new ArrayList<>();
        String node = current.name();
        if (previous.state() != current.state()) {
            String took = previous.since() != null && current.since() != null
                    && previous.state() == NodeState.STARTING && current.state() == NodeState.RUNNING
                    ? "ready after " + seconds(Duration.between(previous.since(), current.since())) : "";
            TimelineEntry.Tone tone = switch (current.state()) {
                case CRASHED -> TimelineEntry.Tone.BAD;
                case RUNNING -> TimelineEntry.Tone.GOOD;
                case PAUSED -> TimelineEntry.Tone.BAD;
                default -> TimelineEntry.Tone.NEUTRAL;
            };
            String what = switch (current.state()) {
                case CRASHED -> "crashed or was killed";
                case RUNNING -> previous.state() == NodeState.PAUSED ? "resumed" : "running";
                case STARTING -> "starting";
                case STOPPING -> "stopping";
                case STOPPED -> "stopped";
                case PAUSED -> "paused (hung)";
            };
            String detail = current.state() == NodeState.CRASHED ? current.exitReason().orElse("") : took;
            if (current.state() == NodeState.STOPPED && current.exitReason().isPresent()) {
                // the launcher reports a kill as a stop with its reason
                what = "killed";
                tone = TimelineEntry.Tone.BAD;
                detail = current.exitReason().get();
            }
            out.add(new TimelineEntry(event.at(), node, what, detail, tone, 0));
        }
        if (current.kind() == NodeKind.BROKER && previous.controller() != current.controller()) {
            out.add(new TimelineEntry(event.at(), node, current.controller() ? "became the controller"
                    : "is no longer the controller", "", TimelineEntry.Tone.NEUTRAL, 0));
        }
        if (current.kind() == NodeKind.ZOOKEEPER && !Objects.equals(previous.role(), current.role())
                && current.role().isPresent()) {
            out.add(new TimelineEntry(event.at(), node, "ZooKeeper role: " + current.role().get(),
                    previous.role().map(r -> "was " + r).orElse(""), TimelineEntry.Tone.NEUTRAL, 0));
        }
        return out;
    }

    static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
    }

    public void clear() {
        entries.clear();
    }

    /** Newest first. */
    public ObservableList<TimelineEntry> entries() {
        return entries;
    }
}
