package io.brokerlab.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class UncaughtErrorsTest {

    private final List<Runnable> later = new ArrayList<>();
    private final List<Throwable> shown = new ArrayList<>();
    private final List<Runnable> closers = new ArrayList<>();
    private final ByteArrayOutputStream log = new ByteArrayOutputStream();
    private final UncaughtErrors errors = new UncaughtErrors(later::add, (error, closed) -> {
        shown.add(error);
        closers.add(closed);
    }, new PrintStream(log, true, StandardCharsets.UTF_8));

    private void runLater() {
        List<Runnable> due = new ArrayList<>(later);
        later.clear();
        due.forEach(Runnable::run);
    }

    @Test
    void showsOneDialogAtATimeAndKeepsEveryTraceOnStderr() {
        IllegalStateException first = new IllegalStateException("first");
        errors.uncaughtException(Thread.currentThread(), first);
        assertThat(shown).as("not inside the pass that threw").isEmpty();
        runLater();
        assertThat(shown).containsExactly(first);

        // the same bug on every pulse: no second dialog while the first is open
        errors.uncaughtException(Thread.currentThread(), new IllegalStateException("again"));
        runLater();
        assertThat(shown).containsExactly(first);
        assertThat(log.toString(StandardCharsets.UTF_8)).contains("IllegalStateException: first")
                .contains("IllegalStateException: again");

        closers.get(0).run();
        IllegalArgumentException next = new IllegalArgumentException("next");
        errors.uncaughtException(Thread.currentThread(), next);
        runLater();
        assertThat(shown).containsExactly(first, next);
    }
}
