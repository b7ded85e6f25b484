package io.brokerlab.app.topics;

import io.brokerlab.launcher.admin.TopicConfigEntry;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;

/**
 * Reads the shown topics' cleanup.policy, for the "compacted" tag: neither the state watcher's states nor the describe
 * of all topics carry configs, so each topic's configs are read once with the describe the configs dialog uses, in the
 * background, one topic after another, and kept in {@link ShownTopics}. A topic is read again after the app changed
 * its configs, on Refresh (the CLI may have changed them), and when it comes back after a delete. FX thread.
 */
final class CleanupPolicyReads {

    static final String CLEANUP_POLICY = "cleanup.policy";

    private final Executor background;
    private final Executor fx;
    private final ShownTopics shown;
    /** The topics read, being read or whose read failed: none of them is asked for again unless forgotten. */
    private final Set<String> asked = new HashSet<>();
    /** The topics whose read failed: asked for again once the live brokers change, or on Refresh. */
    private final Set<String> failed = new HashSet<>();
    private boolean reading;

    CleanupPolicyReads(Executor background, Executor fx, ShownTopics shown) {
        this.background = background;
        this.fx = fx;
        this.shown = shown;
    }

    /** The topic list changed: a topic not read yet is read, and a topic gone is forgotten. */
    void topicsChanged() {
        Set<String> names = shown.topics().stream().map(TopicRow::name).collect(Collectors.toSet());
        failed.retainAll(names);
        if (asked.retainAll(names)) {
            // a read stopped by a topic deleted meanwhile: the topics after it are tried again
            asked.removeAll(failed);
            failed.clear();
        }
        shown.retainCleanupPolicies(names);
        readMissing();
    }

    /** Brokers came or went: the reads that failed for want of one are tried again. */
    void brokersChanged() {
        asked.removeAll(failed);
        failed.clear();
        readMissing();
    }

    /** {@code topic}'s configs were changed: read again, its tag kept as it was until then. */
    void reread(String topic) {
        asked.remove(topic);
        failed.remove(topic);
        readMissing();
    }

    /** Every topic read again (Refresh); the tags kept as they were until then. */
    void rereadAll() {
        asked.clear();
        failed.clear();
        readMissing();
    }

    /** Another cluster is shown: a read of the last one still under way is not waited for. */
    void reset() {
        asked.clear();
        failed.clear();
        reading = false;
    }

    private void readMissing() {
        TopicSource s = shown.source();
        if (s == null || reading || shown.liveBrokers().isEmpty()) {
            return;
        }
        List<String> missing = shown.topics().stream().map(TopicRow::name).filter(n -> !asked.contains(n)).toList();
        if (missing.isEmpty()) {
            return;
        }
        asked.addAll(missing);
        reading = true;
        CompletableFuture.supplyAsync(() -> read(s, missing), background).whenCompleteAsync((read, error) -> {
            if (s != shown.source()) {
                return;
            }
            reading = false;
            if (error != null) {
                failed.addAll(missing);
                return;
            }
            failed.addAll(read.failed());
            shown.cleanupPolicies(read.policies());
            readMissing();
        }, fx);
    }

    /**
     * Blocking. Stops at the first topic that cannot be read: when no broker answers, each further topic would wait
     * out the admin client's timeout as well. The topics not read are failed ones.
     */
    private static Read read(TopicSource s, List<String> names) {
        Map<String, String> policies = new HashMap<>();
        for (String name : names) {
            try {
                policies.put(name, s.describe(name).configs().stream().filter(c -> c.name().equals(CLEANUP_POLICY))
                        .map(TopicConfigEntry::value).findFirst().orElse(""));
            } catch (RuntimeException e) {
                break;
            }
        }
        return new Read(policies, names.stream().filter(n -> !policies.containsKey(n)).collect(Collectors.toSet()));
    }

    private record Read(Map<String, String> policies, Set<String> failed) {
    }
}
