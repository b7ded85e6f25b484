package io.brokerlab.launcher.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.brokerlab.launcher.messaging.TailedMessage;
import io.brokerlab.launcher.messaging.Tailer;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "tail", description = "Print a topic's messages as they arrive (no consumer group, nothing committed).")
final class TailCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Mixin
    WorkspaceOption workspace;

    @Parameters(paramLabel = "TOPIC")
    String topic;

    @Option(names = "--from-beginning", description = "Start at the oldest message instead of the end.")
    boolean fromBeginning;

    @Option(names = "--max-messages", paramLabel = "N", description = "Stop after N messages.")
    Long maxMessages;

    @Option(names = "--json", description = "One JSON object per message.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        String bootstrap = ClusterTarget.bootstrapServers(workspace);
        PrintWriter out = spec.commandLine().getOut();
        long printed = 0;
        try (Tailer tailer = new Tailer(bootstrap, topic, fromBeginning)) {
            Runtime.getRuntime().addShutdownHook(new Thread(tailer::wakeup));
            while (maxMessages == null || printed < maxMessages) {
                for (TailedMessage message : tailer.poll(Duration.ofMillis(500))) {
                    out.println(json ? JSON.writeValueAsString(toJson(message)) : message.value());
                    printed++;
                    if (maxMessages != null && printed >= maxMessages) {
                        break;
                    }
                }
                out.flush();
            }
        } catch (org.apache.kafka.common.errors.WakeupException e) {
            // Ctrl-C: end quietly after what was printed.
        }
        out.flush();
        return 0;
    }

    static Map<String, Object> toJson(TailedMessage message) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("topic", message.topic());
        json.put("partition", message.partition());
        json.put("offset", message.offset());
        json.put("timestamp", message.timestamp());
        json.put("key", message.key());
        json.put("value", message.value());
        json.put("headers", message.headers());
        return json;
    }
}
