package io.brokerlab.launcher.admin;

import static io.brokerlab.launcher.admin.KafkaErrors.await;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewPartitionReassignment;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.TopicPartition;

/** A partition's new replica list, followed until the brokers describe it. Blocking calls. */
final class PartitionReassignment {

    private final Admin admin;
    private final TopicReader reader;

    PartitionReassignment(Admin admin, TopicReader reader) {
        this.admin = admin;
        this.reader = reader;
    }

    void reassign(String name, int partition, List<Integer> replicas, Duration timeout) {
        TopicDescription description = reader.describeTopic(name);
        if (partition < 0 || partition >= description.partitions().size()) {
            throw new AdminException("topic " + name + " has no partition " + partition + " (it has "
                    + description.partitions().size() + ")");
        }
        Set<Integer> live = reader.liveBrokerIds();
        List<Integer> current = description.partitions().get(partition).replicas().stream().map(Node::id).toList();
        boolean reorder = replicas.size() == current.size() && Set.copyOf(current).equals(new HashSet<>(replicas));
        if (!reorder) {
            for (int broker : replicas) {
                if (current.contains(broker) && !live.contains(broker)) {
                    throw new AdminException(offlineReplica(name + "-" + partition, broker));
                }
            }
            TopicRequestValidator.validateReplicas("partition " + partition, replicas, live);
        }
        TopicPartition tp = new TopicPartition(name, partition);
        await(admin.alterPartitionReassignments(Map.of(tp, Optional.of(new NewPartitionReassignment(replicas)))).all(),
                "reassign " + tp);
        long deadline = System.nanoTime() + timeout.toNanos();
        // The Admin API has no completion callback for a reassignment: poll its progress.
        while (!await(admin.listPartitionReassignments(Set.of(tp)).reassignments(), "follow the reassignment of " + tp)
                .isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new AdminException("the reassignment of " + tp + " is still running after " + timeout.toSeconds()
                        + " s; it goes on in the background");
            }
            pause(Duration.ofMillis(200));
        }
        // done in ZooKeeper, but a broker answering a describe (or a preferred election's caller reading it back) may
        // not have the new list yet: return once the metadata shows it
        while (!reader.describeTopic(name).partitions().get(partition).replicas().stream().map(Node::id).toList()
                .equals(replicas)) {
            if (System.nanoTime() > deadline) {
                throw new AdminException("the reassignment of " + tp + " finished, but the brokers still describe its"
                        + " old replica list after " + timeout.toSeconds() + " s");
            }
            pause(Duration.ofMillis(100));
        }
    }

    /**
     * Why a new replica set that keeps a down broker is refused: Kafka completes a reassignment that adds or removes
     * replicas only once every replica of the new list is in sync, so it would stay pending until that broker is back.
     */
    static String offlineReplica(String partition, int broker) {
        return "broker-" + broker + ", a replica of " + partition + ", is down, and Kafka finishes a change of a"
                + " partition's replicas only once every replica it keeps is in sync, so this one would wait for"
                + " broker-" + broker + ". Start broker-" + broker + " again and retry, or leave it out of the list"
                + " (the same replicas in another order, as moving the leader does, are fine while it is down)";
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AdminException("interrupted while waiting for the cluster", e);
        }
    }
}
