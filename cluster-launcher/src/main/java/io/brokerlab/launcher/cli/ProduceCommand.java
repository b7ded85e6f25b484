package io.brokerlab.launcher.cli;

import io.brokerlab.launcher.cluster.ClusterException;
import io.brokerlab.launcher.messaging.Acks;
import io.brokerlab.launcher.messaging.Publisher;
import io.brokerlab.launcher.messaging.Publisher.SendResult;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "produce", description = "Send one message per line of standard input.")
final class ProduceCommand implements Callable<Integer> {

    @Mixin
    WorkspaceOption workspace;

    @Parameters(paramLabel = "TOPIC")
    String topic;

    @Option(names = "--key-separator", paramLabel = "SEP",
            description = "Split each line at the first SEP into key and value.")
    String keySeparator;

    @Option(names = "--acks", paramLabel = "all|1|0", defaultValue = "all",
            description = "Acknowledgements to wait for (default all, with idempotence).")
    String acks;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Acks level = Acks.parse(acks);
        String bootstrap = ClusterTarget.bootstrapServers(workspace);
        PrintWriter err = spec.commandLine().getErr();
        AtomicLong sent = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        CompletableFuture<?> last = CompletableFuture.completedFuture(null);
        try (Publisher publisher = new Publisher(bootstrap, level);
             BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                String key = null;
                String value = line;
                if (keySeparator != null && !keySeparator.isEmpty()) {
                    int at = line.indexOf(keySeparator);
                    if (at >= 0) {
                        key = line.substring(0, at);
                        value = line.substring(at + keySeparator.length());
                    }
                }
                last = publisher.send(topic, key, value).thenAccept(result -> count(result, sent, failed, err));
            }
            publisher.flush();
            last.join();
        }
        err.printf("sent %d message(s) to %s%s%n", sent.get(), topic, failed.get() > 0 ? ", " + failed.get() + " failed" : "");
        err.flush();
        if (failed.get() > 0) {
            throw new ClusterException(failed.get() + " message(s) were not acknowledged");
        }
        return 0;
    }

    private static void count(SendResult result, AtomicLong sent, AtomicLong failed, PrintWriter err) {
        if (result.ok()) {
            sent.incrementAndGet();
        } else {
            failed.incrementAndGet();
            synchronized (err) {
                err.println("not acknowledged: " + result.error().getMessage());
            }
        }
    }
}
