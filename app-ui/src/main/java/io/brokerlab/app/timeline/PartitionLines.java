package io.brokerlab.app.timeline;

import io.brokerlab.launcher.state.ClusterEvent;
import io.brokerlab.launcher.state.EventType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * One line for what a single cause did to many partitions of a topic at once: a kill shrinks every partition's ISR
 * within a few snapshots, and a line per partition would bury the leader changes a demo is about. Lines of the same
 * topic, change and cause within {@link #TOGETHER} of the first are one line, listing the partitions; a line already
 * shown is replaced by the longer one. FX thread.
 */
final class PartitionLines {

    /** The controller writes a kill's changes over some tens of milliseconds; the watcher sees them in a few snapshots. */
    static final Duration TOGETHER = Duration.ofSeconds(1);
    /** Runs of partitions listed; more are counted, as the column is narrow. */
    static final int LISTED = 4;

    private final Map<Key, Group> recent = new HashMap<>();

    /** What makes two partitions' lines one: the words shown for several, and the cause they are timed from. */
    private record Key(String topic, String what, String cause, TimelineEntry.Tone tone) {
    }

    private static final class Group {
        final Instant first;
        final String detail;
        final SortedSet<Integer> partitions = new TreeSet<>();
        /** The group's line as the timeline lists it, from an earlier batch; null until the first is in. */
        TimelineEntry listed;
        /** Its line as of this batch. */
        TimelineEntry shown;

        Group(TimelineEntry line, int partition) {
            first = line.at();
            detail = line.detail();
            partitions.add(partition);
            shown = line;
        }
    }

    /** The lines of one batch: those to add, and the longer lines that replace some already shown, in their place. */
    record Placed(List<TimelineEntry> added, Map<TimelineEntry, TimelineEntry> replaced) {
    }

    /**
     * Places {@code lines}, each the line of the event beside it (a partition's change, timed from {@code causes}'
     * sentence, or "" for none), together with those of the same topic, change and cause.
     */
    Placed place(List<ClusterEvent> events, List<TimelineEntry> lines, List<String> causes) {
        List<TimelineEntry> added = new ArrayList<>();
        Map<TimelineEntry, TimelineEntry> replaced = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            ClusterEvent event = events.get(i);
            TimelineEntry line = lines.get(i);
            recent.values().removeIf(g -> g.first.isBefore(line.at().minus(TOGETHER)));
            Key key = new Key(event.topic(), together(event), causes.get(i), line.tone());
            Group group = recent.get(key);
            if (group == null || line.at().isBefore(group.first) || !group.partitions.add(event.partition())) {
                recent.put(key, new Group(line, event.partition()));
                added.add(line);
                continue;
            }
            TimelineEntry longer = new TimelineEntry(group.first, partitions(event.topic(), group.partitions),
                    key.what(), group.detail, line.tone(), 0);
            int inBatch = indexOf(added, group.shown);
            if (inBatch >= 0) {
                added.set(inBatch, longer);
            } else {
                replaced.put(group.listed, longer);
            }
            group.shown = longer;
        }
        recent.values().forEach(group -> group.listed = group.shown); // what the timeline lists once the batch is in
        return new Placed(added, replaced);
    }

    /** The lines are forgotten: none is replaced any more. */
    void clear() {
        recent.clear();
    }

    /** Whether the event is a partition's, which another partition's may join. */
    static boolean isPartitionChange(ClusterEvent e) {
        return e.topic() != null && e.partition() != null && switch (e.type()) {
            case LEADER_CHANGED, ISR_SHRUNK, ISR_EXPANDED, PARTITION_UNDER_REPLICATED, PARTITION_FULLY_REPLICATED,
                    PARTITION_OFFLINE, PARTITION_ONLINE -> true;
            default -> false;
        };
    }

    /** The words for several partitions: an ISR change names the brokers that left or came back, not each list. */
    private static String together(ClusterEvent e) {
        if (e.type() == EventType.ISR_SHRUNK) {
            return "ISR shrunk: without " + brokers(TimelineViewModel.without(e.oldIsr(), e.isr()));
        }
        if (e.type() == EventType.ISR_EXPANDED) {
            return "ISR expanded: " + brokers(TimelineViewModel.without(e.isr(), e.oldIsr())) + " back in";
        }
        return TimelineViewModel.describe(e).what();
    }

    private static String brokers(List<Integer> ids) {
        return ids.stream().map(id -> "broker-" + id).collect(Collectors.joining(", "));
    }

    /** "orders-0–5", "orders-0, 2, 4", "orders-0–2, 5": runs of partitions as ranges, the column is narrow. */
    static String partitions(String topic, SortedSet<Integer> partitions) {
        List<String> runs = new ArrayList<>();
        Integer first = null;
        Integer last = null;
        for (int p : partitions) {
            if (last != null && p == last + 1) {
                last = p;
                continue;
            }
            if (first != null) {
                runs.add(run(first, last));
            }
            first = p;
            last = p;
        }
        runs.add(run(first, last));
        if (runs.size() > LISTED) {
            return topic + ": " + partitions.size() + " partitions";
        }
        return topic + "-" + String.join(", ", runs);
    }

    private static String run(int first, int last) {
        return first == last ? String.valueOf(first) : last == first + 1 ? first + ", " + last : first + "–" + last;
    }

    /** By identity: two partitions' lines may be equal in every field but the place. */
    private static int indexOf(List<TimelineEntry> lines, TimelineEntry line) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i) == line) {
                return i;
            }
        }
        return -1;
    }
}
