package io.brokerlab.launcher.cli;

import java.io.PrintWriter;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * A line on the error stream, redrawn in place twice a second while long work runs (a durability check of 100,000
 * messages takes minutes), and wiped when it ends. Only on a terminal: a script's output and log get the result alone.
 */
final class TerminalProgress implements AutoCloseable {

    private static final long PERIOD_MILLIS = 500;

    private final PrintWriter err;
    private final Supplier<String> line;
    private final Supplier<String> note;
    private final ScheduledExecutorService timer;
    /** The last note printed above the line, so each is printed once. */
    private String noted;
    /** How wide the line on screen is: the longest drawn so far. */
    private int drawn;

    private TerminalProgress(PrintWriter err, Supplier<String> line, Supplier<String> note, boolean terminal) {
        this.err = err;
        this.line = line;
        this.note = note;
        this.timer = terminal ? Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "brokerlab-progress");
            thread.setDaemon(true);
            return thread;
        }) : null;
        if (timer != null) {
            timer.scheduleAtFixedRate(this::draw, 0, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    /** Draws {@code line} while open when {@code terminal}; otherwise does nothing at all. */
    static TerminalProgress show(PrintWriter err, boolean terminal, Supplier<String> line) {
        return new TerminalProgress(err, line, () -> null, terminal);
    }

    /**
     * As {@link #show(PrintWriter, boolean, Supplier)}, and {@code note} (null: none) printed on a line of its own above
     * it each time it changes: a sentence too long to redraw in place, such as why the work waits.
     */
    static TerminalProgress show(PrintWriter err, boolean terminal, Supplier<String> line, Supplier<String> note) {
        return new TerminalProgress(err, line, note, terminal);
    }

    /** Whether a person is likely watching: stdin and stdout both a terminal. */
    static boolean onTerminal() {
        return System.console() != null;
    }

    private synchronized void draw() {
        String now = note.get();
        if (now != null && !now.equals(noted)) {
            above(now);
        }
        noted = now;
        String text = line.get();
        // over the previous line, padded so a shorter one leaves nothing of it behind
        err.print("\r" + text + " ".repeat(Math.max(0, drawn - text.length())));
        err.flush();
        // the padding is on screen too, until the wipe
        drawn = Math.max(drawn, text.length());
    }

    /** A line of its own (a failure, say) above the progress line, which the next redraw puts back under it. */
    synchronized void above(String text) {
        if (drawn > 0) {
            err.print("\r" + " ".repeat(drawn) + "\r");
            drawn = 0;
        }
        err.println(text);
        err.flush();
    }

    @Override
    public void close() {
        if (timer == null) {
            return;
        }
        timer.shutdownNow();
        try {
            timer.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            if (drawn > 0) {
                err.print("\r" + " ".repeat(drawn) + "\r");
                err.flush();
            }
        }
    }
}
