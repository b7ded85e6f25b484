package io.brokerlab.launcher.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.brokerlab.launcher.config.NodeId;
import io.brokerlab.launcher.testing.TestClusters;
import io.brokerlab.launcher.workspace.Workspace;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NodeLogMarksTest {

    private static final NodeId BROKER_2 = NodeId.broker(2);
    /** 14:18:36.318 in Berlin in December (UTC+1), with nanoseconds Kafka's time does not show. */
    private static final Instant AT = Instant.parse("2026-12-07T13:18:36.318947760Z");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final String KAFKA_TIME = "\\[\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2},\\d{3}]";

    @TempDir
    Path dir;

    private Workspace workspace;
    private NodeLogMarks marks;

    @BeforeEach
    void setUp() throws IOException {
        workspace = TestClusters.workspace(dir.resolve("ws"), 1, 2);
        Files.createDirectories(workspace.logFile(BROKER_2).getParent());
        marks = new NodeLogMarks(workspace, Clock.fixed(AT, BERLIN));
    }

    @Test
    void aMarkHasKafkasTimeInLocalTimeWithMillisecondsAfterAComma() {
        assertThat(NodeLogMarks.line("killed broker-2 (SIGKILL)", AT, BERLIN))
                .isEqualTo("=== brokerlab: killed broker-2 (SIGKILL) at [2026-12-07 14:18:36,318] ===");
        assertThat(NodeLogMarks.line("starting broker-2", AT, ZoneOffset.UTC))
                .isEqualTo("=== brokerlab: starting broker-2 at [2026-12-07 13:18:36,318] ===");
    }

    @Test
    void everyActionWritesItsOwnLine() {
        marks.starting(BROKER_2);
        marks.restarting(BROKER_2);
        Instant requested = marks.stopRequested(BROKER_2, false);
        marks.stopRequested(BROKER_2, true);
        marks.stopped(BROKER_2, requested.minusMillis(2_140), null);
        marks.stopped(BROKER_2, requested.minusSeconds(46), Duration.ofSeconds(45));
        marks.killed(BROKER_2, AT.minusSeconds(1));
        marks.paused(BROKER_2);
        marks.resuming(BROKER_2);
        marks.endedUnexpectedly(BROKER_2, 1);
        marks.endedUnexpectedly(BROKER_2, 137);

        String at = " at [2026-12-07 14:18:36,318] ===";
        assertThat(log()).containsExactly(
                "=== brokerlab: starting broker-2" + at,
                "=== brokerlab: restarting broker-2" + at,
                "=== brokerlab: stop requested for broker-2" + at,
                "=== brokerlab: stop requested for broker-2 (paused: resumed first to let it stop)" + at,
                "=== brokerlab: broker-2 stopped after 2.1 s" + at,
                "=== brokerlab: broker-2 stopped after 46.0 s: not stopped within 45 s, so killed (SIGKILL)" + at,
                "=== brokerlab: killed broker-2 (SIGKILL) at [2026-12-07 14:18:35,318] ===",
                "=== brokerlab: paused broker-2 (SIGSTOP)" + at,
                "=== brokerlab: resuming broker-2 (SIGCONT)" + at,
                "=== brokerlab: broker-2 ended unexpectedly: exited with status 1" + at,
                "=== brokerlab: broker-2 ended unexpectedly: was killed (SIGKILL)" + at);
        assertThat(log()).allSatisfy(line -> assertThat(line).matches("=== brokerlab: .* at " + KAFKA_TIME + " ==="));
    }

    @Test
    void theStartMarkOpensTheLinesOfThatStart() {
        marks.starting(BROKER_2);
        assertThat(log()).singleElement().asString().startsWith(NodeLogMarks.STARTING + BROKER_2 + " ");
    }

    /**
     * The app colours a line by the level it names (" ERROR ", " WARN ", " INFO "...): a mark names none, so it reads
     * as Brokerlab's, not as the node's.
     */
    @Test
    void noMarkNamesALogLevel() {
        marks.stopped(BROKER_2, AT, Duration.ofSeconds(45));
        marks.endedUnexpectedly(BROKER_2, 3);
        marks.endedUnexpectedly(BROKER_2, 0);
        assertThat(log()).allSatisfy(line -> assertThat(line)
                .doesNotContain(" ERROR ", " WARN ", " INFO ", " DEBUG ", " TRACE "));
    }

    @Test
    void aMarkIsAppendedToWhatTheNodeWroteAndTheNodeGoesOnAppending() throws IOException {
        // as the node's output is opened: append mode, kept open across the mark
        try (FileOutputStream node = new FileOutputStream(workspace.logFile(BROKER_2).toFile(), true)) {
            node.write("[2026-12-07 14:18:36,000] INFO before (kafka.server.KafkaServer)\n"
                    .getBytes(StandardCharsets.UTF_8));
            node.flush();
            marks.paused(BROKER_2);
            node.write("[2026-12-07 14:18:37,000] INFO after (kafka.server.KafkaServer)\n"
                    .getBytes(StandardCharsets.UTF_8));
        }
        assertThat(log()).containsExactly(
                "[2026-12-07 14:18:36,000] INFO before (kafka.server.KafkaServer)",
                "=== brokerlab: paused broker-2 (SIGSTOP) at [2026-12-07 14:18:36,318] ===",
                "[2026-12-07 14:18:37,000] INFO after (kafka.server.KafkaServer)");
    }

    @Test
    void aMarkThatCannotBeWrittenIsLoggedAndDoesNotFailTheAction() throws IOException {
        Files.createDirectories(workspace.logFile(NodeId.broker(1)));
        List<LogRecord> logged = new CopyOnWriteArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger logger = Logger.getLogger(NodeLogMarks.class.getName());
        logger.addHandler(handler);
        try {
            assertThatCode(() -> marks.killed(NodeId.broker(1), AT)).doesNotThrowAnyException();
        } finally {
            logger.removeHandler(handler);
        }
        assertThat(logged).singleElement().satisfies(r -> {
            assertThat(r.getLevel()).isEqualTo(Level.WARNING);
            assertThat(r.getMessage()).startsWith("cannot mark \"killed broker-1 (SIGKILL)\" in the log of broker-1: ");
        });
    }

    @Test
    void secondsWithOneDecimalPointWhateverTheLocale() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY);
        try {
            assertThat(NodeLogMarks.seconds(Duration.ofMillis(2_149))).isEqualTo("2.1 s");
            assertThat(NodeLogMarks.seconds(Duration.ZERO)).isEqualTo("0.0 s");
        } finally {
            Locale.setDefault(before);
        }
    }

    private List<String> log() {
        try {
            return Files.readAllLines(workspace.logFile(BROKER_2), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
