package io.brokerlab.app;

import java.time.Instant;

/**
 * Something the user asked of the cluster outside its nodes' buttons, such as a leader move in Topics: the timeline
 * lists it and times the leader changes that follow from it, instead of from the last node action.
 *
 * @param where the topic or partition asked about, as the timeline names it ("orders", "orders-0")
 * @param what the timeline's event, e.g. "move to broker-2 asked"
 * @param cause how a later change names it, e.g. "the move was asked"
 */
public record UserAction(Instant at, String where, String what, String cause) {
}
