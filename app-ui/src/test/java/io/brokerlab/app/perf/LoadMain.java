package io.brokerlab.app.perf;

import io.brokerlab.launcher.messaging.Acks;
import io.brokerlab.launcher.messaging.Generator;
import io.brokerlab.launcher.messaging.MessageTemplate;
import io.brokerlab.launcher.messaging.Publisher;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The benchmark's load in its own JVM (so its allocation and GC do not count against the app): the launcher's
 * Generator at full speed (or at the rate given as the third argument), acks=1, until killed; prints the acknowledged count every second.
 * Arguments: bootstrap servers, topic.
 */
public final class LoadMain {

    private LoadMain() {
    }

    public static void main(String[] args) throws Exception {
        AtomicLong acknowledged = new AtomicLong();
        double rate = args.length > 2 ? Double.parseDouble(args[2]) : 0;
        Thread reporter = new Thread(() -> {
            while (true) {
                System.out.println("acked " + acknowledged.get());
                System.out.flush();
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        reporter.setDaemon(true);
        reporter.start();
        try (Publisher publisher = new Publisher(args[0], Acks.ONE, Map.of("linger.ms", 5, "batch.size", 65536))) {
            Generator generator = new Generator(publisher, 20_000);
            MessageTemplate value = new MessageTemplate(
                    "{\"n\": {n}, \"payload\": \"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"}");
            while (true) {
                generator.run(args[1], value, null, 100_000, rate, r -> {
                    if (r.ok()) {
                        acknowledged.incrementAndGet();
                    }
                });
            }
        }
    }
}
