package io.brokerlab.app.properties;

/** Finds lines in properties text as the raw-text editor shows it (lines end in {@code \n}). */
final class RawLines {

    private RawLines() {
    }

    /**
     * Where in {@code text} the line that sets {@code key} starts, or -1. A line that continues the one before it
     * (after a backslash) sets no key.
     */
    static int positionOf(String text, String key) {
        int start = 0;
        boolean continued = false;
        for (String line : text.split("\n", -1)) {
            if (!continued && key.equals(keyOf(line))) {
                return start;
            }
            continued = endsWithOddBackslashes(line);
            start += line.length() + 1;
        }
        return -1;
    }

    /**
     * The key set by the line at {@code position} in {@code text}, or by the line it continues; null on a comment
     * or blank line.
     */
    static String keyAt(String text, int position) {
        int start = 0;
        boolean continued = false;
        String key = null;
        for (String line : text.split("\n", -1)) {
            if (!continued) {
                key = keyOf(line);
            }
            if (position <= start + line.length()) {
                return key;
            }
            continued = endsWithOddBackslashes(line);
            start += line.length() + 1;
        }
        return null;
    }

    /** The key a line that continues no other line sets, or null for a comment or blank line. */
    private static String keyOf(String line) {
        String stripped = line.stripLeading();
        if (stripped.isEmpty() || stripped.startsWith("#") || stripped.startsWith("!")) {
            return null;
        }
        return stripped.split("\\s*[=:\\s]", 2)[0];
    }

    private static boolean endsWithOddBackslashes(String line) {
        int count = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            count++;
        }
        return count % 2 == 1;
    }
}
