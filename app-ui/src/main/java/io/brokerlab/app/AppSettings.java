package io.brokerlab.app;

import java.nio.file.Path;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;

/**
 * What the app remembers between runs, in {@link Preferences} (the user's own store, never the workspace).
 * Tests use their own node through the {@code brokerlab.prefs} system property.
 */
public final class AppSettings {

    public static final double MIN_FONT = 10;
    public static final double MAX_FONT = 32;
    /** The text size of a first run: a laptop's screen. */
    public static final double DEFAULT_FONT = 14;

    private final Preferences prefs;

    public AppSettings(Preferences prefs) {
        this.prefs = prefs;
    }

    public static AppSettings forUser() {
        return new AppSettings(userNode());
    }

    /** The app's preferences node; tests use their own through the {@code brokerlab.prefs} system property. */
    public static Preferences userNode() {
        return Preferences.userRoot().node(System.getProperty("brokerlab.prefs", "io/brokerlab/app"));
    }

    public boolean darkTheme() {
        return prefs.getBoolean("theme.dark", false);
    }

    public void darkTheme(boolean dark) {
        prefs.putBoolean("theme.dark", dark);
    }

    public double fontSize() {
        return clampFont(prefs.getDouble("font.size", DEFAULT_FONT));
    }

    public void fontSize(double size) {
        prefs.putDouble("font.size", clampFont(size));
    }

    public static double clampFont(double size) {
        return Math.max(MIN_FONT, Math.min(MAX_FONT, size));
    }

    /** Where the window was last left (not maximized); empty the first time. */
    public Optional<Rectangle2D> windowBounds() {
        double w = prefs.getDouble("window.width", -1);
        double h = prefs.getDouble("window.height", -1);
        if (w < 400 || h < 300) {
            return Optional.empty();
        }
        return Optional.of(new Rectangle2D(prefs.getDouble("window.x", 0), prefs.getDouble("window.y", 0), w, h));
    }

    public void windowBounds(double x, double y, double width, double height) {
        prefs.putDouble("window.x", x);
        prefs.putDouble("window.y", y);
        prefs.putDouble("window.width", width);
        prefs.putDouble("window.height", height);
    }

    public boolean maximized() {
        return prefs.getBoolean("window.maximized", false);
    }

    public void maximized(boolean maximized) {
        prefs.putBoolean("window.maximized", maximized);
    }

    public Optional<Path> lastWorkspace() {
        String value = prefs.get("workspace.last", null);
        return value == null ? Optional.empty() : Optional.of(Path.of(value));
    }

    public void lastWorkspace(Path dir) {
        prefs.put("workspace.last", dir.toAbsolutePath().toString());
    }

    public void flush() {
        try {
            prefs.flush();
        } catch (BackingStoreException e) {
            // Losing a window position is not worth bothering the user about on exit.
        }
    }
}
