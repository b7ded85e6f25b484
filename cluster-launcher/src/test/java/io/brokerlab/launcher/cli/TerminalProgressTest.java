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
    void aNoteIsPrintedAboveTheLineOnceEachTimeItChanges() {
        StringWriter out = new StringWriter();
        AtomicReference<String> note = new AtomicReference<>();
        try (TerminalProgress progress = TerminalProgress.show(new PrintWriter(out), true, () -> "sent 5",
                note::get)) {
            await().atMost(Duration.ofSeconds(5)).until(() -> out.toString().contains("\rsent 5"));
            note.set("waiting: partition demo-0 has no leader");
            await().atMost(Duration.ofSeconds(5)).until(() -> out.toString().contains(
                    "waiting: partition demo-0 has no leader" + System.lineSeparator() + "\rsent 5"));
            // redrawn at least twice more: the unchanged note is not printed again
            int length = out.toString().length();
            await().atMost(Duration.ofSeconds(5)).until(() -> out.toString().length() > length + 2 * "\rsent 5".length());
        }
        assertThat(out.toString().split("waiting: ", -1)).hasSize(2);
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
        assertThat(VerifyCommand.waitNote(progress)).isNull();

        progress.stalled(new DurabilityCheck.Stall(49, Duration.ofSeconds(12), "partition demo-0 has no leader"));

        assertThat(VerifyCommand.progressLine(progress, 100_000)).isEqualTo("sent 12,000 of 100,000 · acknowledged"
                + " 11,950 · failed 1 · 49 waiting 12 s for an acknowledgement");
        assertThat(VerifyCommand.waitNote(progress)).isEqualTo("waiting: partition demo-0 has no leader");
    }
}
