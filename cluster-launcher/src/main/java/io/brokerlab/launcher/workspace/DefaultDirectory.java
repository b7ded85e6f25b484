package io.brokerlab.launcher.workspace;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where the workspace lives when the user names none: the per-user data folder each OS recommends. */
final class DefaultDirectory {

    static final String ENV_OVERRIDE = "BROKERLAB_WORKSPACE";

    private DefaultDirectory() {
    }

    static Path resolve(Map<String, String> env, String osName, Path home) {
        String override = env.get(ENV_OVERRIDE);
        if (notBlank(override)) {
            return Path.of(override);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = notBlank(appData) ? Path.of(appData) : home.resolve("AppData").resolve("Roaming");
            return base.resolve("Brokerlab").resolve("default");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Brokerlab").resolve("default");
        }
        String xdgDataHome = env.get("XDG_DATA_HOME");
        Path base = notBlank(xdgDataHome) ? Path.of(xdgDataHome) : home.resolve(".local").resolve("share");
        return base.resolve("brokerlab").resolve("default");
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }
}
