package io.brokerlab.app;

/**
 * What to tell a user whose system cannot show the app's window, instead of JavaFX's stack trace: its
 * "Unable to load glass GTK library" says nothing of what to install, and the headless commands still work.
 */
final class NoWindow {

    private static final String HEADLESS = " The commands work without a window: ./brokerlab --help lists them.";

    private NoWindow() {
    }

    /** {@code why}: the message of the exception JavaFX's start-up threw. */
    static String explain(String why) {
        String message = why == null ? "" : why;
        if (message.contains("GTK")) {
            return "Brokerlab cannot open its window: this system lacks GTK 3, which JavaFX draws windows with on"
                    + " Linux. Install it (Debian and Ubuntu: sudo apt-get install libgtk-3-0; Fedora: sudo dnf"
                    + " install gtk3) and run it again." + HEADLESS;
        }
        if (message.contains("DISPLAY")) {
            return "Brokerlab cannot open its window: there is no display to show it on (DISPLAY is not set, or its"
                    + " X server does not answer). Run it in a desktop session." + HEADLESS;
        }
        return "Brokerlab cannot open its window: " + (message.isEmpty() ? "JavaFX could not start" : message) + "."
                + HEADLESS;
    }
}
