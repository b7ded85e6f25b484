package io.brokerlab.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The app reaches Kafka and ZooKeeper only through the launcher's API: a Kafka upgrade touches the launcher alone,
 * and every cluster call the app makes can also be made headless.
 */
class AppUsesOnlyTheLauncherTest {

    private static final List<String> CLIENTS = List.of("import org.apache.kafka.", "import kafka.",
            "import org.apache.zookeeper.", "import org.apache.curator.");

    @Test
    void noAppSourceImportsAKafkaOrZooKeeperClient() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            List<String> offenders = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(AppUsesOnlyTheLauncherTest::importsAClient)
                    .map(Path::toString)
                    .toList();
            assertThat(offenders).isEmpty();
        }
    }

    private static boolean importsAClient(Path file) {
        try {
            return Files.readAllLines(file).stream().anyMatch(line -> CLIENTS.stream().anyMatch(line::startsWith));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
