package io.brokerlab.launcher.messaging;

import io.brokerlab.launcher.admin.AdminException;
import io.brokerlab.launcher.admin.KafkaClients;
import io.brokerlab.launcher.admin.TopicService;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.IntSupplier;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Sends messages and reports each one's partition and offset, or its error. In-flight memory
 * is bounded by the producer's buffer: when it is full, {@link #send} blocks (back-pressure).
 * Thread-safe, like the producer it wraps.
 */
public final class Publisher implements AutoCloseable {

    /** The outcome of one send. */
    public record SendResult(String topic, int partition, long offset, Exception error) {
        public boolean ok() {
            return error == null;
        }

        /** Why the send failed and what to do about it (see {@link SendFailures}); null when it did not fail. */
        public String reason() {
            return error == null ? null : SendFailures.explain(error);
        }
    }

    private final Producer<byte[], byte[]> producer;
    private final String bootstrapServers;
    private final Acks acks;
    /** Made on the first {@link #stallReason}: most publishers never need one. Guarded by this. */
    private TopicService admin;
    private boolean closed;

    public Publisher(String bootstrapServers, Acks acks) {
        this(bootstrapServers, acks, Map.of());
    }

    /** {@code overrides} are producer configs applied last, e.g. batch.size and linger.ms for a load test. */
    public Publisher(String bootstrapServers, Acks acks, Map<String, Object> overrides) {
        this.bootstrapServers = bootstrapServers;
        this.acks = acks;
        Properties props = KafkaClients.base(bootstrapServers);
        props.put(ProducerConfig.ACKS_CONFIG, acks.value());
        // Idempotence needs acks=all; say so explicitly instead of relying on the client's default.
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, Boolean.toString(acks == Acks.ALL));
        props.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        props.put(ProducerConfig.BUFFER_MEMORY_CONFIG, 32L * 1024 * 1024);
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000);
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 15_000);
        props.putAll(overrides);
        this.producer = new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer());
    }

    /**
     * For a producer kept open between a user's sends (the app's console): its metadata is at most a few seconds old,
     * so {@link #partitionCount} knows a partition added meanwhile instead of the default five minutes later. It stops
     * asking about a topic 5 s (the least Kafka takes) after its last send to it, not 5 minutes: a broker asked about
     * a topic deleted meanwhile would create it again (auto.create.topics.enable).
     */
    public static Publisher interactive(String bootstrapServers, Acks acks) {
        return new Publisher(bootstrapServers, acks, Map.of(ProducerConfig.METADATA_MAX_AGE_CONFIG, 3_000,
                ProducerConfig.METADATA_MAX_IDLE_CONFIG, 5_000));
    }

    public CompletableFuture<SendResult> send(String topic, String key, String value) {
        return send(OutgoingMessage.of(topic, key, value));
    }

    public CompletableFuture<SendResult> send(OutgoingMessage message) {
        return send(record(message));
    }

    public CompletableFuture<SendResult> send(ProducerRecord<byte[], byte[]> record) {
        CompletableFuture<SendResult> result = new CompletableFuture<>();
        send(record, result::complete);
        return result;
    }

    /**
     * Sends without allocating a future; {@code onResult} runs on the producer's I/O thread (or
     * the caller's, if the send is refused at once), so it must be quick.
     */
    public void send(ProducerRecord<byte[], byte[]> record, Consumer<SendResult> onResult) {
        try {
            producer.send(record, (metadata, error) -> onResult.accept(error == null
                    ? new SendResult(record.topic(), metadata.partition(), metadata.offset(), null)
                    : new SendResult(record.topic(), -1, -1, error)));
        } catch (RuntimeException e) {
            onResult.accept(new SendResult(record.topic(), -1, -1, e));
        }
    }

    public static ProducerRecord<byte[], byte[]> record(OutgoingMessage message) {
        RecordHeaders headers = new RecordHeaders();
        message.headers().forEach(header -> headers.add(header.key(), bytes(header.value())));
        return new ProducerRecord<>(message.topic(), message.partition(), null, bytes(message.key()),
                bytes(message.value()), headers);
    }

    private static byte[] bytes(String text) {
        return text == null ? null : text.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * How many partitions {@code topic} has, from the producer's metadata (as old as metadata.max.age.ms): a send to
     * a partition past them would wait max.block.ms for metadata that never names it, then fail.
     */
    public int partitionCount(String topic) {
        return producer.partitionsFor(topic).size();
    }

    /**
     * Why this publisher's sends to {@code topic} with {@code partition} and {@code key} (either may be null, as in
     * {@link OutgoingMessage}) cannot be acknowledged now, from the cluster's metadata (see {@link SendStalls}); empty
     * when it shows no reason or the cluster does not answer. Blocks up to the admin's timeout, so never on a UI
     * thread.
     */
    public Optional<String> stallReason(String topic, Integer partition, String key) {
        TopicService topics;
        synchronized (this) {
            if (closed) {
                return Optional.empty();
            }
            if (admin == null) {
                admin = new TopicService(KafkaClients.admin(bootstrapServers));
            }
            topics = admin;
        }
        try {
            return SendStalls.explain(topics.describe(topic), acks,
                    pendingPartitions(partition, bytes(key), () -> partitionCount(topic)));
        } catch (AdminException | KafkaException e) {
            // the same outage that holds up the sends can hold up the question; the caller says what it knows
            return Optional.empty();
        }
    }

    /**
     * The partition the sends wait in when it is known: the one asked for, or the default partitioner's for a key
     * (a formula of the key and the partition count); empty for unkeyed sends, which it spreads.
     */
    static Set<Integer> pendingPartitions(Integer partition, byte[] key, IntSupplier partitionCount) {
        if (partition != null) {
            return Set.of(partition);
        }
        return key == null ? Set.of() : Set.of(KeyPartitioner.partitionFor(key, partitionCount.getAsInt()));
    }

    public void flush() {
        producer.flush();
    }

    /**
     * Gives up every send not yet acknowledged: each fails at once (its callback runs), and later sends are refused.
     * Any thread; for a caller that knows the sends cannot succeed and must not wait out delivery.timeout.ms.
     */
    public void abort() {
        producer.close(Duration.ZERO);
    }

    @Override
    public void close() {
        TopicService topics;
        synchronized (this) {
            closed = true;
            topics = admin;
        }
        if (topics != null) {
            topics.close();
        }
        producer.close();
    }
}
