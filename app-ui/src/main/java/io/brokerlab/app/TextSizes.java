package io.brokerlab.app;

import java.util.List;
import java.util.Optional;

/**
 * The text sizes the window header offers: steps of 2 px for − and + (1 px took six clicks to reach a projector's
 * size, each too small a change to see), and presets named for the room. A remembered size between two steps, from
 * an older version, stays as it is until the next step. No toolkit needed.
 */
final class TextSizes {

    /** A text size named for where it is used. */
    record Preset(String name, double size) {

        /** As the header's menu lists it. */
        String label() {
            return name + " · " + px(size);
        }
    }

    static final List<Preset> PRESETS = List.of(new Preset("Laptop", AppSettings.DEFAULT_FONT),
            new Preset("Projector", 20), new Preset("Large room", 26));

    static final double STEP = 2;

    private TextSizes() {
    }

    /** The next step up from {@code size}, within the settings' bounds. */
    static double larger(double size) {
        return AppSettings.clampFont(Math.floor(size / STEP) * STEP + STEP);
    }

    /** The next step down from {@code size}, within the settings' bounds. */
    static double smaller(double size) {
        return AppSettings.clampFont(Math.ceil(size / STEP) * STEP - STEP);
    }

    static Optional<Preset> presetOf(double size) {
        return PRESETS.stream().filter(preset -> preset.size() == size).findFirst();
    }

    /** "20 px", or "15.5 px" for a size set by hand in the preferences. */
    static String px(double size) {
        return (size == Math.rint(size) ? String.valueOf((long) size) : String.valueOf(size)) + " px";
    }

    /** The size and, when it is one, its preset's name: "20 px (Projector)". */
    static String describe(double size) {
        return px(size) + presetOf(size).map(preset -> " (" + preset.name() + ")").orElse("");
    }
}
