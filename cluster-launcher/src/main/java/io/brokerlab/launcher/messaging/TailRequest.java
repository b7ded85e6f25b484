package io.brokerlab.launcher.messaging;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What to tail: named topics and/or topics matching a pattern (resolved when the tail starts),
 * where to start, optional partition and substring filters, and a consumer group only if the
 * user names one (otherwise nothing is committed).
 */
public record TailRequest(List<String> topics, Pattern pattern, StartPosition start, Set<Integer> partitions,
                          String keyContains, String valueContains, String group, ValueFormat format) {

    public TailRequest {
        topics = List.copyOf(topics);
        partitions = Set.copyOf(partitions);
        if (topics.isEmpty() && pattern == null) {
            throw new IllegalArgumentException("name at least one topic or a pattern to tail");
        }
        if (start == null) {
            start = new StartPosition.End();
        }
        if (format == null) {
            format = ValueFormat.TEXT;
        }
    }

    public static TailRequest of(String topic, StartPosition start) {
        return of(topic, start, Set.of());
    }

    /** Only {@code partitions} of the topic; empty for all of them. */
    public static TailRequest of(String topic, StartPosition start, Set<Integer> partitions) {
        return new TailRequest(List.of(topic), null, start, partitions, null, null, null, ValueFormat.TEXT);
    }
}
