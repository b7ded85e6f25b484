package io.brokerlab.launcher.messaging;

/** Where a tail starts in each partition. */
public sealed interface StartPosition {

    record Beginning() implements StartPosition {
    }

    /** Only messages produced from now on. */
    record End() implements StartPosition {
    }

    /** This offset in every partition (clamped to the partition's range by the consumer's reset). */
    record AtOffset(long offset) implements StartPosition {
    }

    /** The first message at or after this time (epoch milliseconds); the end where there is none. */
    record AtTimestamp(long epochMillis) implements StartPosition {
    }

    /** The last {@code count} messages of each partition, then new ones. */
    record LastPerPartition(long count) implements StartPosition {
    }
}
