package io.brokerlab.launcher.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.function.Predicate;

/**
 * The broker settings that keep a Windows broker from deleting or renaming log files (KAFKA-1194, never fixed;
 * docs/windows.md): written into every generated broker file on Windows, and checked when someone edits one.
 * A setting left out of the file counts with Kafka's default, which is unsafe for most of them.
 */
public final class WindowsBrokerDefaults {

    public static final String WARNING = "On Windows, Kafka crashes when it deletes, compacts or rolls away log"
            + " segments (KAFKA-1194). Brokerlab's Windows defaults keep all data during a session; ";

    private record Safe(String key, String value, Predicate<String> accepts, String why) {
    }

    private static final List<Safe> SETTINGS = List.of(
            new Safe("log.retention.ms", "-1", "-1"::equals, "retention would delete old segments"),
            new Safe("log.retention.bytes", "-1", "-1"::equals, "retention would delete old segments"),
            new Safe("log.cleaner.enable", "false", "false"::equals,
                    "the cleaner compacts __consumer_offsets and compacted topics"),
            new Safe("delete.topic.enable", "false", "false"::equals, "deleting a topic renames its folders"),
            new Safe("log.segment.bytes", "1073741824", atLeast(1073741824L), "smaller segments roll and get deleted"),
            new Safe("offsets.topic.segment.bytes", "1073741824", atLeast(1073741824L),
                    "smaller segments of __consumer_offsets roll and get compacted"),
            new Safe("log.roll.ms", "31536000000", atLeast(31536000000L), "segments would roll within a session"));

    private WindowsBrokerDefaults() {
    }

    /** Whether brokers started here run on Windows. */
    public static boolean onThisMachine() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
    }

    /** The safe settings in the order they are written, the first one with the comment that explains them. */
    static void writeTo(PropertiesDocument doc) {
        Safe first = SETTINGS.get(0);
        doc.setWithComment(first.key(), first.value(), "Windows: Kafka cannot rename or delete open segment files"
                + " (KAFKA-1194); a lab never deletes data. See docs/windows.md.");
        SETTINGS.subList(1, SETTINGS.size()).forEach(setting -> doc.set(setting.key(), setting.value()));
    }

    /** A warning for every safe setting the file changes or leaves out. */
    static List<ConfigProblem> problems(Properties properties) {
        Map<String, Object> kafkaDefaults = KafkaRules.defaults();
        List<ConfigProblem> problems = new ArrayList<>();
        for (Safe setting : SETTINGS) {
            String value = properties.getProperty(setting.key());
            boolean missing = value == null;
            Object effective = missing ? kafkaDefaults.get(setting.key()) : value;
            String normalized = effective == null ? "" : effective.toString().trim().toLowerCase(Locale.ROOT);
            if (!setting.accepts().test(normalized)) {
                problems.add(ConfigProblem.warning(setting.key(), WARNING + (missing
                        ? "without " + setting.key() + "=" + setting.value() + " " + setting.why() + "."
                        : setting.why() + " (safe: " + setting.value() + ").")));
            }
        }
        return problems;
    }

    private static Predicate<String> atLeast(long minimum) {
        return value -> {
            try {
                return Long.parseLong(value) >= minimum;
            } catch (NumberFormatException e) {
                return false;
            }
        };
    }
}
