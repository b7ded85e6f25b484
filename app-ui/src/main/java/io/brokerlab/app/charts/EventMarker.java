package io.brokerlab.app.charts;

import java.util.List;

/**
 * A moment drawn across every chart, so a line that drops says why: {@code parts} what happened, each short enough
 * to sit at the top of a plot ("broker-2 killed", "broker-1 now controller"), {@code detail} every event it stands
 * for, one per line (what a part naming only some nodes leaves out).
 */
public record EventMarker(long atMillis, List<String> parts, String detail, Tone tone) {

    /** How the marker reads, the most severe first: a combined marker takes the most severe of its events. */
    public enum Tone { DANGER, SUCCESS, MUTED }

    public EventMarker {
        parts = List.copyOf(parts);
    }

    /** The parts on one line. */
    public String label() {
        return String.join(" · ", parts);
    }
}
