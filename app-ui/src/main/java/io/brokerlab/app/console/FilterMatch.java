package io.brokerlab.app.console;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Where in a cell's text the filter's match is, to mark it. The filter matches the key or value as text; in HEX the
 * cell shows that text's bytes ("6f 72 64"), so the match is the bytes its characters were sent as. Any thread.
 *
 * @param start the first marked character of the cell's text
 * @param end   after the last marked character
 */
record FilterMatch(int start, int end) {

    /** Characters one byte takes in {@code ValueFormat.HEX}: two digits and the space before the next. */
    private static final int HEX_CHARS_PER_BYTE = 3;

    /**
     * @param shown  the cell's text (cut to the cell's length)
     * @param text   the key or value the filter matched, as text; null for none
     * @param needle the filter's text, lower case and trimmed, not empty
     * @param hex    the cell shows {@code text}'s bytes in hex
     * @return null when the cell shows no match
     */
    static FilterMatch in(String shown, String text, String needle, boolean hex) {
        if (!hex) {
            int at = shown.toLowerCase(Locale.ROOT).indexOf(needle);
            return at < 0 ? null : new FilterMatch(at, at + needle.length());
        }
        int at = text == null ? -1 : text.toLowerCase(Locale.ROOT).indexOf(needle);
        if (at < 0) {
            return null;
        }
        int before = utf8Length(text.substring(0, at));
        int length = utf8Length(text.substring(at, at + needle.length()));
        int start = before * HEX_CHARS_PER_BYTE;
        int end = (before + length) * HEX_CHARS_PER_BYTE - 1;
        // a match past the cell's cut shows only in the detail pane
        int cut = Math.min(shown.length(), MessageText.MAX_CELL_CHARS);
        return start >= cut ? null : new FilterMatch(start, Math.min(end, cut));
    }

    private static int utf8Length(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
