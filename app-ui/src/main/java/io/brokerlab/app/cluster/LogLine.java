package io.brokerlab.app.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One line of a node's log with the level it is coloured by. A stack trace's lines ({@code \tat ...},
 * {@code Caused by: ...}) carry no level of their own: they take the level of the entry they belong to, so an ERROR's
 * trace reads as part of that error.
 */
public record LogLine(String text, Level level) {

    /** MARK: what Brokerlab did to the node ("=== brokerlab: killed broker-2 (SIGKILL) at [...] ==="). */
    public enum Level { MARK, ERROR, WARN, INFO, DEBUG, OTHER }

    /** How the launcher begins the lines it appends to a node's log when it starts, stops, kills or pauses it. */
    private static final String MARK_PREFIX = "=== brokerlab:";

    /** An exception's first line, e.g. {@code java.io.IOException: disk full}, printed below the entry. */
    private static final Pattern EXCEPTION = Pattern.compile("^[\\w$]+(\\.[\\w$]+)+(Exception|Error|Throwable)\\b.*");

    /** The lines in order, each continuation line with the level of the entry above it. */
    public static List<LogLine> of(List<String> lines) {
        List<LogLine> result = new ArrayList<>(lines.size());
        Level entry = Level.OTHER;
        for (String text : lines) {
            Level own = levelOf(text);
            if (own != Level.OTHER) {
                entry = own;
            } else if (!continuesEntry(text)) {
                entry = Level.OTHER;
            }
            result.add(new LogLine(text, own != Level.OTHER ? own : entry));
        }
        return result;
    }

    /** The level the line itself names, OTHER when it names none. */
    static Level levelOf(String line) {
        if (line.startsWith(MARK_PREFIX)) {
            return Level.MARK;
        }
        if (line.contains(" ERROR ") || line.contains("[ERROR]") || line.startsWith("ERROR")) {
            return Level.ERROR;
        }
        if (line.contains(" WARN ") || line.contains("[WARN]") || line.startsWith("WARN")) {
            return Level.WARN;
        }
        if (line.contains(" INFO ") || line.contains("[INFO]") || line.startsWith("INFO")) {
            return Level.INFO;
        }
        if (line.contains(" DEBUG ") || line.contains(" TRACE ")) {
            return Level.DEBUG;
        }
        return Level.OTHER;
    }

    /** A stack frame, a cause, a "... 12 more" or the exception's own line: part of the entry above. */
    static boolean continuesEntry(String line) {
        return line.startsWith("\t") || line.startsWith("    at ") || line.startsWith("Caused by:")
                || line.startsWith("Suppressed:") || EXCEPTION.matcher(line).matches();
    }
}
