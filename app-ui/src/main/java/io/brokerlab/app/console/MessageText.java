package io.brokerlab.app.console;

import io.brokerlab.launcher.messaging.TailedMessage;
import io.brokerlab.launcher.messaging.ValueFormat;
import java.util.Objects;

/** A tailed message's key and value as the table and the detail pane show them in {@code format}. Any thread. */
record MessageText(ValueFormat format) {

    /** A table cell shows this much of a key or value; the detail pane shows all of it. */
    static final int MAX_CELL_CHARS = 300;
    /** A null key or value is not an empty one: a null value is a tombstone, which compaction acts on. */
    static final String NULL_KEY = "∅ null";
    static final String NULL_VALUE = "∅ null (tombstone)";

    /** The key as text, or in hex along with the values (a binary key reads no better as text); null stays null. */
    String keyText(TailedMessage m) {
        return format == ValueFormat.HEX ? ValueFormat.HEX.render(m.keyBytes()) : m.key();
    }

    /** The key as its table cell shows it: cut to {@link #MAX_CELL_CHARS}; {@link #NULL_KEY} for none. */
    String tableKey(TailedMessage m) {
        String k = keyText(m);
        return k == null ? NULL_KEY : cut(k);
    }

    /** The key in full, as the detail pane shows it. */
    String detailKey(TailedMessage m) {
        String k = keyText(m);
        return k == null ? NULL_KEY : k;
    }

    /** The value as the chosen format shows it in the table: one line, hex in HEX, cut to {@link #MAX_CELL_CHARS}. */
    String tableValue(TailedMessage m) {
        if (m.valueBytes() == null) {
            return NULL_VALUE;
        }
        return cut(format == ValueFormat.HEX ? ValueFormat.HEX.render(m.valueBytes())
                : ValueFormat.TEXT.render(m.valueBytes()).replace('\n', ' '));
    }

    /** A cell laying out a megabyte of text stalls the FX thread; the detail pane shows the whole value. */
    private static String cut(String text) {
        return text.length() <= MAX_CELL_CHARS ? text
                : text.substring(0, MAX_CELL_CHARS) + "… (" + text.length() + " characters, all in the detail)";
    }

    /** The value in full as the chosen format shows it: as sent in TEXT, pretty in JSON, a {@link HexDump} in HEX. */
    String detailValue(TailedMessage m) {
        if (m.valueBytes() == null) {
            return NULL_VALUE;
        }
        return format == ValueFormat.HEX ? HexDump.of(m.valueBytes()) : format.render(m.valueBytes());
    }

    /** What the detail pane shows of {@code m}: where it is, its key and headers, then its value in full. */
    String detail(TailedMessage m) {
        if (m == null) {
            return "Select a message to see it in full.";
        }
        StringBuilder text = new StringBuilder();
        text.append("topic ").append(m.topic()).append(" · partition ").append(m.partition()).append(" · offset ")
                .append(m.offset()).append(" · ").append(MessageTimes.format(m.timestamp())).append('\n');
        text.append("key: ").append(detailKey(m)).append('\n');
        m.headerList().forEach(h -> text.append("header ").append(h.key()).append(": ")
                .append(Objects.requireNonNullElse(h.value(), NULL_KEY)).append('\n'));
        text.append('\n').append(detailValue(m));
        return text.toString();
    }
}
