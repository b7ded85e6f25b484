package io.brokerlab.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The desktop app's command line: {@code [--workspace DIR]}. */
public record AppArguments(Optional<Path> workspace) {

    public static AppArguments parse(List<String> args) {
        Path workspace = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--workspace")) {
                if (i + 1 >= args.size()) {
                    throw new IllegalArgumentException("--workspace needs a folder, e.g. --workspace ~/brokerlab");
                }
                workspace = Path.of(args.get(++i));
            } else if (arg.startsWith("--workspace=")) {
                workspace = Path.of(arg.substring("--workspace=".length()));
            } else {
                throw new IllegalArgumentException("unknown argument '" + arg + "'; the app takes only --workspace DIR");
            }
        }
        return new AppArguments(Optional.ofNullable(workspace));
    }
}
