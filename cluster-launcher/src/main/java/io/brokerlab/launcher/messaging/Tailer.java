package io.brokerlab.launcher.messaging;

import io.brokerlab.launcher.admin.KafkaClients;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.internals.Topic;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Reads topics from a chosen position. Without a group it assigns the partitions itself, so
 * tailing never commits offsets or disturbs other consumers; with a group it joins it and
 * commits like any consumer. Not thread-safe: one thread polls, another may {@link #wakeup}.
 */
public final class Tailer implements AutoCloseable {

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final TailRequest request;
    private final String bootstrapServers;
    private final Duration lookupTimeout;
    private volatile String startNote = "";
    private long lastDiscovery = System.nanoTime();

    private static final Duration DISCOVERY_PERIOD = Duration.ofSeconds(5);
    private static final Duration DISCOVERY_TIMEOUT = Duration.ofSeconds(2);
    private static final Duration UNKNOWN_GRACE = Duration.ofSeconds(3);

    public Tailer(String bootstrapServers, TailRequest request) {
        this(bootstrapServers, request, Duration.ofSeconds(15));
    }

    /** @param lookupTimeout how long the lookups that start the tail wait for the cluster to answer */
    Tailer(String bootstrapServers, TailRequest request, Duration lookupTimeout) {
        this.request = request;
        this.bootstrapServers = bootstrapServers;
        this.lookupTimeout = lookupTimeout;
        Properties props = KafkaClients.base(bootstrapServers);
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000);
        props.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 100);
        props.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) lookupTimeout.toMillis());
        // As Kafka's ConsumerPerformance reads: a tail shows data, the broker checked each batch's CRC on write,
        // and TCP guards the wire; the durability check, which judges the data, keeps the client check on.
        props.put(ConsumerConfig.CHECK_CRCS_CONFIG, false);
        props.put(ConsumerConfig.RECEIVE_BUFFER_CONFIG, 2 * 1024 * 1024);
        // A tail only reads: asking for a missing topic must not create it (brokers auto-create by default).
        props.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                request.start() instanceof StartPosition.End ? "latest" : "earliest");
        if (request.group() != null) {
            props.put(ConsumerConfig.GROUP_ID_CONFIG, request.group());
            props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, true);
        } else {
            props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        }
        this.consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        try {
            if (request.group() != null) {
                subscribe();
            } else {
                List<TopicPartition> assigned = partitions();
                consumer.assign(assigned);
                seek(assigned);
            }
        } catch (RuntimeException e) {
            consumer.close(Duration.ZERO);
            throw e;
        }
    }

    /** The partitions this tail reads, resolved from names, the pattern and the partition filter. */
    private List<TopicPartition> partitions() {
        return partitions(lookupTimeout);
    }

    private List<TopicPartition> partitions(Duration timeout) {
        Set<String> topics = new TreeSet<>(request.topics());
        if (request.pattern() != null) {
            listTopics(timeout).keySet().stream()
                    .filter(name -> !Topic.isInternal(name) && request.pattern().matcher(name).matches())
                    .forEach(topics::add);
            if (topics.isEmpty()) {
                throw new IllegalArgumentException("no topic matches the pattern " + request.pattern());
            }
        }
        List<TopicPartition> assigned = new ArrayList<>();
        for (String topic : topics) {
            List<PartitionInfo> infos = partitionsOf(topic, timeout);
            if (infos.isEmpty()) {
                throw new NoSuchTopicException(topic);
            }
            // one named topic: a partition it lacks is a typo, not one of several topics' differing counts
            if (request.pattern() == null && topics.size() == 1) {
                Set<Integer> missing = new TreeSet<>(request.partitions());
                infos.forEach(p -> missing.remove(p.partition()));
                if (!missing.isEmpty()) {
                    throw new NoSuchPartitionException(topic, infos.size(), missing);
                }
            }
            infos.stream().filter(p -> request.partitions().isEmpty() || request.partitions().contains(p.partition()))
                    .map(p -> new TopicPartition(topic, p.partition()))
                    .forEach(assigned::add);
        }
        if (assigned.isEmpty()) {
            throw new IllegalArgumentException("none of the topics has partition(s) " + new TreeSet<>(request.partitions()));
        }
        return assigned;
    }

    private Map<String, List<PartitionInfo>> listTopics(Duration timeout) {
        long started = System.nanoTime();
        try {
            return consumer.listTopics(timeout);
        } catch (TimeoutException e) {
            throw noBrokerAnswered(started, e);
        }
    }

    /**
     * A topic's partitions; empty when it does not exist. A broker that has just started may not have the
     * cluster's metadata yet and answer "unknown topic" for a while: asked again for up to {@link #UNKNOWN_GRACE}.
     * Only a lookup a broker answered can tell that the topic is missing: when every one timed out, nothing is
     * known of the topic, and the user has to hear that the cluster is out of reach instead.
     */
    private List<PartitionInfo> partitionsOf(String topic, Duration timeout) {
        long started = System.nanoTime();
        long deadline = started + Math.min(timeout.toNanos(), UNKNOWN_GRACE.toNanos());
        boolean answered = false;
        TimeoutException timedOut = null;
        while (true) {
            try {
                List<PartitionInfo> infos = consumer.partitionsFor(topic, timeout);
                if (infos != null && !infos.isEmpty()) {
                    return infos;
                }
                answered = true;
            } catch (KafkaException e) {
                if (e instanceof WakeupException || e instanceof InterruptException
                        || !(e instanceof RetriableException || e.getCause() instanceof RetriableException)) {
                    throw e;
                }
                if (e instanceof TimeoutException t) {
                    timedOut = t;
                } else {
                    answered = true;
                }
            }
            if (System.nanoTime() > deadline) {
                if (!answered) {
                    throw noBrokerAnswered(started, timedOut);
                }
                return List.of();
            }
            LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
        }
    }

    private TimeoutException noBrokerAnswered(long startedNanos, TimeoutException cause) {
        long waited = Math.max(1, Duration.ofNanos(System.nanoTime() - startedNanos).toSeconds());
        return new TimeoutException("no broker answered at " + bootstrapServers + " within " + waited
                + " s; check that the brokers are running", cause);
    }

    private void subscribe() {
        // A named group keeps its committed offsets; an explicit start is applied once per partition.
        Set<TopicPartition> started = new HashSet<>();
        ConsumerRebalanceListener listener = new ConsumerRebalanceListener() {
            @Override
            public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            }

            @Override
            public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                List<TopicPartition> fresh = partitions.stream().filter(started::add).toList();
                if (!(request.start() instanceof StartPosition.Beginning || request.start() instanceof StartPosition.End)) {
                    seek(fresh);
                }
            }
        };
        if (request.pattern() != null) {
            consumer.subscribe(request.pattern(), listener);
        } else {
            consumer.subscribe(request.topics(), listener);
        }
    }

    private void seek(Collection<TopicPartition> partitions) {
        if (partitions.isEmpty()) {
            return;
        }
        StartPosition start = request.start();
        if (start instanceof StartPosition.Beginning) {
            consumer.seekToBeginning(partitions);
        } else if (start instanceof StartPosition.End) {
            consumer.seekToEnd(partitions);
        } else if (start instanceof StartPosition.AtOffset at) {
            Map<TopicPartition, Long> first = consumer.beginningOffsets(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            partitions.forEach(tp -> consumer.seek(tp, Math.max(first.get(tp), Math.min(end.get(tp), at.offset()))));
            noteOffsetsOutside(at.offset(), partitions, first, end);
        } else if (start instanceof StartPosition.AtTimestamp at) {
            Map<TopicPartition, Long> times = new LinkedHashMap<>();
            partitions.forEach(tp -> times.put(tp, at.epochMillis()));
            Map<TopicPartition, OffsetAndTimestamp> found = consumer.offsetsForTimes(times);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            partitions.forEach(tp -> {
                OffsetAndTimestamp hit = found.get(tp);
                consumer.seek(tp, hit == null ? end.get(tp) : hit.offset());
            });
        } else if (start instanceof StartPosition.LastPerPartition last) {
            Map<TopicPartition, Long> first = consumer.beginningOffsets(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            partitions.forEach(tp -> consumer.seek(tp, Math.max(first.get(tp), end.get(tp) - last.count())));
        }
    }

    /**
     * Partitions whose messages do not reach the offset asked for (tailed from their end) or no longer start at it
     * (tailed from their first kept message), said once they are assigned: else a tail "from offset 1,000" shows
     * offsets 9, 10, 11 unexplained.
     */
    private void noteOffsetsOutside(long offset, Collection<TopicPartition> partitions, Map<TopicPartition, Long> first,
                                    Map<TopicPartition, Long> end) {
        List<String> past = new ArrayList<>();
        List<String> gone = new ArrayList<>();
        partitions.stream().sorted(Comparator.comparingInt(TopicPartition::partition)).forEach(tp -> {
            if (offset > end.get(tp)) {
                past.add(tp.partition() + " (next offset " + end.get(tp) + ")");
            } else if (offset < first.get(tp)) {
                gone.add(tp.partition() + " (first kept " + first.get(tp) + ")");
            }
        });
        List<String> notes = new ArrayList<>();
        if (!past.isEmpty()) {
            notes.add(String.format(Locale.ROOT, "offset %,d is past the end of partition%s %s: new messages only",
                    offset, past.size() == 1 ? "" : "s", String.join(", ", past)));
        }
        if (!gone.isEmpty()) {
            notes.add(String.format(Locale.ROOT, "offset %,d was deleted from partition%s %s: read from there",
                    offset, gone.size() == 1 ? "" : "s", String.join(", ", gone)));
        }
        if (!notes.isEmpty()) {
            startNote = String.join("; ", notes);
        }
    }

    /** What the tail could not start as asked, once known (see {@link #noteOffsetsOutside}); "" else. Any thread. */
    public String startNote() {
        return startNote;
    }

    /** The messages that arrived within {@code timeout} and pass the filters; possibly none. */
    public List<TailedMessage> poll(Duration timeout) {
        if (request.group() == null && System.nanoTime() - lastDiscovery >= DISCOVERY_PERIOD.toNanos()) {
            lastDiscovery = System.nanoTime();
            addNewPartitions();
        }
        List<TailedMessage> messages = new ArrayList<>();
        for (ConsumerRecord<byte[], byte[]> record : consumer.poll(timeout)) {
            if (accepts(record)) {
                messages.add(message(record));
            }
        }
        return messages;
    }

    /**
     * A self-assigned tail does not follow metadata by itself (a subscription would): topics that match the pattern
     * later and partitions added while tailing are assigned here, from their beginning, since all their data came
     * after the tail started. A failed lookup is tried again next period; a wakeup still ends the tail.
     */
    private void addNewPartitions() {
        List<TopicPartition> now;
        try {
            now = partitions(DISCOVERY_TIMEOUT);
        } catch (WakeupException | InterruptException e) {
            throw e;
        } catch (RuntimeException e) {
            return;
        }
        Set<TopicPartition> assigned = consumer.assignment();
        List<TopicPartition> fresh = now.stream().filter(tp -> !assigned.contains(tp)).toList();
        if (!fresh.isEmpty()) {
            List<TopicPartition> all = new ArrayList<>(assigned);
            all.addAll(fresh);
            consumer.assign(all);
            consumer.seekToBeginning(fresh);
        }
    }

    private boolean accepts(ConsumerRecord<byte[], byte[]> record) {
        if (!request.partitions().isEmpty() && !request.partitions().contains(record.partition())) {
            return false;
        }
        return contains(record.key(), request.keyContains()) && contains(record.value(), request.valueContains());
    }

    private static boolean contains(byte[] bytes, String part) {
        return part == null || bytes != null && text(bytes).contains(part);
    }

    private TailedMessage message(ConsumerRecord<byte[], byte[]> record) {
        return new TailedMessage(record.topic(), record.partition(), record.offset(), record.timestamp(), record.key(),
                record.value(), record.headers().toArray(), request.format());
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** Interrupts a blocking {@link #poll} from another thread. */
    public void wakeup() {
        consumer.wakeup();
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(2));
    }
}
