package io.brokerlab.app.console;

import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where a tail starts and which partitions it reads, as the toolbar holds them: to say what a tail reads, and what
 * Restart tail would read differently from the running one. Changing the start while a tail runs changes nothing
 * until then, which the tail line must say, or "From now" looks applied while the rows still come from the beginning.
 * Any thread.
 *
 * @param value      the start value, empty for a mode that takes none (so that its leftover text is no change)
 * @param partitions "all", or the partition numbers as {@link TailStartText#parsePartitions} reads them; the text as
 *                   typed when it cannot be read
 */
record TailSettings(StartMode mode, String value, String partitions) {

    static TailSettings of(StartMode mode, String value, String partitions) {
        boolean takesValue = mode == StartMode.OFFSET || mode == StartMode.TIMESTAMP || mode == StartMode.LAST;
        return new TailSettings(mode, takesValue && value != null ? value.strip() : "", partitionsOf(partitions));
    }

    private static String partitionsOf(String text) {
        try {
            Set<Integer> only = TailStartText.parsePartitions(text);
            return only.isEmpty() ? "all" : only.stream().map(String::valueOf).collect(Collectors.joining(","));
        } catch (IllegalArgumentException unreadable) {
            return text.strip();
        }
    }

    /** What a tail with these settings reads: "from the beginning", "partitions 0,2 from now". */
    String describe(ZonedDateTime now) {
        return partitionsText() + start(now);
    }

    /**
     * What Restart tail would read instead of a tail started with these settings, worded as {@link #describe}; empty
     * when it reads the same.
     */
    String changeTo(TailSettings next, ZonedDateTime now) {
        boolean startChanged = mode != next.mode || !value.equals(next.value);
        if (!startChanged && partitions.equals(next.partitions)) {
            return "";
        }
        // named whenever the tail reads only some, so that "from now" is not taken for every partition
        boolean toAll = !partitions.equals(next.partitions) && next.partitions.equals("all");
        return (toAll ? "all partitions " : next.partitionsText()) + next.start(now);
    }

    private String partitionsText() {
        if (partitions.equals("all")) {
            return "";
        }
        return (partitions.contains(",") ? "partitions " : "partition ") + partitions + " ";
    }

    /** The start as a tail's status says it, or the mode's own name while its value cannot be read yet. */
    private String start(ZonedDateTime now) {
        try {
            return TailStartText.describe(TailStartText.startPosition(mode, value, now));
        } catch (IllegalArgumentException unreadable) {
            String name = mode.toString();
            return name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1);
        }
    }
}
