package io.brokerlab.app;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Rectangle2D;

/**
 * Where the window opens: where it was left if that still lies on a screen, else moved onto the usable area (without
 * task bar or menu bar) of the screen it mostly lay on, or of the primary screen if none, never larger than it. A laptop's 1366 × 768 must not get a window whose title
 * bar or status bar lies off screen, nor a projector unplugged since keep the window where no one sees it.
 */
final class WindowPlacement {

    /** The size the app is designed for, taken the first time when the screen has room. */
    static final double PREFERRED_WIDTH = 1400;
    static final double PREFERRED_HEIGHT = 900;
    /** Below this the sidebar, the cards and the log no longer fit beside each other. */
    static final double MIN_WIDTH = 960;
    static final double MIN_HEIGHT = 600;

    private WindowPlacement() {
    }

    /**
     * @param saved   the bounds the window had when it last closed, if any
     * @param primary the primary screen's visual bounds
     * @param screens every screen's visual bounds (saved bounds wholly on one of them are kept as they are)
     */
    static Rectangle2D fit(Optional<Rectangle2D> saved, Rectangle2D primary, List<Rectangle2D> screens) {
        if (saved.isPresent() && screens.stream().anyMatch(screen -> contains(screen, saved.get()))) {
            return saved.get();
        }
        Rectangle2D screen = saved.flatMap(window -> mostlyOn(window, screens)).orElse(primary);
        double width = Math.min(saved.map(Rectangle2D::getWidth).orElse(PREFERRED_WIDTH), screen.getWidth());
        double height = Math.min(saved.map(Rectangle2D::getHeight).orElse(PREFERRED_HEIGHT), screen.getHeight());
        // the first time centred; later as near to where it was as the screen allows
        double x = saved.map(Rectangle2D::getMinX).orElse(screen.getMinX() + (screen.getWidth() - width) / 2);
        double y = saved.map(Rectangle2D::getMinY).orElse(screen.getMinY() + (screen.getHeight() - height) / 2);
        return new Rectangle2D(clamp(x, screen.getMinX(), screen.getMaxX() - width),
                clamp(y, screen.getMinY(), screen.getMaxY() - height), width, height);
    }

    /** The screen sharing the most area with the window (one left across two monitors stays on the larger part). */
    private static Optional<Rectangle2D> mostlyOn(Rectangle2D window, List<Rectangle2D> screens) {
        return screens.stream().filter(screen -> overlap(screen, window) > 0)
                .max(Comparator.comparingDouble(screen -> overlap(screen, window)));
    }

    private static double overlap(Rectangle2D a, Rectangle2D b) {
        double width = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
        double height = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
        return width > 0 && height > 0 ? width * height : 0;
    }

    /** The stage's minimum size: {@link #MIN_WIDTH} × {@link #MIN_HEIGHT}, or the screen if that is smaller. */
    static Rectangle2D minimum(Rectangle2D primary) {
        return new Rectangle2D(0, 0, Math.min(MIN_WIDTH, primary.getWidth()), Math.min(MIN_HEIGHT, primary.getHeight()));
    }

    private static boolean contains(Rectangle2D screen, Rectangle2D window) {
        return window.getMinX() >= screen.getMinX() && window.getMinY() >= screen.getMinY()
                && window.getMaxX() <= screen.getMaxX() && window.getMaxY() <= screen.getMaxY();
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }
}
