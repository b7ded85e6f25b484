package io.brokerlab.launcher.bench;

import io.brokerlab.launcher.admin.KafkaClients;
import io.brokerlab.launcher.admin.NewTopicRequest;
import io.brokerlab.launcher.admin.TopicService;
import io.brokerlab.launcher.cluster.LocalCluster;
import io.brokerlab.launcher.messaging.Acks;
import io.brokerlab.launcher.messaging.Generator;
import io.brokerlab.launcher.messaging.MessageTemplate;
import io.brokerlab.launcher.messaging.Publisher;
import io.brokerlab.launcher.messaging.StartPosition;
import io.brokerlab.launcher.messaging.TailRequest;
import io.brokerlab.launcher.messaging.Tailer;
import io.brokerlab.launcher.testing.TestClusters;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.tools.ConsumerPerformance;
import org.apache.kafka.tools.ProducerPerformance;

/**
 * Publish generator vs Kafka's ProducerPerformance and tail vs ConsumerPerformance, on the same
 * topic in the same run, alternating so both see the same machine load. Not a test: run it as
 * docs/perf-messaging.md shows. Arguments: [records] [rounds] [bootstrap servers; default: start a
 * 1 ZooKeeper + 3 broker cluster in a temp folder].
 */
public final class MessagingBenchmark {

    private static final int RECORD_SIZE = 100;
    private static final Map<String, Object> BATCHING = Map.of(
            ProducerConfig.LINGER_MS_CONFIG, 5,
            ProducerConfig.BATCH_SIZE_CONFIG, 16384,
            ProducerConfig.BUFFER_MEMORY_CONFIG, 33554432L);

