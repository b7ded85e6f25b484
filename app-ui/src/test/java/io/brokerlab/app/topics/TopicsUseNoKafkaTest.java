package io.brokerlab.app.topics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The app reaches Kafka only through the launcher's API, so a Kafka upgrade touches the launcher alone. */
class TopicsUseNoKafkaTest {

    @Test
    void theTopicsSourcesImportNothingFromKafka() throws IOException {
        Path sources = Path.of("src/main/java/io/brokerlab/app/topics");
        try (Stream<Path> files = Files.list(sources)) {
            List<String> offenders = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(TopicsUseNoKafkaTest::importsKafka)
                    .map(f -> f.getFileName().toString())
                    .toList();
            assertThat(offenders).isEmpty();
        }
    }

    private static boolean importsKafka(Path file) {
        try {
            return Files.readAllLines(file).stream().anyMatch(line -> line.startsWith("import org.apache.kafka."));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
