package io.brokerlab.app.topics;

import io.brokerlab.app.UserAction;
import io.brokerlab.launcher.admin.NewTopicRequest;
import io.brokerlab.launcher.admin.TopicInfo;
import io.brokerlab.launcher.config.TopicConfigCatalog;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Changes to a topic's existence and shape: create, delete, add partitions, and reading and changing its configs.
 * What Kafka would refuse or what would harm the cluster is refused before any broker is asked. FX thread.
 */
final class TopicCommands {

    private final Executor background;
    private final Executor fx;
    private final ShownTopics shown;
    private final ActionRunner actions;
    private final TopicReads reads;
    private final CleanupPolicyReads cleanupPolicies;
    /** Told of a topic about to be deleted, on the thread that deletes it; the delete waits for it. */
    private volatile Consumer<String> beforeDelete = name -> { };
    /** Told of a change made to a topic's shape or configs, once made. FX thread. */
    private Consumer<UserAction> done = action -> { };

    TopicCommands(Executor background, Executor fx, ShownTopics shown, ActionRunner actions, TopicReads reads,
                  CleanupPolicyReads cleanupPolicies) {
        this.background = background;
        this.fx = fx;
        this.shown = shown;
        this.actions = actions;
        this.reads = reads;
        this.cleanupPolicies = cleanupPolicies;
    }

    /**
     * Creates the topic and selects it once the cluster has it. A cleanup.policy it is created with is its tag at once:
     * the brokers refuse to describe it until its metadata reached them.
     */
    CompletableFuture<Void> create(NewTopicRequest request) {
        String name = request.name();
        return actions.act(name, "Create topic " + name, s -> {
            s.create(request);
            return null;
        }, v -> {
            String policy = request.configs().get(CleanupPolicyReads.CLEANUP_POLICY);
            if (policy != null) {
                cleanupPolicies.created(name, policy.strip());
            }
            shown.selectedProperty().set(name);
            reads.refresh();
            return "Created " + name;
        });
    }

    /**
     * The min.insync.replicas a new topic gets when it sets none, read from the brokers in the background; empty when
     * it cannot be read (the dialog then checks only a typed value). Completes on the FX thread.
     */
    CompletableFuture<OptionalInt> brokerMinInsyncReplicas() {
        TopicSource s = shown.source();
        if (s == null) {
            return CompletableFuture.completedFuture(OptionalInt.empty());
        }
        return CompletableFuture.supplyAsync(() -> brokerMinInsyncReplicas(s), background)
                .handleAsync((value, error) -> error != null ? OptionalInt.empty() : value, fx);
    }

