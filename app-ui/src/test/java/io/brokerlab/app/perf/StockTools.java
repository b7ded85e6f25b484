package io.brokerlab.app.perf;

import io.brokerlab.app.UiTestSupport;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Kafka's own command-line tools, the way the tutorial runs them: each in a JVM of its own with the options
 * {@code kafka-run-class.sh} gives every tool by default, so that the bench can set the app beside them.
 */
final class StockTools {

    /** KAFKA_HEAP_OPTS and KAFKA_JVM_PERFORMANCE_OPTS as kafka-run-class.sh sets them when they are unset. */
    private static final List<String> KAFKA_RUN_CLASS_OPTIONS = List.of("-Xmx256M", "-server", "-XX:+UseG1GC",
            "-XX:MaxGCPauseMillis=20", "-XX:InitiatingHeapOccupancyPercent=35", "-XX:+ExplicitGCInvokesConcurrent",
            "-XX:MaxInlineLevel=15", "-Djava.awt.headless=true");

    static final String CONSOLE_CONSUMER = "org.apache.kafka.tools.consumer.ConsoleConsumer";
    static final String TOPIC_COMMAND = "org.apache.kafka.tools.TopicCommand";

    private static final Pattern LEADER = Pattern.compile("Partition: (\\d+)\\s+Leader: (-?\\d+|none)");

    /**
     * What kafka-console-consumer did over a phase: printed messages per second beside what the topic received in the
     * same window, CPU, memory, time to first message.
     */
    record ConsumerRun(double messagesPerSecond, double producedPerSecond, double cpuPercentOfACore,
                       long maxResidentBytes, double firstMessageSeconds) {
    }

    /** One kafka-topics --describe: how long it took (JVM start included) and the leader it printed. */
    record DescribeRun(long nanos, String leader) {
    }

    private StockTools() {
    }

    /**
     * kafka-console-consumer on {@code topic} from its end, its output read from a pipe (faster than any terminal),
     * measured for {@code phase} once it printed its first message; then ended. {@code produced} counts what the
     * topic has received so far, read at the start and the end of the same window.
     */
    static ConsumerRun consoleConsumer(String bootstrap, String topic, Duration phase, LongSupplier produced)
            throws Exception {
        long launched = System.nanoTime();
        Process consumer = start(CONSOLE_CONSUMER, "--bootstrap-server", bootstrap, "--topic", topic);
        AtomicLong lines = new AtomicLong();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(consumer.getInputStream(),
                    StandardCharsets.UTF_8), 1 << 16)) {
                while (in.readLine() != null) {
                    lines.incrementAndGet();
                }
            } catch (IOException e) {
                // the pipe closes under the reader when the bench ends the consumer
            }
        }, "bench-stock-consumer");
        reader.setDaemon(true);
        reader.start();
        try {
            UiTestSupport.waitFor(60, "kafka-console-consumer's first message", () -> lines.get() > 0);
            double firstMessage = (System.nanoTime() - launched) / 1e9;
            long count0 = lines.get();
            long produced0 = produced.getAsLong();
            Duration cpu0 = cpu(consumer.toHandle());
            long t0 = System.nanoTime();
            long maxResident = 0;
            while (System.nanoTime() - t0 < phase.toNanos()) {
                maxResident = Math.max(maxResident, residentBytes(consumer.pid()).orElse(0L));
                Thread.sleep(500);
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            long produced1 = produced.getAsLong();
            double cpuPercent = cpu(consumer.toHandle()).minus(cpu0).toNanos() / 1e7 / seconds;
            return new ConsumerRun((lines.get() - count0) / seconds, (produced1 - produced0) / seconds, cpuPercent,
                    maxResident, firstMessage);
        } finally {
            consumer.destroy();
            consumer.waitFor(30, TimeUnit.SECONDS);
            reader.join(10_000);
        }
    }

    /** kafka-topics --describe of {@code topic}, as a user re-runs it to see who leads {@code partition} now. */
    static DescribeRun describe(String bootstrap, String topic, int partition) throws Exception {
        long t0 = System.nanoTime();
        Process describe = start(TOPIC_COMMAND, "--bootstrap-server", bootstrap, "--describe", "--topic", topic);
        String out = new String(describe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!describe.waitFor(60, TimeUnit.SECONDS)) {
            describe.destroyForcibly();
            throw new IllegalStateException("kafka-topics --describe did not end within 60 s");
        }
        long nanos = System.nanoTime() - t0;
        Matcher m = LEADER.matcher(out);
        while (m.find()) {
            if (Integer.parseInt(m.group(1)) == partition) {
                return new DescribeRun(nanos, m.group(2));
            }
        }
        throw new IllegalStateException("kafka-topics --describe printed no partition " + partition + ": " + out);
    }

    /** Starts {@code mainClass} with {@code args}; its standard output is the caller's to read, its errors dropped. */
    static Process start(String mainClass, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(KAFKA_RUN_CLASS_OPTIONS);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        // never outlive the bench, even when it fails half-way
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
        return process;
    }

    /** CPU time the process has used so far (zero where the OS does not say). */
    static Duration cpu(ProcessHandle process) {
        return process.info().totalCpuDuration().orElse(Duration.ZERO);
    }

    /** Resident memory in bytes from Linux's /proc (empty elsewhere or once the process has gone). */
    static Optional<Long> residentBytes(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", pid == ProcessHandle.current().pid() ? "self"
                    : Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Optional.of(Long.parseLong(line.replaceAll("\\D", "")) * 1024);
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or the process has ended: no figure rather than a wrong one
        }
        return Optional.empty();
    }
}
