package io.brokerlab.launcher.cluster;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns a node's exit status and log into the sentence a user sees. */
final class ExitReasons {

    private static final String FAILURE_PREFIX = "brokerlab: ";
    /** A stack trace's first line: "org.apache.kafka.common.KafkaException: None of the specified log dirs…". */
    private static final Pattern EXCEPTION = Pattern.compile("^(?:Caused by: )?(?:[a-z_$][\\w$]*\\.)+"
            + "[A-Z][\\w$]*(?:Exception|Error): (.+)$");

    private ExitReasons() {
    }

    static String describe(OptionalInt exitStatus, List<String> lastLogLines) {
        String fromLog = null;
        for (int i = lastLogLines.size() - 1; i >= 0 && fromLog == null; i--) {
            if (lastLogLines.get(i).startsWith(FAILURE_PREFIX)) {
                // "broker-3 failed: ...": the sentence it ends up in already names the node and says it failed
                fromLog = lastLogLines.get(i).substring(FAILURE_PREFIX.length()).replaceFirst("^\\S+ failed: ", "");
            }
        }
        String byStatus = exitStatus.isPresent() ? byStatus(exitStatus.getAsInt()) : "exited unexpectedly";
        if (fromLog == null) {
            // Kafka ended the JVM itself after a fatal error: its exception's words are the reason
            return firstException(lastLogLines).map(words -> byStatus + ": " + words).orElse(byStatus);
        }
        if (exitStatus.isPresent() && exitStatus.getAsInt() == 5) {
            return fromLog + " (run `brokerlab reset --yes` to wipe the data and keep the definition)";
        }
        return fromLog;
    }

    /** The message of the first exception the log's end shows, e.g. Kafka's "None of the specified log dirs…". */
    private static Optional<String> firstException(List<String> lines) {
        return lines.stream().map(EXCEPTION::matcher).filter(Matcher::matches).map(m -> m.group(1).strip())
                .filter(words -> !words.isEmpty()).findFirst();
    }

    private static String byStatus(int status) {
        return switch (status) {
            case 0 -> "stopped";
            case 2 -> "was started with a wrong command line (exit status 2)";
            case 3 -> "rejected its configuration (exit status 3)";
            case 4 -> "could not bind a port (exit status 4)";
            case 5 -> "its data belongs to another cluster than ZooKeeper's; run `brokerlab reset --yes`";
            case 137 -> "was killed (SIGKILL)";
            case 143 -> "was terminated (SIGTERM)";
            default -> "exited with status " + status;
        };
    }
}
