package io.brokerlab.app.console;

import io.brokerlab.launcher.messaging.Acks;
import io.brokerlab.launcher.messaging.MessageHeader;
import io.brokerlab.launcher.messaging.OutgoingMessage;
import io.brokerlab.launcher.messaging.Publisher;
import io.brokerlab.launcher.messaging.Publisher.SendResult;
import io.brokerlab.launcher.messaging.StartPosition;
import io.brokerlab.launcher.messaging.TailRequest;
import io.brokerlab.launcher.messaging.TailedMessage;
import io.brokerlab.launcher.messaging.Tailer;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/** What the console needs to send and read messages; the launcher's Publisher and Tailer, or a fake in tests. */
public interface Messaging {

    interface Sender extends AutoCloseable {
        /** {@code partition} null: the default partitioner; {@code value} null: a tombstone. */
        default CompletableFuture<SendResult> send(String topic, Integer partition, String key, String value) {
            return send(topic, partition, key, value, List.of());
        }

        /** With record headers (UTF-8 values), in order; a key may repeat. */
        CompletableFuture<SendResult> send(String topic, Integer partition, String key, String value,
                                           List<MessageHeader> headers);

        /** The topic's partition count, so a send to one it does not have is refused before it waits. */
        int partitionCount(String topic);

        /**
         * Why sends to {@code topic} with {@code partition} and {@code key} (as sent; either may be null) get no
         * acknowledgement, as the cluster's metadata shows it for the partitions they wait in; empty when it shows no
         * reason. Blocks on the cluster.
         */
        Optional<String> stallReason(String topic, Integer partition, String key);

        /** Closes without waiting: every send not yet acknowledged fails at once. */
        default void abort() {
            close();
        }

        @Override
        void close();
    }

    /** Not thread-safe: one thread polls; {@link #wakeup} from any. */
    interface Tail extends AutoCloseable {
        List<TailedMessage> poll(Duration timeout);

        /** What the tail could not start as asked (an offset past a partition's end), once known; "" else. */
        default String startNote() {
            return "";
        }

        void wakeup();

        @Override
        void close();
    }

    Sender sender(Acks acks);

    /**
     * Tails {@code topic} from {@code start}: beginning, end, an offset, a time or the last N per partition; only
     * {@code partitions}, or all of them when it is empty.
     */
    Tail tail(String topic, StartPosition start, Set<Integer> partitions);

    /** Over the launcher's messaging classes, for a bootstrap address. */
    static Messaging launcher(String bootstrapServers) {
        return new Messaging() {
            @Override
            public Sender sender(Acks acks) {
                Publisher publisher = Publisher.interactive(bootstrapServers, acks);
                return new Sender() {
                    @Override
                    public CompletableFuture<SendResult> send(String topic, Integer partition, String key, String value,
                                                              List<MessageHeader> headers) {
                        return publisher.send(new OutgoingMessage(topic, partition, key, value, headers));
                    }

                    @Override
                    public int partitionCount(String topic) {
                        return publisher.partitionCount(topic);
                    }

                    @Override
                    public Optional<String> stallReason(String topic, Integer partition, String key) {
                        return publisher.stallReason(topic, partition, key);
                    }

                    @Override
                    public void abort() {
                        publisher.abort();
                        publisher.close();
                    }

                    @Override
                    public void close() {
                        publisher.close();
                    }
                };
            }

            @Override
            public Tail tail(String topic, StartPosition start, Set<Integer> partitions) {
                Tailer tailer = new Tailer(bootstrapServers, TailRequest.of(topic, start, partitions));
                return new Tail() {
                    @Override
                    public List<TailedMessage> poll(Duration timeout) {
                        return tailer.poll(timeout);
                    }

                    @Override
                    public String startNote() {
                        return tailer.startNote();
                    }

                    @Override
                    public void wakeup() {
                        tailer.wakeup();
                    }

                    @Override
                    public void close() {
                        tailer.close();
                    }
                };
            }
        };
    }
}
