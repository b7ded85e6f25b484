package io.brokerlab.app.timeline;

import java.time.Instant;

/** One line of the timeline; {@code sincePreviousMillis} says how long after the line before it happened. */
public record TimelineEntry(Instant at, String node, String what, String detail, Tone tone, long sincePreviousMillis) {

    /** How the line is coloured (and which icon it gets). */
    public enum Tone { BAD, GOOD, NEUTRAL }
}
