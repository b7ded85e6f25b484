package io.brokerlab.app.timeline;

import io.brokerlab.app.NodeEvent;
import io.brokerlab.launcher.cluster.NodeState;
import io.brokerlab.launcher.cluster.NodeStatus;
import io.brokerlab.launcher.state.ClusterEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The failover timeline as a time-ordered list of sentences, newest first, so a demo shows cause and effect:
 * node actions (start, ready, stop, kill, crash, pause) come from the launcher's node events, everything the
 * cluster does about them (leader changes, ISR shrink/expand, under-replicated and offline partitions,
 * controller, ZooKeeper roles, quorum) from the state watcher's {@link ClusterEvent}s. Every effect says how long
 * after the latest cause it came ("new leader 4.1 s after broker-2 was killed"). FX thread.
 */
public final class TimelineViewModel {

    public static final int MAX_ENTRIES = 2_000;

    private final ObservableList<TimelineEntry> entries = FXCollections.observableArrayList();
    private Instant causeAt;
    private String cause;
    private boolean showInternalTopics;

    /** A batch of node changes from the launcher, oldest first. */
    public void accept(List<NodeEvent> events) {
        for (NodeEvent event : events) {
            for (TimelineEntry entry : describe(event.previous(), event.current(), event)) {
                add(entry);
            }
            NodeState state = event.current().state();
            // a graceful stop moves leaders away while the node is still STOPPING: that is already the cause
            if (event.previous().state() != state && state != NodeState.STARTING) {
                String verb = switch (state) {
                    case RUNNING -> event.previous().state() == NodeState.PAUSED ? "resumed" : "started";
                    case STOPPED -> event.current().exitReason().isPresent() ? "was killed" : "stopped";
                    case CRASHED -> "crashed";
                    case PAUSED -> "was paused";
                    case STOPPING -> "was asked to stop";
                    default -> state.name().toLowerCase(Locale.ROOT);
                };
                causeAt = event.at();
                cause = event.current().name() + " " + verb;
            }
        }
    }

    /** A batch of the state watcher's events, oldest first. */
    public void acceptCluster(List<ClusterEvent> events) {
        for (ClusterEvent event : events) {
            if (event.topic() != null && event.topic().startsWith("__") && !showInternalTopics) {
                continue;
            }
            TimelineEntry entry = describe(event);
            if (entry == null) {
                continue;
            }
            String after = cause == null || event.time().isBefore(causeAt) ? ""
                    : seconds(Duration.between(causeAt, event.time())) + " after " + cause;
            String detail = join(entry.detail(), after.isEmpty() ? "" : (effect(event) + " " + after).strip());
            add(new TimelineEntry(entry.at(), entry.node(), entry.what(), detail, entry.tone(), 0));
            if (event.type() == io.brokerlab.launcher.state.EventType.QUORUM_LOST) {
                causeAt = event.time();
                cause = "the ZooKeeper quorum was lost";
            }
        }
    }

    private static String effect(ClusterEvent e) {
        return switch (e.type()) {
            case LEADER_CHANGED -> e.leader() != null && e.leader() >= 0 ? "new leader" : "leader lost";
            case ISR_SHRUNK, ISR_EXPANDED -> ""; // the event column already says it
            case CONTROLLER_CHANGED -> "new controller";
            case BROKER_DOWN -> "session ended";
            case BROKER_UP -> "registered";
            default -> "";
        };
    }

