package io.brokerlab.launcher.bench;

import io.brokerlab.launcher.admin.KafkaClients;
import io.brokerlab.launcher.cluster.ClusterSnapshot;
import io.brokerlab.launcher.cluster.LocalCluster;
import io.brokerlab.launcher.cluster.NodeStatus;
import io.brokerlab.launcher.cluster.ZooKeeperClients;
import io.brokerlab.launcher.config.ClusterDefinition;
import io.brokerlab.launcher.config.PortAllocator;
import io.brokerlab.launcher.workspace.Workspace;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.curator.framework.CuratorFramework;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;

/**
 * Brokerlab's 1 ZooKeeper + 3 broker cluster against the same cluster started the stock way
 * (Kafka 3.9.2's classes with the JVM options of Kafka's own start scripts), alternating, on
 * the same machine in the same run. Measures launch-to-ready, resident memory once ready and
 * kill -9 of a partition leader to a new leader. Run with {@code bench/startup.sh}.
 */
public final class StartupBenchmark {

    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    private static final String CLASS_PATH = System.getProperty("java.class.path");
    /** kafka-run-class.sh and the start scripts' defaults. */
    private static final List<String> STOCK_COMMON = List.of("-server", "-XX:+UseG1GC", "-XX:MaxGCPauseMillis=20",
            "-XX:InitiatingHeapOccupancyPercent=35", "-XX:+ExplicitGCInvokesConcurrent", "-XX:MaxInlineLevel=15",
            "-Djava.awt.headless=true");

    record Figures(double readySeconds, long residentBytes, long proportionalBytes, double failoverSeconds) {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        Path root = Files.createTempDirectory("brokerlab-bench");
        System.out.println("warm-up: one Brokerlab up and down to train its class-data-sharing archive (as a user's first `up` does)");
        System.out.printf("  first start (training CDS): %.2f s%n", train(root.resolve("warmup")));
        List<Figures> stock = new ArrayList<>();
        List<Figures> lab = new ArrayList<>();
        for (int i = 1; i <= rounds; i++) {
            Figures s = stock(root.resolve("stock-" + i));
            System.out.printf("round %d stock:     ready %.2f s, RSS %d MB, PSS %d MB, new leader after %.2f s%n", i,
                    s.readySeconds(), s.residentBytes() >> 20, s.proportionalBytes() >> 20, s.failoverSeconds());
            Figures b = brokerlab(root.resolve("lab-" + i));
            System.out.printf("round %d brokerlab: ready %.2f s, RSS %d MB, PSS %d MB, new leader after %.2f s%n", i,
                    b.readySeconds(), b.residentBytes() >> 20, b.proportionalBytes() >> 20, b.failoverSeconds());
            stock.add(s);
            lab.add(b);
        }
        System.out.println();
        System.out.println("| median of " + rounds + " | stock Kafka 3.9.2 | Brokerlab | ratio |");
        System.out.println("|---|---|---|---|");
        double sr = median(stock.stream().map(Figures::readySeconds).toList());
        double br = median(lab.stream().map(Figures::readySeconds).toList());
        double sm = median(stock.stream().map(f -> (double) f.residentBytes()).toList()) / (1 << 20);
        double bm = median(lab.stream().map(f -> (double) f.residentBytes()).toList()) / (1 << 20);
        double sp = median(stock.stream().map(f -> (double) f.proportionalBytes()).toList()) / (1 << 20);
        double bp = median(lab.stream().map(f -> (double) f.proportionalBytes()).toList()) / (1 << 20);
        double sf = median(stock.stream().map(Figures::failoverSeconds).toList());
        double bf = median(lab.stream().map(Figures::failoverSeconds).toList());
        System.out.printf("| launch to ready (s) | %.2f | %.2f | %.0f%% |%n", sr, br, 100 * br / sr);
        System.out.printf("| resident memory once ready, sum of RSS (MB) | %.0f | %.0f | %.0f%% |%n", sm, bm, 100 * bm / sm);
        System.out.printf("| resident memory once ready, sum of PSS (MB) | %.0f | %.0f | %.0f%% |%n", sp, bp, 100 * bp / sp);
        System.out.printf("| kill -9 of a leader to new leader (s) | %.2f | %.2f | %.0f%% |%n", sf, bf, 100 * bf / sf);
        deleteTree(root);
    }

