package io.brokerlab.app.ui;

import java.nio.file.Path;

/** A folder as a header shows it: under the user's home as {@code ~/...}, the way terminals and file managers do. */
public final class HomeRelativePath {

    private HomeRelativePath() {
    }

    static String of(Path dir, Path home) {
        Path absolute = dir.toAbsolutePath().normalize();
        Path normalHome = home.toAbsolutePath().normalize();
        if (absolute.equals(normalHome)) {
            return "~";
        }
        return absolute.startsWith(normalHome) ? "~/" + normalHome.relativize(absolute).toString().replace('\\', '/')
                : absolute.toString();
    }

    public static String of(Path dir) {
        return of(dir, Path.of(System.getProperty("user.home")));
    }
}
