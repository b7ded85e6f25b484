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
            String stripped = line.stripLeading();
            if (!continued && !stripped.startsWith("#") && !stripped.startsWith("!")
                    && key.equals(stripped.split("\\s*[=:\\s]", 2)[0])) {
                return start;
            }
            continued = endsWithOddBackslashes(line);
            start += line.length() + 1;
        }
        return -1;
    }

    private static boolean endsWithOddBackslashes(String line) {
        int count = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            count++;
        }
        return count % 2 == 1;
    }
}