    /** Up and down without a kill: a killed trainer writes no archive. */
    private static double train(Path dir) throws Exception {
        Workspace workspace = Workspace.create(dir, new ClusterDefinition(1, 3, freeBase(1), freeBase(3)));
        try (LocalCluster cluster = LocalCluster.open(workspace)) {
            long began = System.nanoTime();
            cluster.up().join();
            double readySeconds = (System.nanoTime() - began) / 1e9;
            cluster.down().join();
            return readySeconds;
        }
    }

    private static Figures brokerlab(Path dir) throws Exception {
        Workspace workspace = Workspace.create(dir, new ClusterDefinition(1, 3, freeBase(1), freeBase(3)));
        try (LocalCluster cluster = LocalCluster.open(workspace)) {
            long began = System.nanoTime();
            ClusterSnapshot ready = cluster.up().join();
            double readySeconds = (System.nanoTime() - began) / 1e9;
            long resident = ready.nodes().stream().mapToLong(n -> memory(n.pid().orElseThrow(), "status", "VmRSS:")).sum();
            long proportional = ready.nodes().stream().mapToLong(n -> memory(n.pid().orElseThrow(), "smaps_rollup", "Pss:")).sum();
            double failover = failover(ready.bootstrapServers(), id -> {
                NodeStatus broker = cluster.snapshot().brokers().stream().filter(b -> b.id().id() == id).findFirst().orElseThrow();
                ProcessHandle.of(broker.pid().orElseThrow()).orElseThrow().destroyForcibly();
            });
            cluster.down().join();
            return new Figures(readySeconds, resident, proportional, failover);
        }
    }

    private static Figures stock(Path dir) throws Exception {
        int zkPort = freeBase(1);
        int brokerBase = freeBase(3);
        Files.createDirectories(dir);
        Path zkConfig = dir.resolve("zookeeper.properties");
        // Kafka's config/zookeeper.properties, with a free port and a temp data dir.
        Files.writeString(zkConfig, "dataDir=" + dir.resolve("zookeeper") + "\nclientPort=" + zkPort
                + "\nmaxClientCnxns=0\nadmin.enableServer=false\n");
        List<Process> brokers = new ArrayList<>();
        Process zookeeper = null;
        try {
            long began = System.nanoTime();
            zookeeper = launch(dir, "zookeeper", List.of("-Xmx512M", "-Xms512M"), "org.apache.zookeeper.server.quorum.QuorumPeerMain",
                    zkConfig.toString());
            awaitZooKeeper(zkPort);
            for (int id = 1; id <= 3; id++) {
                Path config = dir.resolve("server-" + id + ".properties");
                // Kafka's config/server.properties defaults that matter, per broker.
                Files.writeString(config, "broker.id=" + id + "\nlisteners=PLAINTEXT://127.0.0.1:" + (brokerBase + id - 1)
                        + "\nlog.dirs=" + dir.resolve("kafka-logs-" + id) + "\nzookeeper.connect=127.0.0.1:" + zkPort
                        + "\nzookeeper.connection.timeout.ms=18000\nnum.partitions=1\noffsets.topic.replication.factor=1"
                        + "\ntransaction.state.log.replication.factor=1\ntransaction.state.log.min.isr=1"
                        + "\ngroup.initial.rebalance.delay.ms=0\n");
                brokers.add(launch(dir, "broker-" + id, List.of("-Xmx1G", "-Xms1G"), "kafka.Kafka", config.toString()));
            }
            awaitRegistered("127.0.0.1:" + zkPort, 3);
            double readySeconds = (System.nanoTime() - began) / 1e9;
            List<Long> pids = new ArrayList<>(List.of(zookeeper.pid()));
            brokers.forEach(b -> pids.add(b.pid()));
            long resident = pids.stream().mapToLong(pid -> memory(pid, "status", "VmRSS:")).sum();
            long proportional = pids.stream().mapToLong(pid -> memory(pid, "smaps_rollup", "Pss:")).sum();
            String bootstrap = "127.0.0.1:" + brokerBase + ",127.0.0.1:" + (brokerBase + 1) + ",127.0.0.1:" + (brokerBase + 2);
            double failover = failover(bootstrap, id -> brokers.get(id - 1).destroyForcibly());
            return new Figures(readySeconds, resident, proportional, failover);
        } finally {
            for (Process broker : brokers) {
                broker.destroy();
                if (!broker.waitFor(40, TimeUnit.SECONDS)) {
                    broker.destroyForcibly().waitFor();
                }
            }
            if (zookeeper != null) {
                zookeeper.destroy();
                zookeeper.waitFor(20, TimeUnit.SECONDS);
            }
        }
    }

