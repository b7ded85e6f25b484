package io.brokerlab.app;

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

    public static void main(String[] args) {
        if (System.getProperty("log4j.configuration") == null) {
            System.setProperty("log4j.configuration", LOG_CONFIGURATION);
        }
        try {
            // before any window: a wrong argument is the caller's to fix, and a script must see it failed
            AppArguments.parse(java.util.List.of(args));
        } catch (IllegalArgumentException e) {
            System.err.println("brokerlab: " + e.getMessage());
            System.exit(2);
        }
        Application.launch(BrokerlabApp.class, args);
    }
}
