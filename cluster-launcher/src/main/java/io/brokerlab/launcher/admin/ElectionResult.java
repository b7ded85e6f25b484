package io.brokerlab.launcher.admin;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A topic-wide preferred leader election: the partitions whose leader moved, and those that could not move with the
 * reason. Partitions already led by their preferred replica are in neither.
 */
public record ElectionResult(List<Integer> moved, Map<Integer, String> notMoved) {

    public ElectionResult {
        moved = List.copyOf(moved);
        notMoved = new TreeMap<>(notMoved);
    }

    /** One sentence for a status line or the CLI: what moved, then each partition that could not and why. */
    public String describe(String topic) {
        StringBuilder text = new StringBuilder();
        if (moved.isEmpty() && notMoved.isEmpty()) {
            return "every partition of " + topic + " is already led by its preferred replica";
        }
        text.append(moved.isEmpty() ? "no partition of " + topic + " moved"
                : (moved.size() == 1 ? "partition " : "partitions ") + topic + "-" + moved.stream().map(String::valueOf)
                        .collect(Collectors.joining(", ")) + " back on " + (moved.size() == 1 ? "its" : "their")
                        + " preferred leader");
        if (!notMoved.isEmpty()) {
            text.append("; could not move ");
            text.append(String.join("; ", notMoved.entrySet().stream()
                    .map(e -> "partition " + e.getKey() + " (" + e.getValue() + ")").toList()));
        }
        return text.toString();
    }
}
