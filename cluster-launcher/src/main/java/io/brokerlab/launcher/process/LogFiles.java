package io.brokerlab.launcher.process;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** Reads the end of a node log without loading a file that may have grown large. */
public final class LogFiles {

    private static final int CHUNK = 8192;

    private LogFiles() {
    }

    public static List<String> lastLines(Path file, int count) {
        if (count <= 0 || !Files.isRegularFile(file)) {
            return List.of();
        }
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            long end = raf.length();
            long start = end;
            int newlines = 0;
            byte[] buffer = new byte[CHUNK];
            while (start > 0 && newlines <= count) {
                int size = (int) Math.min(CHUNK, start);
                start -= size;
                raf.seek(start);
                raf.readFully(buffer, 0, size);
                for (int i = 0; i < size; i++) {
                    if (buffer[i] == '\n') {
                        newlines++;
                    }
                }
            }
            byte[] tail = new byte[(int) (end - start)];
            raf.seek(start);
            raf.readFully(tail);
            String[] lines = new String(tail, StandardCharsets.UTF_8).split("\r?\n");
            Deque<String> last = new ArrayDeque<>();
            for (int i = lines.length - 1; i >= 0 && last.size() < count; i--) {
                if (!(i == lines.length - 1 && lines[i].isEmpty())) {
                    last.addFirst(lines[i]);
                }
            }
            return List.copyOf(last);
        } catch (IOException e) {
            return List.of();
        }
    }
}
