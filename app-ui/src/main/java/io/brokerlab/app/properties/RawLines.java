package io.brokerlab.app.properties;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

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

    /**
     * The numbers (from 1) of the lines that set each key, in file order: more than one for a key the file sets
     * again, of which Kafka and ZooKeeper (through {@link java.util.Properties}) take the last.
     */
    static Map<String, List<Integer>> linesByKey(String text) {
        Map<String, List<Integer>> lines = new LinkedHashMap<>();
        boolean continued = false;
        int number = 0;
        for (String line : text.split("\n", -1)) {
            number++;
            String key = continued ? null : keyOf(line);
            if (key != null) {
                lines.computeIfAbsent(key, k -> new ArrayList<>()).add(number);
            }
            continued = endsWithOddBackslashes(line);
        }
        return lines;
    }

    /**
     * For the line at {@code position} when its key is set on more than one line, which of them {@code software}
     * reads (the last); else "".
     */
    static String setAgainNote(String text, int position, String software) {
        String key = keyAt(text, position);
        List<Integer> lines = key == null ? List.of() : linesByKey(text).get(key);
        if (lines.size() < 2) {
            return "";
        }
        int here = lineAt(text, position);
        int last = lines.get(lines.size() - 1);
        List<Integer> others = lines.stream().filter(line -> line != here).toList();
        return here == last
                ? software + " uses this line, line " + here + ": the last of the lines that set " + key + " (also "
                        + others.stream().map(String::valueOf).collect(Collectors.joining(", ")) + ")"
                : "Line " + here + " has no effect: " + software + " uses line " + last + ", the last that sets " + key;
    }

    /** The number (from 1) of the line at {@code position}, or of the line it continues. */
    static int lineAt(String text, int position) {
        int start = 0;
        int number = 0;
        int setting = 0;
        boolean continued = false;
        for (String line : text.split("\n", -1)) {
            number++;
            if (!continued) {
                setting = number;
            }
            if (position <= start + line.length()) {
                return setting;
            }
            continued = endsWithOddBackslashes(line);
            start += line.length() + 1;
        }
        return setting;
    }

    /** An occurrence of searched text: where it starts and ends, and which of how many it is (from 1). */
    record Match(int start, int end, int number, int count) {
    }

    /**
     * The first occurrence of {@code needle} from {@code from} on, else the first from the top (the search wraps),
     * ignoring case; null when there is none.
     */
    static Match find(String text, String needle, int from) {
        Matcher found = Pattern.compile(Pattern.quote(needle), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                .matcher(text);
        List<int[]> all = new ArrayList<>();
        while (found.find()) {
            all.add(new int[] {found.start(), found.end()});
        }
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i)[0] >= from) {
                return new Match(all.get(i)[0], all.get(i)[1], i + 1, all.size());
            }
        }
        return all.isEmpty() ? null : new Match(all.get(0)[0], all.get(0)[1], 1, all.size());
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
