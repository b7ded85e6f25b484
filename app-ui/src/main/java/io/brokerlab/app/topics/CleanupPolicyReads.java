package io.brokerlab.app.topics;

import io.brokerlab.launcher.admin.TopicConfigEntry;
import java.time.Duration;
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
 * its configs, on Refresh (the CLI may have changed them), and when it comes back after a delete. A topic the app
 * created has the policy it was created with. FX thread.
 */
final class CleanupPolicyReads {

    static final String CLEANUP_POLICY = "cleanup.policy";
    /**
     * How long after a failed read it is tried again, one delay per retry: a topic just created is listed before its
     * metadata reached every broker, and a broker that does not know it yet refuses the describe.
     */
    static final List<Duration> RETRY_DELAYS = List.of(Duration.ofSeconds(1), Duration.ofSeconds(2),
            Duration.ofSeconds(4));

    /** Runs a task on the FX thread after a delay. */
    interface Later {
        void run(Duration delay, Runnable task);
    }

    private final Executor background;
    private final Executor fx;
    private final Later later;
    private final ShownTopics shown;
    /** The topics read, being read or whose read failed: none of them is asked for again unless forgotten. */
    private final Set<String> asked = new HashSet<>();
    /**
     * The topics whose read failed: asked for again after each of {@link #RETRY_DELAYS}, then once the live brokers
     * change, or on Refresh.
     */
    private final Set<String> failed = new HashSet<>();
    /** The policies of topics the app created, until the topic is listed. */
    private final Map<String, String> created = new HashMap<>();
    private boolean reading;
    /** The failed reads in a row, which picks the next retry's delay. */
    private int retries;
    /** Bumped when a retry due is no longer wanted (another cluster, or everything read again anyway). */
    private int retryGeneration;
    private boolean retryDue;

    CleanupPolicyReads(Executor background, Executor fx, Later later, ShownTopics shown) {
        this.background = background;
        this.fx = fx;
        this.later = later;
        this.shown = shown;
    }

    /**
     * The app created {@code topic} with {@code policy}: the tag is shown from its first row on, rather than from
     * a describe that the brokers refuse until the topic's metadata reached them.
     */
    void created(String topic, String policy) {
        created.put(topic, policy);
        topicsChanged();
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
        Map<String, String> listed = new HashMap<>(created);
        listed.keySet().retainAll(names);
        if (!listed.isEmpty()) {
            created.keySet().removeAll(listed.keySet());
            asked.addAll(listed.keySet());
            failed.removeAll(listed.keySet());
            shown.cleanupPolicies(listed);
        }
        readMissing();
    }

    /** Brokers came or went: the reads that failed for want of one are tried again. */
    void brokersChanged() {
        retries = 0;
        retryFailed();
    }

    private void retryFailed() {
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
        created.clear();
        forgetRetries();
        readMissing();
    }

    /** Another cluster is shown: a read of the last one still under way is not waited for. */
    void reset() {
        asked.clear();
        failed.clear();
        created.clear();
        forgetRetries();
        reading = false;
    }

    private void forgetRetries() {
        retries = 0;
        retryGeneration++;
        retryDue = false;
    }

    /** After a read left topics failed: tried again after the next delay, unless one is due already or none is left. */
    private void retryLater() {
        if (failed.isEmpty() || retryDue || retries >= RETRY_DELAYS.size()) {
            return;
        }
        retryDue = true;
        int generation = retryGeneration;
        later.run(RETRY_DELAYS.get(retries++), () -> {
            if (generation == retryGeneration) {
                retryDue = false;
                retryFailed();
            }
        });
    }

    private void readMissing() {
        TopicSource s = shown.source();
        // without a ZooKeeper quorum a broker asked for a topic's configs waits on ZooKeeper in one of its few
        // request threads, long after the app gave up: a few reads (and retries) left the brokers answering no one.
        // Read once the quorum is back (brokersChanged)
        if (s == null || reading || shown.liveBrokers().isEmpty() || shown.quorumLostProperty().get()) {
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
                retryLater();
                return;
            }
            failed.addAll(read.failed());
            shown.cleanupPolicies(read.policies());
            if (read.failed().isEmpty()) {
                retries = 0;
            }
            retryLater();
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
