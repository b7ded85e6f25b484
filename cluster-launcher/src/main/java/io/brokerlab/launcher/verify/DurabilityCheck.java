package io.brokerlab.launcher.verify;

import io.brokerlab.launcher.admin.AdminException;
import io.brokerlab.launcher.admin.KafkaClients;
import io.brokerlab.launcher.admin.TopicService;
import io.brokerlab.launcher.cluster.LocalCluster;
import io.brokerlab.launcher.messaging.Acks;
import io.brokerlab.launcher.messaging.Publisher;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Produces numbered messages (message n to partition n mod P) while brokers fail, then reads the
 * partitions back and compares: acknowledged but missing is lost. Values carry a run id, so
 * earlier runs and other producers on the same topic are ignored. The two phases are public so a
 * caller can break things in between (or the app can show progress).
 */
public final class DurabilityCheck {

    /** {@code ratePerSecond <= 0}: as fast as possible; {@code chaosInterval} null: no chaos. */
    public record Options(String topic, int messages, double ratePerSecond, Acks acks, Duration chaosInterval) {
        public Options {
            if (messages < 1) {
                throw new IllegalArgumentException("a durability check needs at least 1 message");
            }
        }
    }

    /** The outcome of the produce phase, input to {@link #readBack}. */
    public static final class Produced {
        private final Options options;
        private final String runId;
        private final Map<TopicPartition, Long> startOffsets;
        private final List<PartitionTally> tallies;
        private final Duration produceTime;
        private final List<String> chaosEvents;

        private Produced(Options options, String runId, Map<TopicPartition, Long> startOffsets,
                         List<PartitionTally> tallies, Duration produceTime, List<String> chaosEvents) {
            this.options = options;
            this.runId = runId;
            this.startOffsets = startOffsets;
            this.tallies = tallies;
            this.produceTime = produceTime;
            this.chaosEvents = chaosEvents;
        }

        /** Where this run's messages start in each partition (useful to delete or inspect them). */
        public Map<TopicPartition, Long> startOffsets() {
            return Map.copyOf(startOffsets);
        }
    }

    /**
     * How far the produce phase has come, to show while it runs (a check at 1,000 messages a second takes a while):
     * written by the producing threads, readable from any thread.
     */
    public static final class Progress {
        private final AtomicLong sent = new AtomicLong();
        private final AtomicLong acknowledged = new AtomicLong();
        private final AtomicLong failed = new AtomicLong();

        /** Handed to the producer so far, answered or not. */
        public long sent() {
            return sent.get();
        }

        public long acknowledged() {
            return acknowledged.get();
        }

        public long failed() {
            return failed.get();
        }

        /** A message handed to the producer. */
        public void sentOne() {
            sent.incrementAndGet();
        }

        /** A send answered: acknowledged, or failed. */
        public void answered(boolean acknowledgedByTheBroker) {
            (acknowledgedByTheBroker ? acknowledged : failed).incrementAndGet();
        }
    }

    private static final int MAX_IN_FLIGHT = 10_000;

    private final String bootstrapServers;
    private final LocalCluster cluster;

    /** {@code cluster} may be null (an external cluster): then chaos is refused. */
    public DurabilityCheck(String bootstrapServers, LocalCluster cluster) {
        this.bootstrapServers = bootstrapServers;
        this.cluster = cluster;
    }

    public DurabilityReport run(Options options) throws InterruptedException {
        return readBack(produce(options, new Progress()));
    }

