package io.brokerlab.app.topics;

import java.util.Arrays;

/** What a topic's cleanup.policy means for its messages, for the "compacted" tag in the list and the detail. */
final class Compaction {

    /** The tag's word, the same for compact and compact,delete: the tooltip tells them apart. */
    static final String TAG = "compacted";

    private Compaction() {
    }

    /** Whether {@code cleanupPolicy} (as Kafka words it: "compact,delete") has Kafka compact the topic. */
    static boolean compacted(String cleanupPolicy) {
        return Arrays.stream(cleanupPolicy.split(",")).anyMatch(p -> p.strip().equals("compact"));
    }

    /** The tag's tooltip: the policy and what it does, which a consumer reading from the beginning sees. */
    static String explained(String cleanupPolicy) {
        String compacted = "Kafka keeps at least the latest message of each key and removes older ones with the same"
                + " key, so reading from the beginning gives each key's last value; a message with a null value (a"
                + " tombstone) removes its key.";
        boolean deletes = Arrays.stream(cleanupPolicy.split(",")).anyMatch(p -> p.strip().equals("delete"));
        return "cleanup.policy=" + cleanupPolicy.replace(" ", "") + ": " + compacted + (deletes
                ? " Messages older than retention.ms are also deleted, latest values too." : "");
    }
}
