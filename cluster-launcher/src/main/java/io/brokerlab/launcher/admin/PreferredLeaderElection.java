package io.brokerlab.launcher.admin;

import static io.brokerlab.launcher.admin.KafkaErrors.await;
import static io.brokerlab.launcher.admin.KafkaErrors.translate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListPartitionReassignmentsOptions;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.ElectionType;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.common.errors.ElectionNotNeededException;
import org.apache.kafka.common.errors.NotControllerException;

/**
 * Preferred leader elections that name, for each partition that keeps its leader, why: Kafka's own answer is only
 * "not available". A preferred replica known to be down is not asked for at all. Blocking calls.
 */
final class PreferredLeaderElection {

    /**
     * How long an election that reached a broker no longer the controller is retried. Long enough for a controller
     * elected when the old one's ZooKeeper session expired (4 s in Brokerlab's files) to be found; short for a click.
     */
    private static final Duration CONTROLLER_MOVE = Duration.ofSeconds(5);
    private static final int CONTROLLER_RETRIES = 3;

    private final Admin admin;
    private final TopicReader reader;

    PreferredLeaderElection(Admin admin, TopicReader reader) {
        this.admin = admin;
        this.reader = reader;
    }

    ElectionResult electAll(String name) {
        TopicDescription description = reader.describeTopic(name);
        return elect(description, description.partitions().stream()
                .map(p -> new TopicPartition(name, p.partition()))
                .collect(Collectors.toCollection(LinkedHashSet::new)));
    }

    /** Fails on the first partition that could not move, since each was asked for by name. */
    List<Integer> electEach(String name, Set<Integer> partitions) {
        ElectionResult result = tryElect(name, partitions);
        result.notMoved().entrySet().stream().findFirst().ifPresent(failed -> {
            throw new AdminException("cannot elect the preferred leader of " + name + "-" + failed.getKey() + ": "
                    + failed.getValue());
        });
        return result.moved();
    }

    ElectionResult tryElect(String name, Set<Integer> partitions) {
        if (partitions.isEmpty()) {
            throw new AdminException("nothing to elect: name at least one partition of " + name);
        }
        TopicDescription description = reader.describeTopic(name);
        int count = description.partitions().size();
        for (int partition : partitions) {
            if (partition < 0 || partition >= count) {
                throw new AdminException("topic " + name + " has no partition " + partition + " (it has " + count
                        + ")");
            }
        }
        return elect(description, partitions.stream().map(p -> new TopicPartition(name, p)).collect(Collectors.toSet()));
    }

    private ElectionResult elect(TopicDescription description, Set<TopicPartition> partitions) {
        String name = description.name();
        Set<Integer> live = reader.liveBrokerIds();
        Map<Integer, String> notMoved = new TreeMap<>();
        Set<TopicPartition> electable = new HashSet<>();
        for (TopicPartition partition : partitions) {
            List<Node> replicas = description.partitions().get(partition.partition()).replicas();
            if (!replicas.isEmpty() && !live.contains(replicas.get(0).id())) {
                notMoved.put(partition.partition(), preferredReplicaDown(replicas.get(0).id()));
            } else {
                electable.add(partition);
            }
        }
        Map<TopicPartition, Optional<Throwable>> results = electable.isEmpty() ? Map.of() : electLeaders(electable, name);
        List<Integer> moved = new ArrayList<>();
        for (Map.Entry<TopicPartition, Optional<Throwable>> result : byPartition(results).entrySet()) {
            Optional<Throwable> error = result.getValue();
            int partition = result.getKey().partition();
            if (error.isEmpty()) {
                moved.add(partition);
            } else if (!(error.get() instanceof ElectionNotNeededException)) {
                notMoved.put(partition, whyNotElected(description.partitions().get(partition), error.get()));
            }
        }
        return new ElectionResult(moved, notMoved);
    }

    /**
     * Kafka's Admin forgets the controller and retries on NOT_CONTROLLER for its other controller requests, but not for
     * an election's per-partition results: it keeps asking the broker its metadata last named as controller, for up to
     * metadata.max.age.ms (5 minutes). That goes wrong after the controller broker dies and restarts, since the Admin
     * refreshes its metadata when the connection drops, while the other brokers still name the dead one.
     */
    private Map<TopicPartition, Optional<Throwable>> electLeaders(Set<TopicPartition> partitions, String name) {
        String what = "elect leaders of " + name;
        Map<TopicPartition, Optional<Throwable>> results = new HashMap<>(
                await(admin.electLeaders(ElectionType.PREFERRED, partitions).partitions(), what));
        long deadline = System.nanoTime() + CONTROLLER_MOVE.toNanos();
        Set<TopicPartition> misdirected = notController(results);
        for (int retry = 0; retry < CONTROLLER_RETRIES && !misdirected.isEmpty() && findController(misdirected, deadline);
                retry++) {
            results.putAll(await(admin.electLeaders(ElectionType.PREFERRED, misdirected).partitions(), what));
            misdirected = notController(results);
        }
        return results;
    }

    /**
     * Makes the Admin find the current controller, within the deadline: listing reassignments is a controller request
     * with no effect, and Kafka's Admin handles NOT_CONTROLLER on it by refreshing its metadata until the controller
     * answers. False if none answered in time (one is still being elected).
     */
    private boolean findController(Set<TopicPartition> partitions, long deadline) {
        long remainingMs = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
        if (remainingMs <= 0) {
            return false;
        }
        try {
            admin.listPartitionReassignments(partitions,
                    new ListPartitionReassignmentsOptions().timeoutMs((int) remainingMs)).reassignments().get();
            return true;
        } catch (ExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AdminException("interrupted while looking for the controller", e);
        }
    }

    private static Set<TopicPartition> notController(Map<TopicPartition, Optional<Throwable>> results) {
        return results.entrySet().stream()
                .filter(result -> result.getValue().filter(NotControllerException.class::isInstance).isPresent())
                .map(Map.Entry::getKey).collect(Collectors.toSet());
    }

    static String preferredReplicaDown(int broker) {
        return "its preferred replica broker-" + broker + " is down; start it again, then elect";
    }

    /** Kafka says only "not available": the description says whether the (live) preferred replica is behind. */
    private static String whyNotElected(TopicPartitionInfo partition, Throwable error) {
        if (!partition.replicas().isEmpty()) {
            int preferred = partition.replicas().get(0).id();
            if (partition.isr().stream().noneMatch(n -> n.id() == preferred)) {
                return "its preferred replica broker-" + preferred + " is not in sync yet; elect once it has caught up";
            }
        }
        return translate(error, "elect").getMessage().replaceFirst("^cannot elect: ", "");
    }

    private static Map<TopicPartition, Optional<Throwable>> byPartition(Map<TopicPartition, Optional<Throwable>> results) {
        Map<TopicPartition, Optional<Throwable>> sorted = new TreeMap<>(Comparator.comparingInt(TopicPartition::partition));
        sorted.putAll(results);
        return sorted;
    }
}
