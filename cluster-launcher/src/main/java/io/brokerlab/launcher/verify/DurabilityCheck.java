package io.brokerlab.launcher.verify;

import io.brokerlab.launcher.admin.AdminException;
import io.brokerlab.launcher.admin.KafkaClients;
import io.brokerlab.launcher.admin.TopicInfo;
import io.brokerlab.launcher.admin.TopicService;
import io.brokerlab.launcher.cluster.LocalCluster;
import io.brokerlab.launcher.messaging.Acks;
import io.brokerlab.launcher.messaging.Publisher;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;
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
        private volatile Stall stall;

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

        /** Sends waiting for an answer so long that the check asked the cluster why; empty while none wait so long. */
        public Optional<Stall> stall() {
            return Optional.ofNullable(stall);
        }

        /** The check's watch: the sends wait ({@code now}), or no longer (null). */
        public void stalled(Stall now) {
            stall = now;
        }
    }

    /**
     * {@code waiting} sends without an answer, the last answer (or the start) {@code waited} ago; {@code reason} is what
     * the cluster's metadata says holds them up, null while it says nothing.
     */
    public record Stall(long waiting, Duration waited, String reason) {
    }

    private static final int MAX_IN_FLIGHT = 10_000;
    /** How long the consumer's calls (where partitions end, positions) wait for an answer. */
    private static final Duration CONSUMER_TIMEOUT = Duration.ofSeconds(30);

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
            TopicInfo topic = topics.describe(options.topic());
            // Before any send: a check of a topic that cannot take its writes would wait two minutes, then tell nothing
            Optional<String> blocked = BlockedPartitions.explain(topic, liveBrokerIds(topics), options.acks(),
                    BlockedPartitions.Moment.BETWEEN_CHECKS);
            if (blocked.isPresent()) {
                throw new DurabilityCheckException("Nothing was sent: " + blocked.get());
            }
            int partitionCount = topic.partitions().size();
            List<TopicPartition> partitions = new ArrayList<>();
            List<PartitionTally> tallies = new ArrayList<>();
            for (int p = 0; p < partitionCount; p++) {
                partitions.add(new TopicPartition(options.topic(), p));
                tallies.add(new PartitionTally(p));
            }
            Map<TopicPartition, Long> startOffsets;
            try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
                startOffsets = new HashMap<>(consumer.endOffsets(partitions));
            } catch (TimeoutException e) {
                throw timedOut("asking where each partition of " + options.topic() + " ends, before sending anything",
                        options, topics, e);
            }
            String runId = UUID.randomUUID().toString().substring(0, 8);
            LeaderChaos chaos = options.chaosInterval() == null ? null
                    : new LeaderChaos(cluster, topics, options.topic(), options.chaosInterval());
            long start = System.nanoTime();
            try {
                send(options, runId, tallies, progress, topics);
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

    private void send(Options options, String runId, List<PartitionTally> tallies, Progress progress,
                      TopicService topics) throws InterruptedException {
        // Long enough to ride out a leader election; a send that still fails is reported as failed.
        Map<String, Object> overrides = Map.of(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 120_000,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 60_000);
        Semaphore inFlight = new Semaphore(MAX_IN_FLIGHT);
        try (Publisher publisher = new Publisher(bootstrapServers, options.acks(), overrides);
             Watch watch = new Watch(new SendWatch(progress, () -> BlockedPartitions.explain(
                     topics.describe(options.topic()), liveBrokerIds(topics), options.acks(),
                     BlockedPartitions.Moment.WHILE_SENDS_WAIT), System::nanoTime), publisher)) {
            long start = System.nanoTime();
            double nanosPerMessage = options.ratePerSecond() > 0 ? 1e9 / options.ratePerSecond() : 0;
            for (int seq = 0; seq < options.messages() && watch.stopReason() == null; seq++) {
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
            if (watch.stopReason() == null) {
                publisher.flush();
            }
            // the aborted producer has answered every send by now
            inFlight.acquire(MAX_IN_FLIGHT);
            if (watch.stopReason() != null) {
                throw new DurabilityCheckException(String.format(Locale.ROOT, "The check stopped after %,d sends: none"
                        + " was acknowledged in %d s. %s", progress.sent(), SendWatch.GIVE_UP_AFTER.toSeconds(),
                        capitalized(afterTheCheck(options, topics).orElse(watch.stopReason()))));
            }
        } finally {
            progress.stalled(null);
        }
    }

    /**
     * Runs a {@link SendWatch} every half second while the check sends; when it says the sends cannot succeed, gives
     * them up (each fails at once) so the loop and the flush do not wait out the delivery timeout.
     */
    private static final class Watch implements AutoCloseable {
        private final Thread thread;
        private volatile boolean running = true;
        private volatile String stopReason;

        Watch(SendWatch watch, Publisher publisher) {
            thread = new Thread(() -> {
                while (running && stopReason == null) {
                    Optional<String> stop = watch.poll();
                    if (stop.isPresent()) {
                        stopReason = stop.get();
                        publisher.abort();
                        return;
                    }
                    LockSupport.parkNanos(Duration.ofMillis(500).toNanos());
                }
            }, "brokerlab-verify-watch");
            thread.setDaemon(true);
            thread.start();
        }

        /** Why the sends were given up, or null while they go on. */
        String stopReason() {
            return stopReason;
        }

        @Override
        public void close() {
            running = false;
            LockSupport.unpark(thread);
        }
    }

    /** Reads every partition from where this run started to its current end. */
    public DurabilityReport readBack(Produced produced) {
        try {
            return read(produced);
        } catch (TimeoutException e) {
            try (TopicService topics = new TopicService(KafkaClients.admin(bootstrapServers))) {
                throw timedOut("reading this run's messages back from " + produced.options.topic(), produced.options,
                        topics, e);
            }
        }
    }

    private DurabilityReport read(Produced produced) {
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
                    throw new DurabilityCheckException("Could not read " + produced.options.topic() + " back within 2"
                            + " minutes: its partitions' leaders kept answering without this run's messages. Check the"
                            + " brokers are running (Cluster view, or brokerlab status) and run the check again.");
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

    /**
     * A step's Kafka timeout in a user's terms: which step, and the likely cause from the topic's metadata. Below
     * min.insync.replicas a newly elected leader answers "where does the partition end" with OFFSET_NOT_AVAILABLE until
     * its high watermark catches up, which Kafka 3.9 does not let it do below the minimum: the consumer retries that
     * silently until default.api.timeout.ms and then says only "Failed to get offsets by times".
     */
    private DurabilityCheckException timedOut(String step, Options options, TopicService topics, TimeoutException e) {
        String what = "Timed out after " + CONSUMER_TIMEOUT.toSeconds() + " s " + step + ". ";
        String cause;
        try {
            cause = BlockedPartitions.explain(topics.describe(options.topic()), liveBrokerIds(topics), options.acks(),
                    BlockedPartitions.Moment.BETWEEN_CHECKS).map(why -> "Likely cause: " + why)
                    .orElse("The partitions' leaders did not answer in time: check the brokers are running (Cluster"
                            + " view, or brokerlab status), then run the check again.");
        } catch (RuntimeException noAnswer) {
            cause = "The cluster did not answer a question about " + options.topic() + " either: check the brokers are"
                    + " running (Cluster view, or brokerlab status), then run the check again.";
        }
        return new DurabilityCheckException(what + cause, e);
    }

    /** Why the topic cannot take the check's writes, with what to do before running it again; empty if unknown. */
    private static Optional<String> afterTheCheck(Options options, TopicService topics) {
        try {
            return BlockedPartitions.explain(topics.describe(options.topic()), liveBrokerIds(topics), options.acks(),
                    BlockedPartitions.Moment.BETWEEN_CHECKS);
        } catch (RuntimeException noAnswer) {
            return Optional.empty();
        }
    }

    private static Set<Integer> liveBrokerIds(TopicService topics) {
        return topics.liveBrokers().stream().map(Node::id).collect(Collectors.toSet());
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    static String value(String runId, int seq) {
        return "verify:" + runId + ":" + seq;
    }

    private KafkaConsumer<byte[], byte[]> consumer() {
        Properties props = KafkaClients.base(bootstrapServers);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) CONSUMER_TIMEOUT.toMillis());
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000);
        return new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }
}
