package io.brokerlab.app;

import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;

/**
 * Plain entry point: a class that extends {@link Application} cannot be the main class of a class-path launch
 * ("JavaFX runtime components are missing"), so this one only hands over.
 */
public final class Main {

    private Main() {
    }

    /** The app's log configuration; set before any logger exists (broker-runtime's own, on the class path, logs INFO). */
    static final String LOG_CONFIGURATION = "brokerlab-app-log4j.properties";

    /**
     * JavaFX logs through java.util.logging, whose console handler prints INFO to the terminal ("index exceeds
     * maxCellCount" while a table scrolls). Held here: java.util.logging keeps loggers only weakly, and a collected
     * logger would forget its level.
     */
    private static final Logger JAVAFX_LOG = Logger.getLogger("javafx");

    public static void main(String[] args) {
        if (System.getProperty("log4j.configuration") == null) {
            System.setProperty("log4j.configuration", LOG_CONFIGURATION);
        }
        keepJavaFxToWarnings();
        try {
            // before any window: a wrong argument is the caller's to fix, and a script must see it failed
            AppArguments.parse(java.util.List.of(args));
        } catch (IllegalArgumentException e) {
            System.err.println("brokerlab: " + e.getMessage());
            System.exit(2);
        }
        try {
            Application.launch(BrokerlabApp.class, args);
        } catch (UnsupportedOperationException e) {
            // JavaFX could not start its toolkit: no GTK or no display
            System.err.println("brokerlab: " + NoWindow.explain(e.getMessage()));
            System.exit(1);
        }
    }

    /** The terminal that started the app shows JavaFX's warnings and errors, not its notes. */
    static void keepJavaFxToWarnings() {
        JAVAFX_LOG.setLevel(Level.WARNING);
        // "Unsupported JavaFX configuration" at every start: the app loads JavaFX from the class path on purpose, and
        // a warning users see each time and can do nothing about teaches them to ignore the terminal
        JAVAFX_LOG.setFilter(record -> record.getMessage() == null
                || !record.getMessage().startsWith("Unsupported JavaFX configuration"));
    }
}
