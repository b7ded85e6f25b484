package io.brokerlab.launcher.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.brokerlab.launcher.verify.DurabilityCheck;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class TerminalProgressTest {

    @Test
    void onATerminalTheLineIsRedrawnInPlaceAndWipedAtTheEnd() {
        StringWriter out = new StringWriter();
        AtomicReference<String> now = new AtomicReference<>("sent 1,000 of 5,000");
        try (TerminalProgress progress = TerminalProgress.show(new PrintWriter(out), true, now::get)) {
            await().atMost(Duration.ofSeconds(5)).until(() -> out.toString().contains("\rsent 1,000 of 5,000"));
            now.set("sent 2");
            await().atMost(Duration.ofSeconds(5)).until(() -> out.toString().contains("\rsent 2" + " ".repeat(13)));
        }
        assertThat(out.toString()).as("wiped: the result starts on a clean line").endsWith("\r" + " ".repeat(19) + "\r");
    }

    @Test
    void aLineAboveWipesTheProgressFirstAndIsPrintedWhetherOrNotOnATerminal() {
        StringWriter out = new StringWriter();
        try (TerminalProgress progress = TerminalProgress.show(new PrintWriter(out), true, () -> "acknowledged 3")) {
            await().atMost(Duration.ofSeconds(5)).until(() -> out.toString().contains("\racknowledged 3"));
            progress.above("not acknowledged: timed out");
            assertThat(out.toString()).contains("\r" + " ".repeat(14) + "\rnot acknowledged: timed out"
                    + System.lineSeparator());
        }
        StringWriter plain = new StringWriter();
        try (TerminalProgress progress = TerminalProgress.show(new PrintWriter(plain), false, () -> "unused")) {
            progress.above("not acknowledged: timed out");
        }
        assertThat(plain.toString()).isEqualTo("not acknowledged: timed out" + System.lineSeparator());
        assertThat(ProduceCommand.progressLine(12_000, 1, 100_000)).isEqualTo("acknowledged 12,000 of 100,000 · failed 1");
    }

    @Test
    void notOnATerminalNothingIsWritten() {
        StringWriter out = new StringWriter();
        try (TerminalProgress progress = TerminalProgress.show(new PrintWriter(out), false, () -> "sent 1")) {
            assertThat(out.toString()).isEmpty();
        }
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void theVerifyLineSaysHowFarTheProduceHasCome() {
        DurabilityCheck.Progress progress = new DurabilityCheck.Progress();
        for (int i = 0; i < 12_000; i++) {
            progress.sentOne();
        }
        for (int i = 0; i < 11_950; i++) {
            progress.answered(true);
        }
        progress.answered(false);
        assertThat(VerifyCommand.progressLine(progress, 100_000))
                .isEqualTo("sent 12,000 of 100,000 · acknowledged 11,950 · failed 1");
    }
}
