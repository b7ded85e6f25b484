package io.brokerlab.app;

import java.time.Instant;
import java.util.OptionalInt;

/**
 * What the user did to a topic, in Topics or with a durability check: the timeline lists it. A leader move, a
 * preferred election or added partitions also time the leader changes of that partition (or topic) that follow from
 * them, instead of the last node action.
 *
 * @param partition the partition of a move; empty for a topic-wide change
 * @param what the timeline's event, e.g. "move to broker-2 asked"
 * @param cause how a later change names it, e.g. "the move was asked"; null for a change no leader change follows
 *              from (new configs), which is only listed
 */
public record UserAction(Instant at, String topic, OptionalInt partition, String what, String cause) {

    /** Something done to the whole topic now, which the timeline lists without putting anything down to it. */
    public static UserAction listed(String topic, String what) {
        return new UserAction(Instant.now(), topic, OptionalInt.empty(), what, null);
    }

    /** As the timeline names the place: "orders" or "orders-0". */
    public String where() {
        return partition.isPresent() ? topic + "-" + partition.getAsInt() : topic;
    }

    /** Whether a change of {@code topic}'s partition {@code p} is what was asked for. */
    public boolean covers(String topic, Integer p) {
        return this.topic.equals(topic) && (partition.isEmpty() || p != null && partition.getAsInt() == p);
    }
}
