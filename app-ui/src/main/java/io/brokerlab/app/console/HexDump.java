package io.brokerlab.app.console;

import java.util.Locale;

/**
 * Bytes as a classic hex dump, 16 to a line: the offset, the bytes in hex (a wider gap after the eighth) and the
 * printable ASCII ones, '.' for the rest. In a monospace font the columns line up, so a byte is found by its offset
 * rather than by counting along one long line. Any thread.
 */
final class HexDump {

    static final int PER_LINE = 16;
    private static final char[] DIGITS = "0123456789abcdef".toCharArray();

    private HexDump() {
    }

    /** E.g. {@code 00000000  7b 22 61 22 3a 31 7d                              |{"a":1}|}; empty bytes: "". */
    static String of(byte[] bytes) {
        StringBuilder out = new StringBuilder(bytes.length / PER_LINE * 80 + 80);
        for (int line = 0; line < bytes.length; line += PER_LINE) {
            if (line > 0) {
                out.append('\n');
            }
            out.append(String.format(Locale.ROOT, "%08x ", line));
            for (int i = line; i < line + PER_LINE; i++) {
                out.append(i % PER_LINE == PER_LINE / 2 ? "  " : " ");
                if (i < bytes.length) {
                    out.append(DIGITS[(bytes[i] >> 4) & 0xf]).append(DIGITS[bytes[i] & 0xf]);
                } else {
                    out.append("  ");
                }
            }
            out.append("  |");
            for (int i = line; i < Math.min(line + PER_LINE, bytes.length); i++) {
                char c = (char) (bytes[i] & 0xff);
                out.append(c >= 0x20 && c < 0x7f ? c : '.');
            }
            out.append('|');
        }
        return out.toString();
    }
}
