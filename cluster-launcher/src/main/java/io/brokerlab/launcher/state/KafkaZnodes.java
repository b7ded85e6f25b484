package io.brokerlab.launcher.state;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.curator.framework.recipes.cache.ChildData;

/**
 * Reads Kafka's ZooKeeper layout (Kafka's {@code ZkData}): broker registrations, the controller,
 * topic assignments, partition states and topic config overrides. Znodes that do not parse are skipped: a half-written
 * or foreign znode must not hide the rest of the cluster.
 */
final class KafkaZnodes {

    /** Broker ids, controller and topics as read from ZooKeeper. */
    record Metadata(Map<Integer, BrokerInfo> brokers, OptionalInt controller, Map<String, TopicState> topics) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern BROKER = Pattern.compile("/brokers/ids/(\\d+)");
    private static final Pattern TOPIC = Pattern.compile("/brokers/topics/([^/]+)");
    private static final Pattern PARTITION_STATE = Pattern.compile("/brokers/topics/([^/]+)/partitions/(\\d+)/state");
    private static final Pattern TOPIC_CONFIG = Pattern.compile("/config/topics/([^/]+)");
    private static final Pattern DELETE_TOPIC = Pattern.compile("/admin/delete_topics/([^/]+)");
    private static final String MIN_INSYNC_REPLICAS = "min.insync.replicas";

    private KafkaZnodes() {
    }

    /**
     * @param brokersTree       every znode under {@code /brokers}
     * @param controller        the {@code /controller} znode, if it exists
     * @param minInsyncReplicas the topics' own min.insync.replicas, as {@link #minInsyncReplicas} read them
     * @param deleteTopics      every znode under {@code /admin/delete_topics}: a child per topic marked for deletion
     */
    static Metadata read(Iterable<ChildData> brokersTree, Optional<ChildData> controller,
                         Map<String, Integer> minInsyncReplicas, Iterable<ChildData> deleteTopics) {
        Set<String> deleting = new HashSet<>();
        for (ChildData node : deleteTopics) {
            Matcher marked = DELETE_TOPIC.matcher(node.getPath());
            if (marked.matches()) {
                deleting.add(marked.group(1));
            }
        }
        Map<Integer, BrokerInfo> brokers = new TreeMap<>();
        Map<String, JsonNode> assignments = new HashMap<>();
        Map<String, Map<Integer, JsonNode>> states = new HashMap<>();
        for (ChildData node : brokersTree) {
            String path = node.getPath();
            JsonNode json = parse(node.getData());
            if (json == null) {
                continue;
            }
            Matcher m;
            if ((m = BROKER.matcher(path)).matches()) {
                broker(Integer.parseInt(m.group(1)), json).ifPresent(b -> brokers.put(b.id(), b));
            } else if ((m = TOPIC.matcher(path)).matches()) {
                assignments.put(m.group(1), json);
            } else if ((m = PARTITION_STATE.matcher(path)).matches()) {
                states.computeIfAbsent(m.group(1), t -> new HashMap<>()).put(Integer.parseInt(m.group(2)), json);
            }
        }
        Map<String, TopicState> topics = new TreeMap<>();
        assignments.forEach((topic, assignment) ->
                topics.put(topic, topic(topic, assignment, states.getOrDefault(topic, Map.of()),
                        minInsyncReplicas.get(topic), deleting.contains(topic))));
        OptionalInt controllerId = controller.map(c -> parse(c.getData()))
                .filter(json -> json.path("brokerid").isInt())
                .map(json -> OptionalInt.of(json.get("brokerid").asInt()))
                .orElse(OptionalInt.empty());
        return new Metadata(brokers, controllerId, topics);
    }

    /**
     * Each topic's own min.insync.replicas, from its config znode under {@code /config/topics} ({@code
     * {"version":1,"config":{"min.insync.replicas":"2"}}}); a topic that sets none, or a value that is no number, is
     * missing.
     */
    static Map<String, Integer> minInsyncReplicas(Iterable<ChildData> topicConfigs) {
        Map<String, Integer> values = new HashMap<>();
        for (ChildData node : topicConfigs) {
            Matcher m = TOPIC_CONFIG.matcher(node.getPath());
            JsonNode value = m.matches() ? configValue(node.getData()) : null;
            if (value != null) {
                try {
                    values.put(m.group(1), Integer.parseInt(value.asText().trim()));
                } catch (NumberFormatException e) {
                    // not Kafka's writing: the brokers' default is the best guess
                }
            }
        }
        return values;
    }

    private static JsonNode configValue(byte[] data) {
        JsonNode json = parse(data);
        return json == null ? null : json.path("config").get(MIN_INSYNC_REPLICAS);
    }

    private static TopicState topic(String name, JsonNode assignment, Map<Integer, JsonNode> states,
                                    Integer minInsyncReplicas, boolean deleting) {
        Map<Integer, PartitionState> partitions = new TreeMap<>();
        assignment.path("partitions").fields().forEachRemaining(entry -> {
            int partition = Integer.parseInt(entry.getKey());
            JsonNode state = states.get(partition);
            if (state != null) {
                partitions.put(partition, new PartitionState(name, partition, ints(entry.getValue()),
                        state.path("leader").asInt(PartitionState.NO_LEADER), ints(state.path("isr")),
                        state.path("leader_epoch").asInt(-1), state.path("controller_epoch").asInt(-1)));
            }
        });
        return new TopicState(name, new TreeMap<>(partitions),
                minInsyncReplicas == null ? OptionalInt.empty() : OptionalInt.of(minInsyncReplicas), deleting);
    }

    /** host and port, or for listeners other than PLAINTEXT (host null) the first endpoint. */
    private static Optional<BrokerInfo> broker(int id, JsonNode json) {
        if (json.hasNonNull("host") && json.path("port").asInt(-1) > 0) {
            return Optional.of(new BrokerInfo(id, json.get("host").asText(), json.get("port").asInt()));
        }
        for (JsonNode endpoint : json.path("endpoints")) {
            try {
                URI uri = URI.create(endpoint.asText());
                if (uri.getHost() != null && uri.getPort() > 0) {
                    return Optional.of(new BrokerInfo(id, uri.getHost(), uri.getPort()));
                }
            } catch (IllegalArgumentException e) {
                // A listener name with characters URI does not take; try the next endpoint.
            }
        }
        return Optional.empty();
    }

    private static List<Integer> ints(JsonNode array) {
        List<Integer> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asInt()));
        return values;
    }

    private static JsonNode parse(byte[] data) {
        if (data == null || data.length == 0) {
            return null;
        }
        try {
            JsonNode json = JSON.readTree(data);
            return json != null && json.isObject() ? json : null;
        } catch (IOException e) {
            return null;
        }
    }
}
