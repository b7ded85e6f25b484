package io.brokerlab.launcher.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogFilesTest {

    @TempDir
    Path dir;

    @Test
    void lastLinesOfALargeFileSpanningChunks() throws IOException {
        Path log = dir.resolve("node.log");
        Files.writeString(log, IntStream.range(0, 5000).mapToObj(i -> "line " + i).collect(Collectors.joining("\n", "", "\n")));
        assertThat(LogFiles.lastLines(log, 3)).containsExactly("line 4997", "line 4998", "line 4999");
    }

    @Test
    void shortOrMissingFiles() throws IOException {
        Path log = dir.resolve("short.log");
        Files.writeString(log, "only\n");
        assertThat(LogFiles.lastLines(log, 10)).containsExactly("only");
        assertThat(LogFiles.lastLines(dir.resolve("absent.log"), 10)).isEmpty();
    }
}
