package io.brokerlab.app.timeline;

import io.brokerlab.app.topics.TopicRow;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * When a topic's partitions fall below its min.insync.replicas and when they all meet it again, from the Topics
 * view's rows (counted by the brokers running): no watcher event says it, an ISR shrink says who left but not that
 * producers with acks=all are now refused. A topic whose partitions went offline instead left the count without
 * recovering: it is forgotten, and the offline partitions have lines of their own. FX thread.
 */
final class MinIsrShortfalls {

    private final Map<String, Shortfall> below = new HashMap<>();

    private record Shortfall(long partitions, Instant since) {
    }

    /** The lines the change to {@code rows}, seen at {@code at}, makes: a topic's fall, growth or recovery. */
    List<TimelineEntry> update(List<TopicRow> rows, Instant at, boolean internalTopics) {
        List<TimelineEntry> lines = new ArrayList<>();
        Set<String> listed = rows.stream().map(TopicRow::name).collect(Collectors.toSet());
        below.keySet().retainAll(listed); // a topic deleted, or another cluster's
        for (TopicRow row : rows) {
            if (row.internal() && !internalTopics) {
                continue;
            }
            Shortfall was = below.get(row.name());
            if (row.belowMinIsr() > 0) {
                if (was == null || row.belowMinIsr() > was.partitions()) {
                    lines.add(new TimelineEntry(at, row.name(), partitions(row.belowMinIsr()) + " below"
                            + " min.insync.replicas=" + row.minInsyncReplicas(), "acks=all writes refused",
                            TimelineEntry.Tone.BAD, 0));
                }
                below.put(row.name(), new Shortfall(row.belowMinIsr(), was == null ? at : was.since()));
            } else if (was != null) {
                below.remove(row.name());
                if (row.offline() == 0) {
                    lines.add(new TimelineEntry(at, row.name(), "meets min.insync.replicas=" + row.minInsyncReplicas()
                            + " again", "acks=all writes accepted after " + TimelineViewModel.seconds(
                            Duration.between(was.since(), at)) + " refused", TimelineEntry.Tone.GOOD, 0));
                }
            }
        }
        return lines;
    }

    private static String partitions(long count) {
        return count == 1 ? "1 partition" : count + " partitions";
    }
}
