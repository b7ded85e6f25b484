package io.brokerlab.app.console;

import io.brokerlab.launcher.messaging.MessageHeader;
import java.util.ArrayList;
import java.util.List;

/**
 * Headers as the Publish form takes them: {@code key=value} pairs separated by commas (or new lines: the one-line
 * form field turns pasted ones into commas, see {@link #linesToCommas}), in order, a key
 * as often as wanted (Kafka keeps every one). A value runs from the first {@code =} to the next separator; {@code \,}
 * {@code \=} and {@code \\} put a comma, an equals sign or a backslash into a key or value.
 */
final class HeaderText {

    static final String SYNTAX = "key=value pairs separated by commas, e.g. trace-id=42, source=ui (pasted lines"
            + " become pairs separated by commas)."
            + " A key may repeat (each header is sent, in order). {n} in a value becomes the message's number, as in"
            + " the Value. Write \\, for a comma, \\= for an equals sign and"
            + " \\\\ for a backslash inside a key or value.";

    private HeaderText() {
    }

    /** The headers in {@code text}, in order; an empty or blank text is none. */
    static List<MessageHeader> parse(String text) {
        List<MessageHeader> headers = new ArrayList<>();
        if (text == null) {
            return headers;
        }
        StringBuilder key = new StringBuilder();
        StringBuilder value = null;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : '\n';
            StringBuilder into = value == null ? key : value;
            if (c == '\\') {
                if (i + 1 >= text.length() || ",=\\".indexOf(text.charAt(i + 1)) < 0) {
                    throw new IllegalArgumentException("Headers: a backslash goes before a comma, = or another"
                            + " backslash (\\, \\= \\\\), not " + (i + 1 >= text.length() ? "at the end"
                            : "before '" + text.charAt(i + 1) + "'"));
                }
                into.append(text.charAt(++i));
            } else if (c == ',' || c == '\n') {
                add(headers, key, value);
                key.setLength(0);
                value = null;
            } else if (c == '=' && value == null) {
                value = new StringBuilder();
            } else {
                into.append(c);
            }
        }
        return headers;
    }

    /** Pasted lines as pairs separated by commas: the one-line field would drop the line breaks and join them. */
    static String linesToCommas(String text) {
        return text.replaceAll("\\R", ", ");
    }

    /** Null when {@code text} parses, else what is wrong with it: for the form to say as the user types. */
    static String problem(String text) {
        try {
            parse(text);
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    private static void add(List<MessageHeader> headers, StringBuilder key, StringBuilder value) {
        String k = key.toString().strip();
        if (value == null) {
            if (!k.isEmpty()) {
                throw new IllegalArgumentException("Headers are key=value pairs: '" + k + "' has no = (write \\, for a"
                        + " comma inside a value)");
            }
            return;
        }
        if (k.isEmpty()) {
            throw new IllegalArgumentException("Headers: each header needs a key before its =");
        }
        headers.add(new MessageHeader(k, value.toString().strip()));
    }
}
