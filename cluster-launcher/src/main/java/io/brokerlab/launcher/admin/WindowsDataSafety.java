package io.brokerlab.launcher.admin;

import io.brokerlab.launcher.config.WindowsBrokerDefaults;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * On Windows a Kafka broker stops when it deletes or renames log files (KAFKA-1194, never fixed; docs/windows.md).
 * The generated broker defaults never delete data; these checks catch the topic-level requests that would.
 * Only local clusters on a Windows machine are at risk: an external cluster's brokers run elsewhere.
 */
public final class WindowsDataSafety {

    public static final String RISKY_SETTING = "On Windows, Kafka crashes when it deletes or compacts log segments"
            + " (KAFKA-1194). Brokerlab keeps all data during a session; this setting would make the broker delete"
            + " files and stop.";
    public static final String DELETE_TOPIC = "Deleting a topic crashes Kafka brokers on Windows (KAFKA-1194), so it"
            + " is disabled here. To get rid of topics, stop the cluster and reset it (`brokerlab reset --yes`): this"
            + " wipes the data while every file is closed.";

    public static final String REMOVE_REPLICA = "A reassignment that takes a replica off a broker deletes that"
            + " replica's folder, which crashes the broker on Windows (KAFKA-1194). Reordering the same brokers"
            + " (to move leadership) is safe.";

    /** Settings that make a broker roll, delete or rewrite segments during a session. */
    private static final Set<String> SEGMENT_CHURN = Set.of(
            "segment.bytes", "segment.ms", "delete.retention.ms", "min.compaction.lag.ms");

    private final boolean enabled;

    public WindowsDataSafety(boolean enabled) {
        this.enabled = enabled;
    }

    /** Enabled when this machine runs Windows (a local cluster's brokers run here). */
    public static WindowsDataSafety forThisMachine() {
        return new WindowsDataSafety(WindowsBrokerDefaults.onThisMachine());
    }

    public boolean enabled() {
        return enabled;
    }

    /** The keys among {@code configs} that would make a Windows broker delete files; empty when safe or not Windows. */
    public List<String> riskyKeys(Map<String, String> configs) {
        List<String> risky = new ArrayList<>();
        if (!enabled) {
            return risky;
        }
        configs.forEach((key, value) -> {
            String v = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
            boolean retention = (key.equals("retention.ms") || key.equals("retention.bytes")) && !v.equals("-1");
            boolean compaction = key.equals("cleanup.policy") && v.contains("compact");
            if (retention || compaction || SEGMENT_CHURN.contains(key)) {
                risky.add(key);
            }
        });
        return risky;
    }

    /** The brokers of {@code current} that {@code next} leaves out (their replica folders would be deleted); empty when safe or not Windows. */
    public List<Integer> removedReplicas(List<Integer> current, List<Integer> next) {
        return enabled ? current.stream().filter(broker -> !next.contains(broker)).toList() : List.of();
    }
}
