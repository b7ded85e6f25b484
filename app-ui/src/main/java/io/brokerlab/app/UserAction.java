package io.brokerlab.app;

import java.time.Instant;
import java.util.OptionalInt;

/**
 * A leader move or preferred election the user asked for in Topics: the timeline lists it and times the leader
 * changes of that partition (or topic) that follow from it, instead of from the last node action.
 *
 * @param partition the partition of a move; empty for a topic-wide election
 * @param what the timeline's event, e.g. "move to broker-2 asked"
 * @param cause how a later change names it, e.g. "the move was asked"
 */
public record UserAction(Instant at, String topic, OptionalInt partition, String what, String cause) {

    /** As the timeline names the place: "orders" or "orders-0". */
    public String where() {
        return partition.isPresent() ? topic + "-" + partition.getAsInt() : topic;
    }

    /** Whether a change of {@code topic}'s partition {@code p} is what was asked for. */
    public boolean covers(String topic, Integer p) {
        return this.topic.equals(topic) && (partition.isEmpty() || p != null && partition.getAsInt() == p);
    }
}
