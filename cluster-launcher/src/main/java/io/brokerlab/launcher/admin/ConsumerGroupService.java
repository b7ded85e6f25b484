package io.brokerlab.launcher.admin;

import static io.brokerlab.launcher.admin.KafkaErrors.await;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Consumer groups over the Admin API: which exist, how far behind each one is per partition, and
 * moving a stopped group's committed offsets. Blocking calls, like {@link TopicService}.
 */
public final class ConsumerGroupService implements AutoCloseable {

    private final Admin admin;

    public ConsumerGroupService(Admin admin) {
        this.admin = admin;
    }

    /** Group ids, sorted. */
    public List<String> list() {
        return await(admin.listConsumerGroups().all(), "list consumer groups").stream()
                .map(ConsumerGroupListing::groupId).sorted().toList();
    }

    public ConsumerGroupLag lag(String group) {
        ConsumerGroupDescription description = describe(group);
        Map<TopicPartition, OffsetAndMetadata> committed = await(
                admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata(), "read the offsets of group " + group);
        Map<TopicPartition, String> owners = new HashMap<>();
        for (MemberDescription member : description.members()) {
            member.assignment().topicPartitions().forEach(tp -> owners.put(tp, member.consumerId()));
        }
        Map<TopicPartition, Long> ends = offsets(committed.keySet().stream()
                .collect(Collectors.toMap(Function.identity(), tp -> OffsetSpec.latest())));
        List<ConsumerGroupLag.PartitionLag> partitions = new ArrayList<>();
        committed.forEach((tp, offset) -> {
            if (offset != null) {
                partitions.add(new ConsumerGroupLag.PartitionLag(tp.topic(), tp.partition(), offset.offset(),
                        ends.getOrDefault(tp, offset.offset()), owners.get(tp)));
            }
        });
        partitions.sort(Comparator.comparing(ConsumerGroupLag.PartitionLag::topic)
                .thenComparingInt(ConsumerGroupLag.PartitionLag::partition));
        return new ConsumerGroupLag(group, description.state().toString(), partitions);
    }

    /**
     * Moves the group's offsets for every partition of {@code topic}; the group must have no
     * active members, as with Kafka's own tool. Returns the new offset per partition.
     */
    public Map<Integer, Long> resetOffsets(String group, String topic, OffsetResetTarget target) {
        TopicRequestValidator.validateName(topic);
        ConsumerGroupDescription description = describe(group);
        if (!description.members().isEmpty()) {
            throw new AdminException("group " + group + " has " + description.members().size()
                    + " active member(s); stop its consumers before resetting its offsets");
        }
        TopicDescription topicDescription = await(admin.describeTopics(List.of(topic)).topicNameValues().get(topic),
                "describe topic " + topic);
        List<TopicPartition> partitions = topicDescription.partitions().stream()
                .map(p -> new TopicPartition(topic, p.partition())).toList();
        Map<TopicPartition, Long> earliest = offsets(specs(partitions, OffsetSpec.earliest()));
        Map<TopicPartition, Long> latest = offsets(specs(partitions, OffsetSpec.latest()));
        Map<TopicPartition, Long> chosen;
        if (target instanceof OffsetResetTarget.Earliest) {
            chosen = earliest;
        } else if (target instanceof OffsetResetTarget.Latest) {
            chosen = latest;
        } else if (target instanceof OffsetResetTarget.ToOffset o) {
            chosen = partitions.stream().collect(Collectors.toMap(Function.identity(),
                    tp -> Math.max(earliest.get(tp), Math.min(latest.get(tp), o.offset()))));
        } else {
            long time = ((OffsetResetTarget.ToTimestamp) target).epochMillis();
            Map<TopicPartition, Long> found = offsets(specs(partitions, OffsetSpec.forTimestamp(time)));
            // -1: nothing at or after that time, so the group starts at the end.
            chosen = partitions.stream().collect(Collectors.toMap(Function.identity(),
                    tp -> found.getOrDefault(tp, -1L) < 0 ? latest.get(tp) : found.get(tp)));
        }
        Map<TopicPartition, OffsetAndMetadata> offsets = chosen.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> new OffsetAndMetadata(e.getValue())));
        await(admin.alterConsumerGroupOffsets(group, offsets).all(), "reset the offsets of group " + group);
        Map<Integer, Long> result = new TreeMap<>();
        chosen.forEach((tp, offset) -> result.put(tp.partition(), offset));
        return result;
    }

    private ConsumerGroupDescription describe(String group) {
        if (group == null || group.isBlank()) {
            throw new AdminException("a consumer group id must not be empty");
        }
        return await(admin.describeConsumerGroups(List.of(group)).describedGroups().get(group),
                "describe consumer group " + group);
    }

    private static Map<TopicPartition, OffsetSpec> specs(List<TopicPartition> partitions, OffsetSpec spec) {
        return partitions.stream().collect(Collectors.toMap(Function.identity(), tp -> spec));
    }

    private Map<TopicPartition, Long> offsets(Map<TopicPartition, OffsetSpec> specs) {
        if (specs.isEmpty()) {
            return Map.of();
        }
        Map<TopicPartition, ListOffsetsResultInfo> infos = await(admin.listOffsets(specs).all(), "list offsets");
        return infos.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
    }

    @Override
    public void close() {
        admin.close();
    }
}
