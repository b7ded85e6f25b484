package io.brokerlab.launcher.cli;

import io.brokerlab.launcher.messaging.StartPosition;
import io.brokerlab.launcher.messaging.TailRequest;
import io.brokerlab.launcher.messaging.TailedMessage;
import io.brokerlab.launcher.messaging.Tailer;
import io.brokerlab.launcher.messaging.ValueFormat;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.apache.kafka.common.errors.WakeupException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "tail", description = "Print topics' messages as they arrive (no consumer group, nothing committed,"
        + " unless --group is given).")
final class TailCommand implements Callable<Integer> {

    @Mixin
    TargetOptions target;

    @Parameters(paramLabel = "TOPIC", arity = "0..*", description = "Topics to tail.")
    List<String> topics = new ArrayList<>();

    @Option(names = "--pattern", paramLabel = "REGEX", description = "Also tail every topic whose whole name matches.")
    String pattern;

    @Option(names = "--from-beginning", description = "Start at the oldest message.")
    boolean fromBeginning;

    @Option(names = "--offset", paramLabel = "N", description = "Start at offset N in each partition.")
    Long offset;

    @Option(names = "--from-time", paramLabel = "TIME",
            description = "Start at the first message at or after TIME (ISO-8601 like 2026-01-31T12:00:00Z, or epoch ms).")
    String fromTime;

    @Option(names = "--last", paramLabel = "N", description = "Start with the last N messages of each partition.")
    Long last;

    @Option(names = "--partition", paramLabel = "P", description = "Only this partition; repeatable.")
    Set<Integer> partitions = new LinkedHashSet<>();

    @Option(names = "--key-contains", paramLabel = "TEXT")
    String keyContains;

    @Option(names = "--value-contains", paramLabel = "TEXT")
    String valueContains;

    @Option(names = "--group", paramLabel = "GROUP", description = "Consume as this group and commit its offsets.")
    String group;

    @Option(names = "--format", paramLabel = "text|json|hex", defaultValue = "text",
            description = "How values are shown: text, pretty JSON, or hex for binary (default text).")
    String format;

    @Option(names = "--max-messages", paramLabel = "N", description = "Stop after N messages.")
    Long maxMessages;

    @Option(names = "--json", description = "One JSON object per message (topic, partition, offset, timestamp, key, value, headers).")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        TailRequest request = request();
        String bootstrap = target.bootstrapServers();
        PrintWriter out = spec.commandLine().getOut();
        long printed = 0;
        try (Tailer tailer = new Tailer(bootstrap, request);
             InterruptHook wakeOnExit = InterruptHook.register("brokerlab-tail-wakeup", tailer::wakeup)) {
            while (maxMessages == null || printed < maxMessages) {
                for (TailedMessage message : tailer.poll(Duration.ofMillis(500))) {
                    out.println(json ? JsonOutput.oneLine(toJson(message)) : toText(message));
                    printed++;
                    if (maxMessages != null && printed >= maxMessages) {
                        break;
                    }
                }
                out.flush();
            }
        } catch (WakeupException e) {
            // Ctrl-C: end quietly after what was printed.
        }
        out.flush();
        return 0;
    }

    TailRequest request() {
        int starts = (fromBeginning ? 1 : 0) + (offset != null ? 1 : 0) + (fromTime != null ? 1 : 0) + (last != null ? 1 : 0);
        if (starts > 1) {
            throw new IllegalArgumentException("choose one start: --from-beginning, --offset, --from-time or --last");
        }
        StartPosition start = fromBeginning ? new StartPosition.Beginning()
                : offset != null ? new StartPosition.AtOffset(offset)
                : fromTime != null ? new StartPosition.AtTimestamp(parseTime(fromTime))
                : last != null ? new StartPosition.LastPerPartition(last)
                : new StartPosition.End();
        Pattern regex = null;
        if (pattern != null) {
            try {
                regex = Pattern.compile(pattern);
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("invalid --pattern: " + e.getDescription());
            }
        }
        return new TailRequest(topics, regex, start, partitions, keyContains, valueContains, group,
                ValueFormat.parse(format));
    }

    static long parseTime(String text) {
        if (text.chars().allMatch(Character::isDigit)) {
            return Long.parseLong(text);
        }
        try {
            return Instant.parse(text).toEpochMilli();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not a time: use ISO-8601 (2026-01-31T12:00:00Z) or epoch ms");
        }
    }

    /** The value alone, like Kafka's console consumer; where it came from once several topics are mixed. */
    private String toText(TailedMessage message) {
        boolean severalTopics = topics.size() > 1 || pattern != null;
        return severalTopics ? message.topic() + "-" + message.partition() + "@" + message.offset() + " " + message.value()
                : message.value();
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
