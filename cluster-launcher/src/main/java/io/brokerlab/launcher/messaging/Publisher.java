package io.brokerlab.launcher.messaging;

import io.brokerlab.launcher.admin.KafkaClients;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Sends messages and reports each one's partition and offset, or its error. In-flight memory
 * is bounded by the producer's buffer: when it is full, {@link #send} blocks (back-pressure).
 */
public final class Publisher implements AutoCloseable {

    /** The outcome of one send. */
    public record SendResult(String topic, int partition, long offset, Exception error) {
        public boolean ok() {
            return error == null;
        }
    }

    private final Producer<byte[], byte[]> producer;

    public Publisher(String bootstrapServers, Acks acks) {
        Properties props = KafkaClients.base(bootstrapServers);
        props.put(ProducerConfig.ACKS_CONFIG, acks.value());
        // Idempotence needs acks=all; say so explicitly instead of relying on the client's default.
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, Boolean.toString(acks == Acks.ALL));
        props.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        props.put(ProducerConfig.BUFFER_MEMORY_CONFIG, 32L * 1024 * 1024);
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000);
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 15_000);
        this.producer = new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer());
    }

    public CompletableFuture<SendResult> send(String topic, String key, String value) {
        ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(topic,
                key == null ? null : key.getBytes(StandardCharsets.UTF_8),
                value == null ? null : value.getBytes(StandardCharsets.UTF_8));
        return send(record);
    }

    public CompletableFuture<SendResult> send(ProducerRecord<byte[], byte[]> record) {
        CompletableFuture<SendResult> result = new CompletableFuture<>();
        try {
            producer.send(record, (metadata, error) -> result.complete(error == null
                    ? new SendResult(record.topic(), metadata.partition(), metadata.offset(), null)
                    : new SendResult(record.topic(), -1, -1, error)));
        } catch (RuntimeException e) {
            result.complete(new SendResult(record.topic(), -1, -1, e));
        }
        return result;
    }

    public void flush() {
        producer.flush();
    }

    @Override
    public void close() {
        producer.close();
    }
}
