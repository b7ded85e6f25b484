package io.brokerlab.app.ui;

import java.util.Locale;

/**
 * The shortcut keys are bound with {@code KeyCombination.SHORTCUT_DOWN}: Ctrl, or Cmd on a Mac. Texts that name a
 * key are written with "Ctrl+" and shown through {@link #named}, so a Mac user reads the key to press.
 */
public final class ShortcutKey {

    private static final boolean MAC = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("mac");

    private ShortcutKey() {
    }

    public static String named(String text) {
        return named(text, MAC);
    }

    static String named(String text, boolean mac) {
        return mac ? text.replace("Ctrl+", "Cmd+") : text;
    }
}