    /** Sends the messages, counting them into {@code progress} as it goes. */
    public Produced produce(Options options, Progress progress) throws InterruptedException {
        if (options.chaosInterval() != null && cluster == null) {
            throw new AdminException("--chaos needs a local cluster to kill brokers in; it cannot break an external one");
        }
        try (TopicService topics = new TopicService(KafkaClients.admin(bootstrapServers))) {
            int partitionCount = topics.describe(options.topic()).partitions().size();
            List<TopicPartition> partitions = new ArrayList<>();
            List<PartitionTally> tallies = new ArrayList<>();
            for (int p = 0; p < partitionCount; p++) {
                partitions.add(new TopicPartition(options.topic(), p));
                tallies.add(new PartitionTally(p));
            }
            Map<TopicPartition, Long> startOffsets;
            try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
                startOffsets = new HashMap<>(consumer.endOffsets(partitions));
            }
            String runId = UUID.randomUUID().toString().substring(0, 8);
            LeaderChaos chaos = options.chaosInterval() == null ? null
                    : new LeaderChaos(cluster, topics, options.topic(), options.chaosInterval());
            long start = System.nanoTime();
            try {
                send(options, runId, tallies, progress);
            } finally {
                if (chaos != null) {
                    chaos.close();
                }
            }
            Duration produceTime = Duration.ofNanos(System.nanoTime() - start);
            return new Produced(options, runId, startOffsets, tallies, produceTime,
                    chaos == null ? List.of() : chaos.events());
        }
    }

    private void send(Options options, String runId, List<PartitionTally> tallies, Progress progress)
            throws InterruptedException {
        // Long enough to ride out a leader election; a send that still fails is reported as failed.
        Map<String, Object> overrides = Map.of(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 120_000,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 60_000);
        Semaphore inFlight = new Semaphore(MAX_IN_FLIGHT);
        try (Publisher publisher = new Publisher(bootstrapServers, options.acks(), overrides)) {
            long start = System.nanoTime();
            double nanosPerMessage = options.ratePerSecond() > 0 ? 1e9 / options.ratePerSecond() : 0;
            for (int seq = 0; seq < options.messages(); seq++) {
                long due = start + (long) (seq * nanosPerMessage);
                while (due - System.nanoTime() > 0) {
                    LockSupport.parkNanos(due - System.nanoTime());
                }
                inFlight.acquire();
                int partition = seq % tallies.size();
                PartitionTally tally = tallies.get(partition);
                int n = seq;
                byte[] value = value(runId, seq).getBytes(StandardCharsets.UTF_8);
                // before the send: a send refused at once is answered on this thread, inside it
                progress.sentOne();
                publisher.send(new ProducerRecord<>(options.topic(), partition, null, value), result -> {
                    // On the producer's I/O thread, or on this one when a send is refused at once.
                    synchronized (tally) {
                        if (result.ok()) {
                            tally.acknowledged(n);
                        } else {
                            tally.failed(n);
                        }
                    }
                    progress.answered(result.ok());
                    inFlight.release();
                });
            }
            publisher.flush();
            inFlight.acquire(MAX_IN_FLIGHT);
        }
    }

    /** Reads every partition from where this run started to its current end. */
    public DurabilityReport readBack(Produced produced) {
        String prefix = "verify:" + produced.runId + ":";
        try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
            List<TopicPartition> partitions = new ArrayList<>(produced.startOffsets.keySet());
            consumer.assign(partitions);
            // Offsets below a partition's start (deleted records) reset to its earliest: reported lost.
            produced.startOffsets.forEach(consumer::seek);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < ends.get(tp))) {
                if (System.nanoTime() > deadline) {
                    throw new AdminException("could not read " + produced.options.topic() + " back within 2 minutes");
                }
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.offset() >= ends.get(new TopicPartition(record.topic(), record.partition()))
                            || record.value() == null) {
                        continue;
                    }
                    String value = new String(record.value(), StandardCharsets.UTF_8);
                    if (value.startsWith(prefix)) {
                        produced.tallies.get(record.partition()).read(Integer.parseInt(value.substring(prefix.length())));
                    }
                }
            }
        }
        List<DurabilityReport.PartitionResult> results = produced.tallies.stream().map(PartitionTally::result).toList();
        return new DurabilityReport(produced.options.topic(), produced.options.acks().value(),
                produced.options.messages(), produced.produceTime, results, produced.chaosEvents);
    }

    static String value(String runId, int seq) {
        return "verify:" + runId + ":" + seq;
    }

    private KafkaConsumer<byte[], byte[]> consumer() {
        Properties props = KafkaClients.base(bootstrapServers);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000);
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000);
        return new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }
}
