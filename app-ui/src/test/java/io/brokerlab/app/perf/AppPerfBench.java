package io.brokerlab.app.perf;

import io.brokerlab.app.MainWindow;
import io.brokerlab.app.UiTestSupport;
import io.brokerlab.app.console.ConsoleView;
import io.brokerlab.app.topics.TopicsView;
import io.brokerlab.launcher.admin.KafkaClients;
import io.brokerlab.launcher.admin.NewTopicRequest;
import io.brokerlab.launcher.admin.PartitionInfo;
import io.brokerlab.launcher.admin.TopicService;
import io.brokerlab.launcher.cluster.LocalCluster;
import io.brokerlab.launcher.config.NodeId;
import io.brokerlab.launcher.messaging.Acks;
import io.brokerlab.launcher.messaging.Generator;
import io.brokerlab.launcher.messaging.MessageTemplate;
import io.brokerlab.launcher.messaging.Publisher;
import io.brokerlab.launcher.state.ClusterEvent;
import io.brokerlab.launcher.state.EventType;
import io.brokerlab.launcher.testing.TestClusters;
import io.brokerlab.launcher.workspace.Workspace;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * The app's speed under load, against a real 1 ZooKeeper + 3 broker cluster (not a unit test: surefire's default
 * includes skip it, run it by name, see docs/PERFORMANCE.md). A generator in this JVM produces as fast as the cluster
 * takes (acks=1) while the console tails the topic; meanwhile it records the FX thread's longest stall (a probe
 * posted with Platform.runLater every 10 ms, and the longest gap between AnimationTimer frames), the heap, and
 * for leader changes (a broker killed or stopped, later a preferred election) the time from the state watcher's event to
 * the replica map showing the new leader (a post-layout pulse listener). Prints a report at the end.
 */
class AppPerfBench {

    @TempDir
    static Path temp;

    private static final String TOPIC = "bench";
    private static final Duration LOAD = Duration.ofSeconds(Long.getLong("bench.seconds", 40));
    /** Tailing before the measured phase: the app's JIT compiles the hot paths during the first minute. */
    private static final Duration WARM_UP = Duration.ofSeconds(Long.getLong("bench.warmup", 5));
    /** Messages per second the load offers; 0 = as fast as the cluster takes them. */
    private static final double RATE = Double.parseDouble(System.getProperty("bench.rate", "0"));
    /** How long kafka-console-consumer, the stock way of watching the flow, is measured on the same load. */
    private static final Duration STOCK_PHASE = Duration.ofSeconds(Long.getLong("bench.stock.seconds", 20));

