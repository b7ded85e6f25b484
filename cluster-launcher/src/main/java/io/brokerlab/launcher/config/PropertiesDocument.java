package io.brokerlab.launcher.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * A {@code .properties} file that can be edited without losing what a person wrote in it: comments, blank lines,
 * key order and the layout of untouched entries survive {@link #set} and {@link #remove}.
 * Values are read exactly as {@link Properties} reads them, so the launcher sees what Kafka and ZooKeeper see.
 */
public final class PropertiesDocument {

    /** A comment or blank line, kept verbatim. */
    private record Verbatim(String text) implements Line {
    }

    /**
     * One logical line. {@code prefix} is the indentation, key and separator as written, reused when the value
     * changes so a hand-formatted {@code key : value} keeps its shape.
     */
    private record Entry(String key, String value, String prefix, List<String> physicalLines) implements Line {
    }

    private sealed interface Line permits Verbatim, Entry {
    }

    private final List<Line> lines;

    private PropertiesDocument(List<Line> lines) {
        this.lines = lines;
    }

    public static PropertiesDocument empty() {
        return new PropertiesDocument(new ArrayList<>());
    }

    /** A document that starts with {@code header} as comment lines followed by a blank line. */
    public static PropertiesDocument withHeader(String header) {
        PropertiesDocument document = empty();
        document.appendComment(header);
        document.lines.add(new Verbatim(""));
        return document;
    }

    public static PropertiesDocument parse(String text) {
        String[] physical = text.split("\r\n|\r|\n", -1);
        int count = physical.length;
        if (count > 0 && physical[count - 1].isEmpty()) {
            count--;
        }
        List<Line> lines = new ArrayList<>();
        int i = 0;
        while (i < count) {
            String first = physical[i];
            if (PropertiesSyntax.isBlank(first) || PropertiesSyntax.isComment(first)) {
                lines.add(new Verbatim(first));
                i++;
                continue;
            }
            List<String> parts = new ArrayList<>();
            String current = physical[i++];
            parts.add(current);
            StringBuilder logical = new StringBuilder(current);
            while (PropertiesSyntax.continues(current) && i < count) {
                logical.setLength(logical.length() - 1);
                current = physical[i++];
                parts.add(current);
                logical.append(PropertiesSyntax.stripLeading(current));
            }
            if (PropertiesSyntax.continues(current)) {
                // a backslash on the file's last line continues into nothing; Properties drops it
                logical.setLength(logical.length() - 1);
            }
            lines.add(toEntry(logical.toString(), parts));
        }
        return new PropertiesDocument(lines);
    }

    public static PropertiesDocument read(Path file) {
        try {
            // Kafka and ZooKeeper load their files through an InputStream, which Properties reads as ISO-8859-1
            return parse(Files.readString(file, StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Writes through a temporary file in the same directory so a reader never sees half a file. */
    public void write(Path file) {
        Path target = file.toAbsolutePath();
        Path temp = null;
        try {
            temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
            Files.writeString(temp, latin1Safe(text()), StandardCharsets.ISO_8859_1);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** The effective value; like Properties, the last of duplicate keys wins. */
    public Optional<String> get(String key) {
        return Optional.ofNullable(lastEntry(key)).map(Entry::value);
    }

    /** Replaces the key's line where it is, or appends the key at the end. Earlier duplicates are dropped. */
    public void set(String key, String value) {
        Entry last = lastEntry(key);
        if (last == null) {
            lines.add(newEntry(key, value));
            return;
        }
        Entry replacement = withValue(last, value);
        lines.set(lines.indexOf(last), replacement);
        lines.removeIf(line -> line instanceof Entry entry && entry.key().equals(key) && entry != replacement);
    }

    /** Like {@link #set}, but a key that is new gets {@code comment} as comment lines above it. */
    public void setWithComment(String key, String value, String comment) {
        if (lastEntry(key) != null) {
            set(key, value);
            return;
        }
        if (!lines.isEmpty() && !(lines.get(lines.size() - 1) instanceof Verbatim verbatim
                && PropertiesSyntax.isBlank(verbatim.text()))) {
            lines.add(new Verbatim(""));
        }
        appendComment(comment);
        lines.add(newEntry(key, value));
    }

    /** Removes every line of the key; returns whether there was one. */
    public boolean remove(String key) {
        return lines.removeIf(line -> line instanceof Entry entry && entry.key().equals(key));
    }

    public Properties toProperties() {
        Properties properties = new Properties();
        properties.putAll(asMap());
        return properties;
    }

    /** Keys in file order, each with its effective value. */
    public Map<String, String> asMap() {
        Map<String, String> map = new LinkedHashMap<>();
        for (Line line : lines) {
            if (line instanceof Entry entry) {
                map.put(entry.key(), entry.value());
            }
        }
        return map;
    }

    public String text() {
        StringBuilder text = new StringBuilder();
        for (Line line : lines) {
            if (line instanceof Verbatim verbatim) {
                text.append(verbatim.text()).append('\n');
            } else if (line instanceof Entry entry) {
                entry.physicalLines().forEach(physical -> text.append(physical).append('\n'));
            }
        }
        return text.toString();
    }

    @Override
    public String toString() {
        return text();
    }

    private void appendComment(String comment) {
        for (String commentLine : comment.split("\r\n|\r|\n", -1)) {
            lines.add(new Verbatim(commentLine.isEmpty() ? "#" : "# " + commentLine));
        }
    }

    private Entry lastEntry(String key) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (lines.get(i) instanceof Entry entry && entry.key().equals(key)) {
                return entry;
            }
        }
        return null;
    }

    private static Entry toEntry(String logical, List<String> physicalLines) {
        int keyStart = logical.length() - PropertiesSyntax.stripLeading(logical).length();
        int keyEnd = PropertiesSyntax.keyEnd(logical);
        int valueStart = PropertiesSyntax.valueStart(logical);
        String prefix = logical.substring(0, valueStart);
        if (valueStart == keyEnd) {
            // "key" alone: give it a separator so that appending a value cannot extend the key
            prefix = prefix + "=";
        }
        return new Entry(
                PropertiesSyntax.unescape(logical.substring(keyStart, keyEnd)),
                PropertiesSyntax.unescape(logical.substring(valueStart)),
                prefix,
                List.copyOf(physicalLines));
    }

    private static Entry newEntry(String key, String value) {
        String prefix = PropertiesSyntax.escapeKey(key) + "=";
        return new Entry(key, value, prefix, List.of(prefix + PropertiesSyntax.escapeValue(value)));
    }

    private static Entry withValue(Entry entry, String value) {
        return new Entry(entry.key(), value, entry.prefix(),
                List.of(entry.prefix() + PropertiesSyntax.escapeValue(value)));
    }

    /** Comments parsed from a String may hold characters ISO-8859-1 cannot encode; keep them as escapes. */
    private static String latin1Safe(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.chars().forEach(c -> {
            if (c > 0xff) {
                out.append(String.format("\\u%04X", c));
            } else {
                out.append((char) c);
            }
        });
        return out.toString();
    }

    private static void deleteQuietly(Path temp) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // the original failure is the one worth reporting
        }
    }
}
