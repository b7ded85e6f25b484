package io.brokerlab.app.properties;

import io.brokerlab.launcher.config.NodeId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Whether a node runs with its properties file as the file is now. A node reads its file once, as it starts: a
 * file written after the node was launched may hold values it does not run with. Which keys differ is known when
 * the file was seen as it was at the launch; else only that it changed since.
 *
 * @param running      whether a process runs the node
 * @param behind       whether it runs with settings older than its file's
 * @param keys         the keys whose values differ, in order; empty when not known (or when not behind)
 * @param fileChanged  when the file was last written, for a node behind
 * @param launched     when the node's process was launched, for a running node
 */
record RestartNeed(boolean running, boolean behind, List<String> keys, Instant fileChanged, Instant launched) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("d MMM HH:mm:ss", Locale.ROOT);

    static final RestartNeed NOT_RUNNING = new RestartNeed(false, false, List.of(), null, null);

    RestartNeed {
        keys = List.copyOf(keys);
    }

    static RestartNeed upToDate(Instant launched) {
        return new RestartNeed(true, false, List.of(), null, launched);
    }

    static RestartNeed behind(List<String> keys, Instant fileChanged, Instant launched) {
        return new RestartNeed(true, true, keys, fileChanged, launched);
    }

    /** For the node's card: why it needs a restart. */
    String cardText(NodeId node, String fileName) {
        if (!keys.isEmpty()) {
            return "Saved in its properties file but not applied yet: " + String.join(", ", keys) + ". Restart "
                    + node + " to apply " + (keys.size() == 1 ? "it" : "them") + ".";
        }
        return fileName + " changed at " + time(fileChanged) + ", after " + node + " started at " + time(launched)
                + ". Restart " + node + " to run with the file as it is now.";
    }

    /** For the Properties view, under the file: the same, as a standing note. */
    String note(NodeId node, String fileName) {
        if (!keys.isEmpty()) {
            return "Restart needed: " + node + " runs with its old settings until it restarts; saved but not applied: "
                    + String.join(", ", keys);
        }
        return "Restart needed: " + fileName + " changed at " + time(fileChanged) + ", after " + node + " started at "
                + time(launched) + "; it runs with the file as it was then until it restarts";
    }

    private static String time(Instant at) {
        ZoneId zone = ZoneId.systemDefault();
        boolean today = at.atZone(zone).toLocalDate().equals(LocalDate.now(zone));
        return (today ? TIME : DAY_AND_TIME).format(at.atZone(zone));
    }
}
