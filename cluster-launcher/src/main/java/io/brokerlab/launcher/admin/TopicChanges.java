package io.brokerlab.launcher.admin;

import static io.brokerlab.launcher.admin.KafkaErrors.await;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewPartitions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;

/** Creating, deleting, growing and reconfiguring topics, each request checked before it is sent. Blocking calls. */
final class TopicChanges {

    private final Admin admin;
    private final TopicReader reader;
    private final TopicRequestValidator validator;

    TopicChanges(Admin admin, TopicReader reader, TopicRequestValidator validator) {
        this.admin = admin;
        this.reader = reader;
        this.validator = validator;
    }

    void create(NewTopicRequest request) {
        validator.validate(request);
        NewTopic topic = request.hasAssignment()
                ? new NewTopic(request.name(), request.replicaAssignment())
                : new NewTopic(request.name(), request.partitions(), request.replicationFactor());
        topic.configs(request.configs());
        await(admin.createTopics(List.of(topic)).all(), "create topic " + request.name());
        reader.awaitVisible(request.name(), request.partitions());
    }

    void delete(String name) {
        TopicRequestValidator.validateName(name);
        TopicRequestValidator.refuseInternal(name, "delete topic " + name, "Kafka keeps the consumer groups' committed"
                + " offsets or the transactions' state in it and cannot work without it");
        await(admin.deleteTopics(List.of(name)).all(), "delete topic " + name);
    }

    void alterConfigs(String name, Map<String, String> set, Set<String> remove) {
        TopicRequestValidator.validateAlteration(name, set, remove);
        List<AlterConfigOp> ops = new ArrayList<>();
        set.forEach((key, value) -> ops.add(new AlterConfigOp(new ConfigEntry(key, value), AlterConfigOp.OpType.SET)));
        remove.forEach(key -> ops.add(new AlterConfigOp(new ConfigEntry(key, null), AlterConfigOp.OpType.DELETE)));
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, name);
        await(admin.incrementalAlterConfigs(Map.of(resource, ops)).all(), "alter the configs of " + name);
    }

    void addPartitions(String name, int totalPartitions) {
        TopicRequestValidator.refuseInternal(name, "add partitions to " + name, "Kafka finds each consumer group's"
                + " offsets (or each transactional producer's state) in the partition its id hashes to, so more"
                + " partitions would lose track of them");
        int current = reader.describeTopic(name).partitions().size();
        if (totalPartitions <= current) {
            throw new AdminException("topic " + name + " already has " + current + " partition(s); Kafka can only add"
                    + " partitions, so ask for more than " + current);
        }
        await(admin.createPartitions(Map.of(name, NewPartitions.increaseTo(totalPartitions))).all(),
                "add partitions to " + name);
    }
}
