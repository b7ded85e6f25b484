package io.brokerlab.launcher.config;

/** The escaping rules of {@link java.util.Properties#load(java.io.Reader)}, both ways. */
final class PropertiesSyntax {

    private PropertiesSyntax() {
    }

    static boolean isWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\f';
    }

    static boolean isComment(String physicalLine) {
        String trimmed = stripLeading(physicalLine);
        return trimmed.startsWith("#") || trimmed.startsWith("!");
    }

    static boolean isBlank(String physicalLine) {
        return stripLeading(physicalLine).isEmpty();
    }

    static String stripLeading(String line) {
        int i = 0;
        while (i < line.length() && isWhitespace(line.charAt(i))) {
            i++;
        }
        return line.substring(i);
    }

    /** An odd number of trailing backslashes joins the next physical line to this one. */
    static boolean continues(String physicalLine) {
        int backslashes = 0;
        for (int i = physicalLine.length() - 1; i >= 0 && physicalLine.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    /** Index where the value of a logical line starts, after the key and its separator. */
    static int valueStart(String logicalLine) {
        int keyEnd = keyEnd(logicalLine);
        int i = keyEnd;
        boolean separatorSeen = false;
        while (i < logicalLine.length()) {
            char c = logicalLine.charAt(i);
            if (isWhitespace(c)) {
                i++;
            } else if (!separatorSeen && (c == '=' || c == ':')) {
                separatorSeen = true;
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    /** Index just past the (still escaped) key; the key starts at the first non-whitespace character. */
    static int keyEnd(String logicalLine) {
        int i = logicalLine.length() - stripLeading(logicalLine).length();
        while (i < logicalLine.length()) {
            char c = logicalLine.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (c == '=' || c == ':' || isWhitespace(c)) {
                return i;
            }
            i++;
        }
        return logicalLine.length();
    }

    static String unescape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\\' || i + 1 >= text.length()) {
                out.append(c);
                continue;
            }
            char next = text.charAt(++i);
            switch (next) {
                case 't' -> out.append('\t');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 'f' -> out.append('\f');
                case 'u' -> {
                    if (i + 4 >= text.length()) {
                        throw new IllegalArgumentException("Malformed \\uxxxx encoding in: " + text);
                    }
                    String hex = text.substring(i + 1, i + 5);
                    try {
                        out.append((char) Integer.parseInt(hex, 16));
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("Malformed \\uxxxx encoding in: " + text, e);
                    }
                    i += 4;
                }
                default -> out.append(next);
            }
        }
        return out.toString();
    }

    static String escapeKey(String key) {
        return escape(key, true);
    }

    static String escapeValue(String value) {
        return escape(value, false);
    }

    /**
     * Escapes only what Properties would otherwise misread, so paths and URLs stay readable; anything outside
     * printable ASCII becomes {@code \}{@code uXXXX} because Kafka and ZooKeeper read their files as ISO-8859-1.
     */
    private static String escape(String text, boolean isKey) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\f' -> out.append("\\f");
                case ' ' -> out.append(isKey || i == 0 ? "\\ " : " ");
                case '=', ':' -> out.append(isKey ? "\\" + c : String.valueOf(c));
                case '#', '!' -> out.append(isKey && i == 0 ? "\\" + c : String.valueOf(c));
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        out.append(String.format("\\u%04X", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