    /** Blocking; empty when the brokers do not say or cannot be asked: only typed values are checked then. */
    private static OptionalInt brokerMinInsyncReplicas(TopicSource s) {
        try {
            Optional<String> value = s.brokerConfig("min.insync.replicas");
            return value.isEmpty() ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(value.get().trim()));
        } catch (RuntimeException e) {
            return OptionalInt.empty();
        }
    }

    void onDone(Consumer<UserAction> listener) {
        done = listener;
    }

    void beforeDelete(Consumer<String> listener) {
        beforeDelete = listener;
    }

    CompletableFuture<Void> delete(String name) {
        if (shown.internal(name)) {
            return actions.refuse("Delete " + name, name + " is an internal topic: Kafka keeps the consumer groups'"
                    + " committed offsets or the transactions' state in it and cannot work without it");
        }
        List<String> listed = shown.topics().stream().map(TopicRow::name).toList();
        return actions.act(name, "Delete " + name, s -> {
            beforeDelete.accept(name);
            s.delete(name);
            return null;
        }, v -> {
            if (name.equals(shown.selectedProperty().get())) {
                shown.selectedProperty().set(neighbour(listed, name).orElse(null));
            }
            return "Deleted " + name;
        });
    }

    /**
     * The topic shown after {@code deleted}: the one listed after it when the delete was asked for, which takes its
     * row, else the one before, so the selection stays where the pointer was; of those still listed.
     */
    private Optional<String> neighbour(List<String> listed, String deleted) {
        int at = listed.indexOf(deleted);
        List<String> after = at < 0 ? List.of() : listed.subList(at + 1, listed.size());
        List<String> before = new ArrayList<>(at < 0 ? List.of() : listed.subList(0, at));
        Collections.reverse(before);
        Set<String> still = shown.topics().stream().map(TopicRow::name).collect(Collectors.toSet());
        return Stream.concat(after.stream(), before.stream()).filter(still::contains).findFirst();
    }

    /** {@code total} must exceed the current count (Kafka cannot remove partitions). */
    CompletableFuture<Void> addPartitions(String name, int total) {
        String doing = "Grow " + name + " to " + total + " partitions";
        if (shown.internal(name)) {
            return actions.refuse(doing, name + " is an internal topic: Kafka finds each consumer group's offsets (or"
                    + " each transactional producer's state) in the partition its id hashes to, so more partitions"
                    + " would lose track of them");
        }
        TopicInfo t = shown.topic(name);
        if (t != null && total <= t.partitions().size()) {
            return actions.refuse(doing, "A topic's partitions can only grow: " + name + " has "
                    + t.partitions().size());
        }
        if (total > CreateTopicViewModel.MAX_PARTITIONS) {
            return actions.refuse(doing, "At most " + CreateTopicViewModel.MAX_PARTITIONS + " partitions, as when"
                    + " creating a topic: each partition is log files and open handles on every broker holding a"
                    + " replica, and Kafka cannot take partitions away again");
        }
        return actions.act(name, doing, s -> {
            s.addPartitions(name, total);
            return null;
        }, v -> {
            // the new partitions' first leaders follow from it
            done.accept(new UserAction(Instant.now(), name, OptionalInt.empty(), "partitions added: "
                    + (t == null ? "" : t.partitions().size() + " → ") + total, "partitions were added"));
            return name + " now has " + total + " partitions";
        });
    }

    /**
     * The topic's configs for the configs dialog, read in the background together with Kafka's topic config
     * definitions (they take a moment to load the first time) and the brokers' min.insync.replicas (what a reset
     * override falls back to); completes on the FX thread, null when the read failed (the status line says why).
     */
    CompletableFuture<TopicConfigsViewModel> configs(String name) {
        return actions.act(name, "Read the configs of " + name, s -> {
            TopicInfo topic = s.describe(name);
            return new ReadConfigs(topic, TopicConfigCatalog.get(), brokerMinInsyncReplicas(s));
        }, read -> "").thenApply(read -> read == null ? null : new TopicConfigsViewModel(name, read.topic().configs(),
                read.catalog(), smallestReplicaCount(read.topic()), read.brokerMinInsyncReplicas()));
    }

    /**
     * Kafka's topic config definitions, loaded in the background the first time (they take a moment); completes on
     * the FX thread.
     */
    CompletableFuture<TopicConfigCatalog> topicConfigCatalog() {
        return CompletableFuture.supplyAsync(TopicConfigCatalog::get, background).thenApplyAsync(catalog -> catalog, fx);
    }

    private record ReadConfigs(TopicInfo topic, TopicConfigCatalog catalog, OptionalInt brokerMinInsyncReplicas) {
    }

    /** The replicas of the partition with the fewest (all alike but during a reassignment); 0 without partitions. */
    private static int smallestReplicaCount(TopicInfo topic) {
        return topic.partitions().stream().mapToInt(p -> p.replicas().size()).min().orElse(0);
    }

    CompletableFuture<Void> alterConfigs(String name, ConfigEdit edit) {
        if (edit.isEmpty()) {
            actions.report("No config changed");
            return CompletableFuture.completedFuture(null);
        }
        // the configs dialog stays open on a refusal and shows the reason at the field it names
        return actions.act(name, "Change the configs of " + name, s -> {
            s.alterConfigs(name, edit.set(), edit.remove());
            return null;
        }, v -> {
            List<String> changes = new ArrayList<>();
            edit.set().forEach((key, value) -> changes.add(key + "=" + value));
            edit.remove().forEach(key -> changes.add(key + " reset"));
            done.accept(UserAction.listed(name, "configs changed: " + String.join(", ", changes)));
            return "Configs of " + name + ": " + edit.set().size() + " set, " + edit.remove().size() + " reset";
        }, false);
    }
}