    private static Process launch(Path dir, String name, List<String> heap, String main, String config) throws IOException {
        List<String> command = new ArrayList<>(List.of(JAVA));
        command.addAll(heap);
        command.addAll(STOCK_COMMON);
        command.addAll(List.of("-cp", CLASS_PATH, main, config));
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve(name + ".log").toFile()).start();
    }

    /** "As soon as ZooKeeper answers": its srvr four-letter word, polled every 20 ms. */
    private static void awaitZooKeeper(int port) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                // A server still starting may accept and never answer.
                socket.setSoTimeout(500);
                OutputStream out = socket.getOutputStream();
                out.write("srvr".getBytes(StandardCharsets.US_ASCII));
                out.flush();
                InputStream in = socket.getInputStream();
                if (new String(in.readAllBytes(), StandardCharsets.US_ASCII).contains("Mode:")) {
                    return;
                }
            } catch (IOException e) {
                // not up yet
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("stock ZooKeeper did not answer within 30 s");
    }

    private static void awaitRegistered(String connect, int brokers) throws Exception {
        try (CuratorFramework client = ZooKeeperClients.create(connect)) {
            client.start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (System.nanoTime() < deadline) {
                try {
                    if (client.getChildren().forPath("/brokers/ids").size() >= brokers) {
                        return;
                    }
                } catch (Exception e) {
                    // the path appears with the first broker
                }
                Thread.sleep(20);
            }
        }
        throw new IllegalStateException("stock brokers did not register within 60 s");
    }

    interface Killer {
        void kill(int brokerId) throws Exception;
    }

    /** Creates an RF=3 topic, kills partition 0's leader with SIGKILL, times until another leads. */
    private static double failover(String bootstrap, Killer killer) throws Exception {
        try (Admin admin = KafkaClients.admin(bootstrap)) {
            admin.createTopics(List.of(new NewTopic("failover", 1, (short) 3))).all().get();
            int leader = -1;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (leader < 0 && System.nanoTime() < deadline) {
                leader = leaderOf(admin);
                Thread.sleep(50);
            }
            long killed = System.nanoTime();
            killer.kill(leader);
            deadline = killed + TimeUnit.SECONDS.toNanos(60);
            while (System.nanoTime() < deadline) {
                int now = leaderOf(admin);
                if (now >= 0 && now != leader) {
                    return (System.nanoTime() - killed) / 1e9;
                }
                Thread.sleep(50);
            }
            throw new IllegalStateException("no new leader within 60 s");
        }
    }

    private static int leaderOf(Admin admin) {
        try {
            TopicDescription description = admin.describeTopics(List.of("failover")).allTopicNames().get(5, TimeUnit.SECONDS)
                    .get("failover");
            var leader = description.partitions().get(0).leader();
            return leader == null || leader.isEmpty() ? -1 : leader.id();
        } catch (Exception e) {
            return -1;
        }
    }

    private static int freeBase(int count) {
        for (int attempt = 0; attempt < 100; attempt++) {
            int base = 20_000 + (int) (Math.random() * 30_000);
            boolean free = true;
            for (int p = base; p < base + count; p++) {
                free &= PortAllocator.checkAvailable(p).isEmpty();
            }
            if (free) {
                return base;
            }
        }
        throw new IllegalStateException("no free ports");
    }

    /**
     * A /proc figure in bytes. RSS counts pages shared between nodes (the class-data archive,
     * the JDK's libraries) once per process; PSS divides them among their sharers, so its sum
     * is what the cluster really occupies.
     */
    private static long memory(long pid, String file, String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), file))) {
                if (line.startsWith(field)) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("resident memory needs /proc (Linux)", e);
        }
        return 0;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private StartupBenchmark() {
    }

}
