package io.brokerlab.launcher.cli;

import io.brokerlab.launcher.cluster.ClusterException;
import io.brokerlab.launcher.messaging.Acks;
import io.brokerlab.launcher.messaging.Generator;
import io.brokerlab.launcher.messaging.MessageTemplate;
import io.brokerlab.launcher.messaging.OutgoingMessage;
import io.brokerlab.launcher.messaging.Publisher;
import io.brokerlab.launcher.messaging.Publisher.SendResult;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "produce", description = {
    "Send messages: one, each line of standard input or a file, or generated at a rate.",
    "One (--value), one per line of standard input (the default) or of --file, or generated from a",
    "template at a rate (--generate N --rate R --template 'msg-{n}')."})
final class ProduceCommand implements Callable<Integer> {

    /** Unacknowledged sends at once, so reading a huge file or stdin never outruns memory. */
    private static final int MAX_IN_FLIGHT = 10_000;

    @Mixin
    TargetOptions target;

    @Parameters(paramLabel = "TOPIC")
    String topic;

    @Option(names = "--value", paramLabel = "TEXT", description = "Send this one message instead of reading lines.")
    String value;

    @Option(names = "--key", paramLabel = "KEY", description = "The key of every message sent (not with --key-separator).")
    String key;

    @Option(names = "--key-separator", paramLabel = "SEP",
            description = "Split each line at the first SEP into key and value.")
    String keySeparator;

    @Option(names = "--header", paramLabel = "K=V", description = "A header on every message; repeatable.")
    Map<String, String> headers = new LinkedHashMap<>();

    @Option(names = "--partition", paramLabel = "P", description = "Send to this partition instead of the default partitioner's.")
    Integer partition;

    @Option(names = "--file", paramLabel = "PATH", description = "Send one message per line of this file.")
    Path file;

    @Option(names = "--generate", paramLabel = "N", description = "Generate N messages from --template.")
    Long generate;

    @Option(names = "--rate", paramLabel = "MSGS_PER_S", defaultValue = "0",
            description = "Target rate for --generate (0: as fast as possible).")
    double rate;

    @Option(names = "--duration", paramLabel = "SECONDS",
            description = "With --rate instead of --generate: generate for this long (N = rate x seconds).")
    Double duration;

    @Option(names = "--template", paramLabel = "T", defaultValue = "msg-{n}",
            description = "Generated value; {n} is the message's number from 1 (default msg-{n}).")
    String template;

    @Option(names = "--key-template", paramLabel = "T", description = "Generated key, e.g. key-{n}; none by default.")
    String keyTemplate;

    @Option(names = "--acks", paramLabel = "all|1|0", defaultValue = "all",
            description = "Acknowledgements to wait for (default all, with idempotence).")
    String acks;

    @Option(names = {"--report", "--verbose"}, description = "Print the partition and offset (or error) of every send.")
    boolean report;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Acks level = Acks.parse(acks);
        if (duration != null && generate == null) {
            if (rate <= 0) {
                throw new IllegalArgumentException("--duration needs a --rate above 0");
            }
            generate = Math.round(rate * duration);
        }
        if ((value != null ? 1 : 0) + (file != null ? 1 : 0) + (generate != null ? 1 : 0) > 1) {
            throw new IllegalArgumentException("choose one source: --value, --file or --generate (or standard input)");
        }
        if (key != null && keySeparator != null) {
            throw new IllegalArgumentException("give --key or --key-separator, not both");
        }
        String bootstrap = target.bootstrapServers();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        AtomicLong sent = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        Consumer<SendResult> onResult = result -> count(result, sent, failed, out, line -> {
            synchronized (err) {
                err.println(line);
            }
        });
        try (Publisher publisher = new Publisher(bootstrap, level)) {
            if (generate != null) {
                if (partition != null || !headers.isEmpty()) {
                    throw new IllegalArgumentException("--generate uses the default partitioner and no headers");
                }
                long total = generate;
                Generator.Summary summary;
                // not with --report: its line per send is the progress, and the two would tangle on one terminal
                try (TerminalProgress progress = TerminalProgress.show(err, !report && TerminalProgress.onTerminal(),
                        () -> progressLine(sent.get(), failed.get(), total))) {
                    Consumer<SendResult> counted = result -> count(result, sent, failed, out, progress::above);
                    summary = new Generator(publisher, MAX_IN_FLIGHT).run(topic, new MessageTemplate(template),
                            keyTemplate == null ? null : new MessageTemplate(keyTemplate), generate, rate, counted);
                }
                err.printf("generated %d message(s) in %.1f s (%.0f msg/s)%n", summary.sent(),
                        summary.elapsed().toNanos() / 1e9, summary.messagesPerSecond());
            } else if (value != null) {
                publisher.send(message(key, value)).thenAccept(onResult).join();
            } else {
                sendLines(publisher, onResult);
            }
        }
        out.flush();
        err.printf("sent %d message(s) to %s%s%n", sent.get(), topic, failed.get() > 0 ? ", " + failed.get() + " failed" : "");
        err.flush();
        if (failed.get() > 0) {
            throw new ClusterException(failed.get() + " message(s) were not acknowledged");
        }
        return 0;
    }

    private void sendLines(Publisher publisher, Consumer<SendResult> onResult) throws IOException, InterruptedException {
        Semaphore inFlight = new Semaphore(MAX_IN_FLIGHT);
        try (BufferedReader in = file != null ? open(file)
                : new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                String lineKey = key;
                String lineValue = line;
                if (keySeparator != null && !keySeparator.isEmpty()) {
                    int at = line.indexOf(keySeparator);
                    if (at >= 0) {
                        lineKey = line.substring(0, at);
                        lineValue = line.substring(at + keySeparator.length());
                    }
                }
                inFlight.acquire();
                publisher.send(Publisher.record(message(lineKey, lineValue)), result -> {
                    onResult.accept(result);
                    inFlight.release();
                });
            }
        }
        publisher.flush();
        inFlight.acquire(MAX_IN_FLIGHT);
    }

    private static BufferedReader open(Path file) throws IOException {
        try {
            return Files.newBufferedReader(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("no such file: " + file);
        }
    }

    private OutgoingMessage message(String messageKey, String messageValue) {
        return new OutgoingMessage(topic, partition, messageKey, messageValue, headers);
    }

    /** While generating: e.g. "acknowledged 12,000 of 100,000 · failed 0". */
    static String progressLine(long acknowledged, long failed, long total) {
        return String.format(Locale.ROOT, "acknowledged %,d of %,d · failed %,d", acknowledged, total, failed);
    }

    private void count(SendResult result, AtomicLong sent, AtomicLong failed, PrintWriter out, Consumer<String> err) {
        if (result.ok()) {
            sent.incrementAndGet();
            if (report) {
                synchronized (out) {
                    out.println("partition " + result.partition() + " offset " + result.offset());
                }
            }
        } else {
            failed.incrementAndGet();
            err.accept("not acknowledged: " + result.error().getMessage());
        }
    }
}
