package io.brokerlab.launcher.admin;

/** Where {@link ConsumerGroupService#resetOffsets} moves a group: earliest, latest, an offset, or a time. */
public sealed interface OffsetResetTarget {

    record Earliest() implements OffsetResetTarget {
    }

    record Latest() implements OffsetResetTarget {
    }

    /** An absolute offset, clamped by Kafka's rules to the partition's current range. */
    record ToOffset(long offset) implements OffsetResetTarget {
    }

    /** The first offset whose timestamp is at or after this epoch millisecond (the end if none). */
    record ToTimestamp(long epochMillis) implements OffsetResetTarget {
    }

    /** Parses {@code earliest}, {@code latest}, {@code offset:N} or {@code timestamp:MILLIS}. */
    static OffsetResetTarget parse(String text) {
        if ("earliest".equals(text)) {
            return new Earliest();
        }
        if ("latest".equals(text)) {
            return new Latest();
        }
        try {
            if (text != null && text.startsWith("offset:")) {
                return new ToOffset(Long.parseLong(text.substring("offset:".length())));
            }
            if (text != null && text.startsWith("timestamp:")) {
                return new ToTimestamp(Long.parseLong(text.substring("timestamp:".length())));
            }
        } catch (NumberFormatException e) {
            // falls through to the explanation below
        }
        throw new IllegalArgumentException("reset target must be earliest, latest, offset:N or timestamp:EPOCH_MILLIS,"
                + " not '" + text + "'");
    }
}