    @Test
    void tailAtFullSpeedAndLeaderChanges() throws Exception {
        Workspace ws = TestClusters.workspace(temp.resolve("ws"), 1, 3);
        MainWindow window = null;
        LocalCluster launcher = LocalCluster.open(ws);
        FxRobot robot = new FxRobot();
        StringBuilder report = new StringBuilder();
        try {
            launcher.up().get(180, TimeUnit.SECONDS);
            try (TopicService topics = new TopicService(KafkaClients.admin(ws.bootstrapServers()))) {
                topics.create(new NewTopicRequest(TOPIC, 3, (short) 3, Map.of()));
            }
            window = UiTestSupport.launch(ws.dir(), false);
            MainWindow w = window;
            TopicsView topicsView = view(w, TopicsView.class);
            ConsoleView console = view(w, ConsoleView.class);
            UiTestSupport.waitFor(60, "the bench topic with leaders", () -> {
                var t = topicsView.model().detailProperty().get();
                return t != null && t.name().equals(TOPIC) && t.partitions().stream().allMatch(p -> p.isr().size() == 3);
            });

            // FX responsiveness probes
            AtomicReference<Thread> fxThread = new AtomicReference<>();
            UiTestSupport.onFx(() -> {
                fxThreadId = Thread.currentThread().getId();
                fxThread.set(Thread.currentThread());
            });
            AtomicLong pendingSince = new AtomicLong();
            Map<String, Integer> lateStacks = new java.util.concurrent.ConcurrentHashMap<>();
            AtomicLong maxProbeDelay = new AtomicLong();
            ProbeDelays delays = new ProbeDelays();
            GcPauses pauses = GcPauses.install();
            AtomicLong maxProbeFxCpu = new AtomicLong();
            AtomicLong maxProbeGc = new AtomicLong();
            AtomicLong maxProbeRenderCpu = new AtomicLong();
            AtomicLong maxProbeFxQueued = new AtomicLong();
            AtomicLong maxProbeRenderQueued = new AtomicLong();
            AtomicLong maxFrameGap = new AtomicLong();
            AtomicBoolean probing = new AtomicBoolean(true);
            AtomicLong lastFrame = new AtomicLong();
            AnimationTimer frames = new AnimationTimer() {
                @Override
                public void handle(long now) {
                    long last = lastFrame.getAndSet(now);
                    if (last != 0) {
                        maxFrameGap.accumulateAndGet(now - last, Math::max);
                    }
                }
            };
            UiTestSupport.onFx(frames::start);
            Thread prober = sampler("bench-fx-probe", 10, probing, () -> {
                long fxCpu = fxThreadCpu();
                long renderCpu = renderThreadCpu();
                long gc = gcMillis();
                long fxQueued = runQueueWait(FX_TASK);
                long renderQueued = runQueueWait(RENDER_TASK);
                // taken last: a probe thread preempted while reading the counters must not count as a stall
                long posted = System.nanoTime();
                pendingSince.compareAndSet(0, posted);
                // What the FX thread and the collectors did during the longest delay says whose it was:
                // FX work (ours to fix), a GC pause, or neither (the thread waited for a CPU).
                Platform.runLater(() -> {
                    pendingSince.set(0);
                    long delay = System.nanoTime() - posted;
                    delays.record(delay);
                    if (delay > maxProbeDelay.get()) {
                        maxProbeDelay.set(delay);
                        maxProbeFxCpu.set(fxThreadCpu() - fxCpu);
                        maxProbeGc.set(gcMillis() - gc);
                        maxProbeRenderCpu.set(renderThreadCpu() - renderCpu);
                        maxProbeFxQueued.set(since(fxQueued, runQueueWait(FX_TASK)));
                        maxProbeRenderQueued.set(since(renderQueued, runQueueWait(RENDER_TASK)));
                    }
                });
            });
            // While a probe is over 40 ms late, what is the FX thread doing? (Its stack, sampled every 5 ms.)
            Thread watchdog = sampler("bench-fx-watchdog", 5, probing, () -> {
                long since = pendingSince.get();
                if (since != 0 && System.nanoTime() - since > 40_000_000L) {
                    StackTraceElement[] stack = fxThread.get().getStackTrace();
                    String top = java.util.Arrays.stream(stack).limit(8).map(f -> f.getClassName()
                            .replaceAll(".*\\.", "") + "." + f.getMethodName()).collect(java.util.stream.Collectors.joining(" < "));
                    lateStacks.merge(fxThread.get().getState() + ": " + top, 1, Integer::sum);
                }
            });

            // heap sampler
            AtomicLong maxHeap = new AtomicLong();
            AtomicLong maxResident = new AtomicLong();
            long self = ProcessHandle.current().pid();
            Thread heap = sampler("bench-heap", 500, probing, () -> {
                maxHeap.accumulateAndGet(usedHeap(), Math::max);
                maxResident.accumulateAndGet(StockTools.residentBytes(self).orElse(0L), Math::max);
            });

            // console tail at full speed on the topic
            UiTestSupport.click(robot, "#nav-console");
            UiTestSupport.onFx(() -> {
                console.model().topicProperty().set(TOPIC);
                console.model().tail().startModeProperty().set(io.brokerlab.app.console.StartMode.END);
                console.model().tail().startTail();
            });
            UiTestSupport.waitFor(60, "the tail", () -> console.model().tail().tailStatusProperty().get().startsWith("Tailing"));

            // load
            AtomicBoolean loading = new AtomicBoolean(true);
            AtomicLong acknowledged = new AtomicLong();
            AtomicReference<Throwable> loadError = new AtomicReference<>();
            // -Dbench.load=inprocess runs the generator in this JVM (its GC then pauses the app too)
            boolean external = !"inprocess".equals(System.getProperty("bench.load"));
            Process loadProcess = null;
            Thread load;
            if (external) {
                String java = ProcessHandle.current().info().command().orElse("java");
                List<String> cmd = new ArrayList<>();
                if (System.getProperty("bench.load.nice") != null) {
                    cmd.addAll(List.of("nice", "-n", System.getProperty("bench.load.nice")));
                }
                cmd.addAll(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                        LoadMain.class.getName(), ws.bootstrapServers(), TOPIC, Double.toString(RATE)));
                loadProcess = new ProcessBuilder(cmd)
                        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
                Process p = loadProcess;
                // never outlive the bench, even when it fails half-way
                Runtime.getRuntime().addShutdownHook(new Thread(p::destroyForcibly));
                load = new Thread(() -> {
                    try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream()))) {
                        String line;
                        while ((line = lines.readLine()) != null) {
                            if (line.startsWith("acked ")) {
                                acknowledged.set(Long.parseLong(line.substring(6)));
                            }
                        }
                    } catch (java.io.IOException e) {
                        if (loading.get()) {
                            // at the end the stream closes under the reader because the bench stops the load
                            loadError.set(e);
                        }
                    }
                }, "bench-load-reader");
            } else {
                load = new Thread(() -> {
                    try (Publisher publisher = new Publisher(ws.bootstrapServers(), Acks.ONE,
                            Map.of("linger.ms", 5, "batch.size", 65536))) {
                        Generator generator = new Generator(publisher, 20_000);
                        MessageTemplate value = new MessageTemplate("{\"n\": {n}, \"payload\": \"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"}");
                        while (loading.get()) {
                            generator.run(TOPIC, value, null, 100_000, RATE, r -> {
                                if (r.ok()) {
                                    acknowledged.incrementAndGet();
                                }
                            });
                        }
                    } catch (Throwable e) {
                        loadError.set(e);
                    }
                }, "bench-load");
            }
            load.setDaemon(true);
            System.gc();
            long heapBefore = usedHeap();
            prober.start();
            watchdog.start();
            heap.start();
            load.start();

            // warm-up, then the steady tail phase on the console
            Thread.sleep(WARM_UP.toMillis());
            long ack0 = acknowledged.get();
            long recv0 = received(console);
            maxProbeDelay.set(0);
            maxFrameGap.set(0);
            delays.reset();
            pauses.reset();
            lateStacks.clear();
            maxResident.set(0);
            long fxCpu0 = fxThreadCpu();
            long appCpu0 = processCpu();
            Map<String, Long> threadsCpu0 = cpuByThread();
            long gc0 = gcMillis();
            long t0 = System.nanoTime();
            Thread.sleep(LOAD.toMillis());
            long fxCpu1 = fxThreadCpu();
            long appCpu1 = processCpu();
            Map<String, Long> threadsCpu1 = cpuByThread();
            long gc1 = gcMillis();
            double seconds = (System.nanoTime() - t0) / 1e9;
            long ack1 = acknowledged.get();
            long recv1 = received(console);
            long tailStall = maxProbeDelay.get();
            long tailStallFxCpu = maxProbeFxCpu.get();
            long tailStallGc = maxProbeGc.get();
            long tailStallRenderCpu = maxProbeRenderCpu.get();
            long tailStallFxQueued = maxProbeFxQueued.get();
            long tailStallRenderQueued = maxProbeRenderQueued.get();
            long tailFrameGap = maxFrameGap.get();
            String tailDelays = delays.summary();
            long tailLongestPause = pauses.longestMillis();
            long tailResident = maxResident.get();
            report.append("app JVM: ").append(String.join(" ", java.lang.management.ManagementFactory.getRuntimeMXBean()
                    .getInputArguments().stream().filter(a -> a.startsWith("-X")).toList())).append('\n');
            report.append(external ? "load: launcher Generator in its own JVM (-Xmx512m), acks=1, ~100-byte JSON values\n"
                    : "load: launcher Generator in the app's JVM, acks=1, ~100-byte JSON values\n");
            report.append(RATE > 0 ? String.format(Locale.ROOT, "offered rate: %,.0f msg/s%n", RATE) : "offered rate: full speed\n");
            report.append("warm-up before measuring: ").append(WARM_UP.toSeconds()).append(" s\n");
            report.append(String.format(Locale.ROOT, "tail phase: %.1f s, produced (acked) %,.0f msg/s, tailed %,.0f msg/s%n",
                    seconds, (ack1 - ack0) / seconds, (recv1 - recv0) / seconds));
            report.append(String.format(Locale.ROOT, "FX thread: longest runLater probe delay %.1f ms, longest gap between frames %.1f ms%n",
                    tailStall / 1e6, tailFrameGap / 1e6));
            report.append(String.format(Locale.ROOT, "  during that longest delay: FX thread on a CPU %.1f ms and waiting for one %s; render thread on a CPU %.1f ms and waiting for one %s; GC %d ms%n",
                    tailStallFxCpu / 1e6, millis(tailStallFxQueued), tailStallRenderCpu / 1e6, millis(tailStallRenderQueued), tailStallGc));
            report.append("  probe delays: ").append(tailDelays).append('\n');
            report.append(String.format(Locale.ROOT, "app process CPU %.0f%% of one core, of which the tail thread %.0f%%%n",
                    (appCpu1 - appCpu0) / 1e7 / seconds,
                    (threadsCpu1.getOrDefault("brokerlab-tail", 0L) - threadsCpu0.getOrDefault("brokerlab-tail", 0L)) / 1e7 / seconds));
            report.append("  busiest Java threads (% of one core): ").append(threadsCpu1.entrySet().stream()
                    .map(e -> Map.entry(e.getKey(), e.getValue() - threadsCpu0.getOrDefault(e.getKey(), 0L)))
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(8)
                    .map(e -> String.format(Locale.ROOT, "%s %.0f", e.getKey(), e.getValue() / 1e7 / seconds))
                    .collect(java.util.stream.Collectors.joining(", "))).append('\n');
            report.append(String.format(Locale.ROOT, "FX thread busy %.0f%% of one core; GC pauses %.0f ms in the phase, the longest %d ms; system load average %.1f on %d cores%n",
                    (fxCpu1 - fxCpu0) / 1e7 / seconds, (double) (gc1 - gc0), tailLongestPause,
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    Runtime.getRuntime().availableProcessors()));
            report.append(String.format(Locale.ROOT, "app process resident memory, tail phase: max %.0f MB%n", tailResident / 1e6));

            // The stock way of watching the same flow, on the same load: kafka-console-consumer (the app's tail
            // stopped meanwhile, so that neither takes CPU from the other).
            UiTestSupport.onFx(() -> console.model().tail().stopTail());
            StockTools.ConsumerRun stock = StockTools.consoleConsumer(ws.bootstrapServers(), TOPIC, STOCK_PHASE,
                    acknowledged::get);
            report.append(String.format(Locale.ROOT, "stock kafka-console-consumer (own JVM, kafka-run-class.sh options: -Xmx256M, G1), output to a pipe, %d s: printed %,.0f msg/s while the topic received %,.0f msg/s, CPU %.0f%% of one core, resident memory max %.0f MB, first message %.1f s after launch%n",
                    STOCK_PHASE.toSeconds(), stock.messagesPerSecond(), stock.producedPerSecond(), stock.cpuPercentOfACore(),
                    stock.maxResidentBytes() / 1e6, stock.firstMessageSeconds()));
            UiTestSupport.onFx(() -> console.model().tail().startTail());
            UiTestSupport.waitFor(60, "the tail again", () -> console.model().tail().tailStatusProperty().get().startsWith("Tailing"));

            // leader changes while the load continues, Topics view on screen
            UiTestSupport.click(robot, "#nav-topics");
            UiTestSupport.onFx(() -> topicsView.model().selectedProperty().set(TOPIC));
            // the first layout of the Topics view is a one-off cost of switching views, not of a leader change
            UiTestSupport.waitFor(10, "the replica map", () -> w.scene().lookup("#replica-0-1") != null);
            UiTestSupport.onFx(() -> { });
            maxProbeDelay.set(0);
            maxFrameGap.set(0);
            delays.reset();
            pauses.reset();
            List<Long> latencies = new ArrayList<>();
            List<StockTools.DescribeRun> describes = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                int leader = partition0(topicsView).leader();
                // a kill (the demo's button: the leader moves once ZooKeeper expires the session) and a graceful stop
                boolean kill = round % 2 == 0;
                latencies.add(leaderChangeLatency(w, topicsView, () -> (kill ? launcher.kill(NodeId.broker(leader))
                        : launcher.stop(NodeId.broker(leader))).join(), leader));
                // the stock way: kafka-topics --describe, run the moment the app has shown the change
                describes.add(StockTools.describe(ws.bootstrapServers(), TOPIC, 0));
                launcher.start(NodeId.broker(leader)).get(120, TimeUnit.SECONDS);
                UiTestSupport.waitFor(120, "broker-" + leader + " back in every ISR", () ->
                        topicsView.model().detailProperty().get().partitions().stream().allMatch(p -> p.isr().size() == 3));
                int now = partition0(topicsView).leader();
                if (now != leader) {
                    latencies.add(leaderChangeLatency(w, topicsView, () -> {
                        try (TopicService topics = new TopicService(KafkaClients.admin(ws.bootstrapServers()))) {
                            topics.electPreferredLeaders(TOPIC);
                        }
                    }, now));
                    describes.add(StockTools.describe(ws.bootstrapServers(), TOPIC, 0));
                }
            }
            report.append("leader change, watcher event -> replica map shows the new leader (ms): ")
                    .append(latencies.stream().map(l -> String.format(Locale.ROOT, "%.1f", l / 1e6)).toList())
                    .append(String.format(Locale.ROOT, ", max %.1f%n", latencies.stream().mapToLong(Long::longValue).max().orElse(0) / 1e6));
            report.append("stock kafka-topics --describe, started once the app showed each change: ran (ms) ")
                    .append(describes.stream().map(d -> String.format(Locale.ROOT, "%.0f", d.nanos() / 1e6)).toList())
                    .append(", printed leader ").append(describes.stream().map(StockTools.DescribeRun::leader).toList())
                    .append(" (a user sees the change only when re-running it)\n");
            report.append(String.format(Locale.ROOT, "FX thread during the leader changes (brokers killed or stopped and restarted, load on): longest probe delay %.1f ms, longest frame gap %.1f ms, longest GC pause %d ms%n",
                    maxProbeDelay.get() / 1e6, maxFrameGap.get() / 1e6, pauses.longestMillis()));
            report.append("  probe delays: ").append(delays.summary()).append('\n');

            report.append("FX thread while a probe was over 40 ms late (state: top frames, 5 ms samples; the most frequent):\n");
            lateStacks.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(6)
                    .forEach(e -> report.append("  ").append(e.getValue()).append("x ").append(e.getKey()).append('\n'));
            loading.set(false);
            if (loadProcess != null) {
                loadProcess.destroy();
                loadProcess.waitFor(30, TimeUnit.SECONDS);
            }
            load.join(60_000);
            UiTestSupport.onFx(() -> console.model().tail().stopTail());
            probing.set(false);
            UiTestSupport.onFx(frames::stop);
            System.gc();
            long heapAfter = usedHeap();
            report.append(String.format(Locale.ROOT, "heap: max used %.0f MB (of -Xmx %.0f MB), after GC before load %.0f MB, after GC at the end %.0f MB, console rows %d%n",
                    maxHeap.get() / 1e6, Runtime.getRuntime().maxMemory() / 1e6, heapBefore / 1e6, heapAfter / 1e6,
                    console.model().table().messages().size()));
            if (loadError.get() != null) {
                report.append("load error: ").append(loadError.get()).append('\n');
            }
        } finally {
            System.out.println("=== AppPerfBench ===\n" + report + "====================");
            java.nio.file.Files.writeString(Path.of(System.getProperty("bench.report", "target/app-perf.txt")), report);
            try {
                UiTestSupport.close(window);
            } finally {
                TestClusters.tearDown(launcher);
            }
        }
    }

    private static final java.util.Map<String, Long> THREAD_IDS = new java.util.concurrent.ConcurrentHashMap<>();

    /** The thread that runs Platform.runLater tasks (Monocle's is not named "JavaFX Application Thread"). */
    private static volatile long fxThreadId = -1;

    /** CPU nanoseconds the FX application thread has used so far. */
    private static long fxThreadCpu() {
        return fxThreadId < 0 ? 0 : java.lang.management.ManagementFactory.getThreadMXBean().getThreadCpuTime(fxThreadId);
    }

    /** CPU nanoseconds Prism's render thread (software rendering here) has used so far. */
    private static long renderThreadCpu() {
        return threadCpu("QuantumRenderer-0");
    }

    /** Linux thread names (15 characters at most) of the FX application thread and Prism's render thread. */
    private static final String FX_TASK = "JavaFX Applicat";
    private static final String RENDER_TASK = "QuantumRenderer";
    private static final java.util.Map<String, Path> TASKS = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Nanoseconds the named thread has spent runnable but not running (waiting in the scheduler's run queue), from
     * Linux's /proc/self/task/TID/schedstat; -1 where that is not available.
     */
    private static long runQueueWait(String threadName) {
        try {
            Path task = TASKS.computeIfAbsent(threadName, AppPerfBench::task);
            return Long.parseLong(java.nio.file.Files.readString(task.resolve("schedstat")).trim().split(" ")[1]);
        } catch (java.io.IOException | RuntimeException e) {
            return -1;
        }
    }

    private static Path task(String threadName) {
        try (var tasks = java.nio.file.Files.list(Path.of("/proc/self/task"))) {
            return tasks.filter(t -> {
                try {
                    return java.nio.file.Files.readString(t.resolve("comm")).startsWith(threadName);
                } catch (java.io.IOException e) {
                    return false;
                }
            }).findFirst().orElseThrow();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** {@code now - before}, or -1 when either is unknown. */
    private static long since(long before, long now) {
        return before < 0 || now < 0 ? -1 : now - before;
    }

    private static String millis(long nanos) {
        return nanos < 0 ? "(unknown)" : String.format(Locale.ROOT, "%.1f ms", nanos / 1e6);
    }

    /**
     * CPU nanoseconds per live thread of this JVM, by name (threads of one name summed). The JVM's own threads (JIT
     * compilers, GC workers) are not Java threads and appear only in the process total.
     */
    private static Map<String, Long> cpuByThread() {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        Map<String, Long> cpu = new java.util.HashMap<>();
        for (java.lang.management.ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null) {
                long nanos = threads.getThreadCpuTime(info.getThreadId());
                if (nanos > 0) {
                    cpu.merge(info.getThreadName(), nanos, Long::sum);
                }
            }
        }
        return cpu;
    }

    /** CPU nanoseconds this whole JVM has used so far. */
    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static long threadCpu(String name) {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        Long id = THREAD_IDS.computeIfAbsent(name, n -> java.util.Arrays.stream(threads.dumpAllThreads(false, false))
                .filter(info -> info.getThreadName().equals(n)).map(java.lang.management.ThreadInfo::getThreadId)
                .findFirst().orElse(-1L));
        return id < 0 ? 0 : threads.getThreadCpuTime(id);
    }

    /** A daemon thread that runs {@code sample} every {@code millis} while {@code running}; started by the caller. */
    private static Thread sampler(String name, long millis, AtomicBoolean running, Runnable sample) {
        Thread thread = new Thread(() -> {
            while (running.get()) {
                sample.run();
                try {
                    Thread.sleep(millis);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, name);
        thread.setDaemon(true);
        return thread;
    }

    /** Milliseconds the collectors have paused the application so far (concurrent cycles left out). */
    private static long gcMillis() {
        return java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream()
                .filter(GcPauses::pauses)
                .mapToLong(java.lang.management.GarbageCollectorMXBean::getCollectionTime).sum();
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    private static long received(ConsoleView console) throws Exception {
        return org.testfx.util.WaitForAsyncUtils.asyncFx(() -> console.model().table().receivedProperty().get()).get();
    }

    private static PartitionInfo partition0(TopicsView topics) throws Exception {
        return org.testfx.util.WaitForAsyncUtils.asyncFx(() -> topics.model().detailProperty().get().partitions().get(0)).get();
    }

    /**
     * Does {@code action}, then waits for the watcher's leader change of partition 0 away from {@code oldLeader} and
     * for the first pulse whose layout shows the new leader's cell as leader; returns the nanoseconds between the
     * event's time (the state's takenAt, wall clock) and that pulse.
     */
    private static long leaderChangeLatency(MainWindow window, TopicsView topics, Runnable action, int oldLeader)
            throws Exception {
        AtomicReference<ClusterEvent> event = new AtomicReference<>();
        AtomicReference<Instant> shown = new AtomicReference<>();
        Runnable pulse = () -> {
            ClusterEvent e = event.get();
            if (e != null && shown.get() == null) {
                Node cell = window.scene().lookup("#replica-0-" + e.leader());
                if (cell != null && cell.getStyleClass().contains("replica-leader")) {
                    shown.set(Instant.now());
                }
            }
        };
        UiTestSupport.onFx(() -> window.scene().addPostLayoutPulseListener(pulse));
        // the same coalesced event batches the timeline gets (FX thread)
        window.session().addClusterEventListener(events -> events.stream()
                .filter(e -> e.type() == EventType.LEADER_CHANGED && TOPIC.equals(e.topic()) && e.partition() == 0
                        && e.leader() != null && e.leader() >= 0 && e.leader() != oldLeader)
                .findFirst().ifPresent(e -> event.compareAndSet(null, e)));
        action.run();
        UiTestSupport.waitFor(120, "the new leader in the replica map", () -> shown.get() != null);
        UiTestSupport.onFx(() -> window.scene().removePostLayoutPulseListener(pulse));
        return Duration.between(event.get().time(), shown.get()).toNanos();
    }

    private static <T> T view(MainWindow window, Class<T> type) {
        return window.views().stream().filter(type::isInstance).map(type::cast).findFirst().orElseThrow();
    }
}
