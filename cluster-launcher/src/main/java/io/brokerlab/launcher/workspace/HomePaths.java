package io.brokerlab.launcher.workspace;

import java.nio.file.Path;

/**
 * A folder as people type it: {@code ~/lab} means the home folder's {@code lab}. A shell expands the tilde only at
 * the start of a word, so {@code --workspace=~/lab} and a quoted {@code BROKERLAB_WORKSPACE="~/lab"} arrive as
 * typed; taken literally they would name a folder called {@code ~} in the current one.
 */
public final class HomePaths {

    private HomePaths() {
    }

    public static Path of(String typed) {
        String home = System.getProperty("user.home");
        if (typed.equals("~")) {
            return Path.of(home);
        }
        if (typed.startsWith("~/") || typed.startsWith("~" + java.io.File.separator)) {
            return Path.of(home, typed.substring(2));
        }
        return Path.of(typed);
    }
}
