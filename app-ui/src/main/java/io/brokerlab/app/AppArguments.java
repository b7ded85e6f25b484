package io.brokerlab.app;

import io.brokerlab.launcher.workspace.HomePaths;
import io.brokerlab.launcher.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The desktop app's command line: {@code [--workspace DIR]}. */
public record AppArguments(Optional<Path> workspace) {

    /**
     * The workspace to open: {@code --workspace}, else {@code BROKERLAB_WORKSPACE} (named on purpose, as the CLI
     * reads it: {@code ./brokerlab up} then {@code ./brokerlab} show the same cluster), else the one last opened in
     * the app if it still is one, else the default folder.
     */
    public Path workspaceToOpen(Map<String, String> env, Optional<Path> lastOpened) {
        return workspace.or(() -> Workspace.fromEnvironment(env))
                .or(() -> lastOpened.filter(Workspace::isWorkspace))
                .orElseGet(() -> Workspace.defaultDirectory(env));
    }

    public static AppArguments parse(List<String> args) {
        Path workspace = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--workspace")) {
                if (i + 1 >= args.size()) {
                    throw new IllegalArgumentException("--workspace needs a folder, e.g. --workspace ~/brokerlab");
                }
                workspace = folder(args.get(++i));
            } else if (arg.startsWith("--workspace=")) {
                workspace = folder(arg.substring("--workspace=".length()));
            } else {
                throw new IllegalArgumentException("unknown argument '" + arg + "'; the app takes only --workspace DIR");
            }
        }
        return new AppArguments(Optional.ofNullable(workspace));
    }

    /** A folder, or one to create; an existing file is neither, and would only be offered the create wizard. */
    private static Path folder(String typed) {
        Path path = HomePaths.of(typed);
        if (Files.exists(path) && !Files.isDirectory(path)) {
            throw new IllegalArgumentException("--workspace " + typed + " is a file, not a folder; give the cluster's"
                    + " folder (or a new one to create it in)");
        }
        return path;
    }
}
