package io.brokerlab.app;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * What JavaFX says of the app's stylesheets while a test runs: an unresolved looked-up colour is a warning on the
 * "javafx.css" logger, printed in the user's terminal and app.log, and the control drawn in a fallback colour.
 */
public final class CssWarnings implements AutoCloseable {

    private static final Logger CSS = Logger.getLogger("javafx.css");

    private final List<String> warnings = new CopyOnWriteArrayList<>();
    private final Handler collect = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                warnings.add(record.getMessage());
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    private CssWarnings() {
        CSS.addHandler(collect);
    }

    /** Collects until closed. */
    public static CssWarnings collect() {
        return new CssWarnings();
    }

    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    @Override
    public void close() {
        CSS.removeHandler(collect);
    }
}