    private MessagingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("log4j.configuration", "brokerlab-cli-log4j.properties");
        int records = args.length > 0 ? Integer.parseInt(args[0]) : 500_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        LocalCluster cluster = null;
        Path dir = null;
        String bootstrap;
        if (args.length > 2) {
            bootstrap = args[2];
        } else {
            dir = Files.createTempDirectory("brokerlab-bench");
            cluster = TestClusters.started(dir, 1, 3);
            bootstrap = cluster.snapshot().bootstrapServers();
        }
        try {
            run(bootstrap, records, rounds);
        } finally {
            TestClusters.tearDown(cluster);
            deleteRecursively(dir);
        }
    }

    /** The cluster's logs hold every benchmark record, about 1 GB a run; do not leave them in the temp folder. */
    private static void deleteRecursively(Path dir) throws java.io.IOException {
        if (dir == null) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    private static void run(String bootstrap, int records, int rounds) throws Exception {
        String topic = "bench-" + System.currentTimeMillis();
        String warmUp = topic + "-warm-up";
        try (TopicService topics = new TopicService(KafkaClients.admin(bootstrap))) {
            topics.create(new NewTopicRequest(topic, 3, (short) 3, Map.of()));
            topics.create(new NewTopicRequest(warmUp, 3, (short) 3, Map.of()));
        }
        // Both sides share the client code; warm the JIT for both before anything counts.
        int warmUpRecords = Math.max(1, records / 5);
        producerPerformance(bootstrap, warmUp, warmUpRecords);
        generator(bootstrap, warmUp, warmUpRecords);
        consumerPerformance(bootstrap, warmUp, 2L * warmUpRecords);
        tail(bootstrap, warmUp, 2L * warmUpRecords);
        System.out.printf("topic %s: 3 partitions, RF 3; %d records of %d bytes per run; acks=1, linger.ms=5,"
                + " batch.size=16384, no idempotence%n", topic, records, RECORD_SIZE);
        double[] kafkaProduce = new double[rounds];
        double[] ourProduce = new double[rounds];
        for (int round = 0; round < rounds; round++) {
            // Alternate who goes first, so neither always meets a cold page cache or a busier moment.
            if (round % 2 == 0) {
                kafkaProduce[round] = producerPerformance(bootstrap, topic, records);
                ourProduce[round] = generator(bootstrap, topic, records);
            } else {
                ourProduce[round] = generator(bootstrap, topic, records);
                kafkaProduce[round] = producerPerformance(bootstrap, topic, records);
            }
            System.out.printf("produce round %d: ProducerPerformance %.0f msg/s, Generator %.0f msg/s (%.0f%%)%n",
                    round + 1, kafkaProduce[round], ourProduce[round], 100 * ourProduce[round] / kafkaProduce[round]);
        }
        long total = 2L * rounds * records;
        double[][] kafkaConsume = new double[2][rounds];
        double[][] ourConsume = new double[2][rounds];
        for (int round = 0; round < rounds; round++) {
            double[] kafka;
            double[] ours;
            if (round % 2 == 0) {
                kafka = consumerPerformance(bootstrap, topic, total);
                ours = tail(bootstrap, topic, total);
            } else {
                ours = tail(bootstrap, topic, total);
                kafka = consumerPerformance(bootstrap, topic, total);
            }
            for (int metric = 0; metric < 2; metric++) {
                kafkaConsume[metric][round] = kafka[metric];
                ourConsume[metric][round] = ours[metric];
            }
            System.out.printf("consume round %d: overall ConsumerPerformance %.0f, Tailer %.0f msg/s (%.0f%%);"
                    + " fetching ConsumerPerformance %.0f, Tailer %.0f msg/s (%.0f%%)%n", round + 1, kafka[0], ours[0],
                    100 * ours[0] / kafka[0], kafka[1], ours[1], 100 * ours[1] / kafka[1]);
        }
        System.out.printf("median produce: ProducerPerformance %.0f, Generator %.0f msg/s -> %.0f%%%n",
                median(kafkaProduce), median(ourProduce), 100 * median(ourProduce) / median(kafkaProduce));
        System.out.printf("median consume overall (incl. start-up/group join): ConsumerPerformance %.0f, Tailer %.0f msg/s"
                + " -> %.0f%%%n", median(kafkaConsume[0]), median(ourConsume[0]),
                100 * median(ourConsume[0]) / median(kafkaConsume[0]));
        System.out.printf("median consume fetching (after assignment): ConsumerPerformance %.0f, Tailer %.0f msg/s"
                + " -> %.0f%%%n", median(kafkaConsume[1]), median(ourConsume[1]),
                100 * median(ourConsume[1]) / median(kafkaConsume[1]));
    }

    private static double producerPerformance(String bootstrap, String topic, int records) throws Exception {
        String output = captured(() -> ProducerPerformance.main(new String[] {
            "--topic", topic, "--num-records", Integer.toString(records), "--record-size", Integer.toString(RECORD_SIZE),
            "--throughput", "-1", "--producer-props", "bootstrap.servers=" + bootstrap, "acks=1", "linger.ms=5",
            "batch.size=16384", "buffer.memory=33554432", "enable.idempotence=false"}));
        // Last line: "N records sent, X records/sec (Y MB/sec), ..."
        String summary = output.lines().filter(l -> l.contains("records sent")).reduce((a, b) -> b).orElseThrow(
                () -> new IllegalStateException("no summary from ProducerPerformance:\n" + output));
        return Double.parseDouble(summary.split(",")[1].trim().split(" ")[0]);
    }

    private static double generator(String bootstrap, String topic, int records) throws InterruptedException {
        String padding = "x".repeat(RECORD_SIZE - 7);
        try (Publisher publisher = new Publisher(bootstrap, Acks.ONE, BATCHING)) {
            Generator.Summary summary = new Generator(publisher, 50_000)
                    .run(topic, new MessageTemplate(padding + "{n}"), null, records, 0, result -> { });
            if (summary.failed() > 0) {
                throw new IllegalStateException(summary.failed() + " sends failed");
            }
            return summary.messagesPerSecond();
        }
    }

    /** {nMsg.sec, fetch.nMsg.sec}: overall, and without the group join the tail does not have. */
    private static double[] consumerPerformance(String bootstrap, String topic, long messages) throws Exception {
        String output = captured(() -> ConsumerPerformance.main(new String[] {
            "--bootstrap-server", bootstrap, "--topic", topic, "--messages", Long.toString(messages),
            "--timeout", "60000"}));
        // start.time, end.time, data.consumed.in.MB, MB.sec, data.consumed.in.nMsg, nMsg.sec, rebalance.time.ms,
        // fetch.time.ms, fetch.MB.sec, fetch.nMsg.sec
        String values = output.lines().filter(l -> !l.startsWith("start.time") && l.split(",").length >= 10)
                .reduce((a, b) -> b).orElseThrow(() -> new IllegalStateException("no result from ConsumerPerformance:\n" + output));
        String[] columns = values.split(",");
        return new double[] {Double.parseDouble(columns[5].trim()), Double.parseDouble(columns[9].trim())};
    }

    /** {overall from creating the consumer, fetching from the assignment}, like ConsumerPerformance's two rates. */
    private static double[] tail(String bootstrap, String topic, long messages) {
        long created = System.nanoTime();
        long read = 0;
        try (Tailer tailer = new Tailer(bootstrap, TailRequest.of(topic, new StartPosition.Beginning()))) {
            long assigned = System.nanoTime();
            while (read < messages) {
                read += tailer.poll(Duration.ofMillis(100)).size();
            }
            long end = System.nanoTime();
            return new double[] {read / ((end - created) / 1e9), read / ((end - assigned) / 1e9)};
        }
    }

    private interface Action {
        void run() throws Exception;
    }

    private static String captured(Action action) throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setOut(original);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