    /** The sentence for one watcher event; null for events the launcher's node events already show. */
    static TimelineEntry describe(ClusterEvent e) {
        String partition = e.topic() + "-" + e.partition();
        return switch (e.type()) {
            case LEADER_CHANGED -> new TimelineEntry(e.time(), partition,
                    "leader " + broker(e.oldLeader()) + " → " + broker(e.leader()), "",
                    e.leader() == null || e.leader() < 0 ? TimelineEntry.Tone.BAD : TimelineEntry.Tone.NEUTRAL, 0);
            case ISR_SHRUNK -> new TimelineEntry(e.time(), partition, "ISR shrunk " + ids(e.oldIsr()) + " → " + ids(e.isr()),
                    "", TimelineEntry.Tone.BAD, 0);
            case ISR_EXPANDED -> new TimelineEntry(e.time(), partition,
                    "ISR expanded " + ids(e.oldIsr()) + " → " + ids(e.isr()), "", TimelineEntry.Tone.GOOD, 0);
            case PARTITION_UNDER_REPLICATED -> new TimelineEntry(e.time(), partition, "under-replicated", "",
                    TimelineEntry.Tone.BAD, 0);
            case PARTITION_FULLY_REPLICATED -> new TimelineEntry(e.time(), partition, "fully replicated", "",
                    TimelineEntry.Tone.GOOD, 0);
            case PARTITION_OFFLINE -> new TimelineEntry(e.time(), partition, "offline (no leader)", "",
                    TimelineEntry.Tone.BAD, 0);
            case PARTITION_ONLINE -> new TimelineEntry(e.time(), partition, "online again", "", TimelineEntry.Tone.GOOD, 0);
            case CONTROLLER_CHANGED -> new TimelineEntry(e.time(), broker(e.broker()), "became the controller",
                    e.oldBroker() == null ? "" : "was " + broker(e.oldBroker()), TimelineEntry.Tone.NEUTRAL, 0);
            case BROKER_UP -> new TimelineEntry(e.time(), broker(e.broker()), "registered", "", TimelineEntry.Tone.GOOD, 0);
            case BROKER_DOWN -> new TimelineEntry(e.time(), broker(e.broker()), "left the cluster",
                    "", TimelineEntry.Tone.BAD, 0);
            case ZOOKEEPER_ROLE_CHANGED -> new TimelineEntry(e.time(), e.node(), "ZooKeeper role: " + e.role(),
                    e.oldRole() == null ? "" : "was " + e.oldRole(), TimelineEntry.Tone.NEUTRAL, 0);
            case QUORUM_LOST -> new TimelineEntry(e.time(), "ZooKeeper", "quorum lost", "", TimelineEntry.Tone.BAD, 0);
            case QUORUM_REGAINED -> new TimelineEntry(e.time(), "ZooKeeper", "quorum regained", "",
                    TimelineEntry.Tone.GOOD, 0);
            case ZOOKEEPER_UNREACHABLE, CLUSTER_UNREACHABLE -> new TimelineEntry(e.time(), "watcher",
                    "metadata source unreachable", e.detail() == null ? "" : e.detail(), TimelineEntry.Tone.BAD, 0);
            case ZOOKEEPER_RECONNECTED, CLUSTER_RECONNECTED -> new TimelineEntry(e.time(), "watcher", "reconnected",
                    "", TimelineEntry.Tone.GOOD, 0);
            case TOPIC_CREATED -> new TimelineEntry(e.time(), e.topic(), "topic created", "", TimelineEntry.Tone.NEUTRAL, 0);
            case TOPIC_DELETED -> new TimelineEntry(e.time(), e.topic(), "topic deleted", "", TimelineEntry.Tone.NEUTRAL, 0);
            // node starts, stops, kills and pauses come from the launcher's own events (with "ready after")
            case NODE_STARTED, NODE_STOPPED, NODE_KILLED, NODE_CRASHED, NODE_PAUSED, NODE_RESUMED -> null;
        };
    }

    private static String broker(Integer id) {
        return id == null || id < 0 ? "none" : "broker-" + id;
    }

    private static String ids(List<Integer> ids) {
        return ids == null ? "[]" : ids.stream().map(String::valueOf).collect(Collectors.joining(",", "[", "]"));
    }

    private static String join(String a, String b) {
        return a.isEmpty() ? b : b.isEmpty() ? a : a + "; " + b;
    }

    /** Inserts by time (the two sources deliver independently), newest first, with the gap to the one before. */
    public void add(TimelineEntry entry) {
        int i = 0;
        while (i < entries.size() && entries.get(i).at().isAfter(entry.at())) {
            i++;
        }
        long since = i < entries.size() ? gap(entries.get(i).at(), entry.at()) : 0;
        entries.add(i, new TimelineEntry(entry.at(), entry.node(), entry.what(), entry.detail(), entry.tone(), since));
        if (i > 0) {
            TimelineEntry newer = entries.get(i - 1);
            entries.set(i - 1, new TimelineEntry(newer.at(), newer.node(), newer.what(), newer.detail(), newer.tone(),
                    gap(entry.at(), newer.at())));
        }
        if (entries.size() > MAX_ENTRIES) {
            entries.remove(MAX_ENTRIES, entries.size());
        }
    }

    private static long gap(Instant before, Instant after) {
        return Math.max(0, Duration.between(before, after).toMillis());
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
        // controller and ZooKeeper role changes come from the state watcher (acceptCluster), once each
        return out;
    }

    static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
    }

    public void showInternalTopics(boolean show) {
        showInternalTopics = show;
    }

    public void clear() {
        entries.clear();
    }

    /** Newest first. */
    public ObservableList<TimelineEntry> entries() {
        return entries;
    }
}
