package io.brokerlab.launcher.process;

import io.brokerlab.runtime.NodeMain;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The class path of a node JVM: the entries of the launcher's own class path that broker-runtime
 * needs, nothing of the launcher, the app or the tests. Fewer jars to open, and no class folders:
 * the JVM cannot archive classes loaded from a folder, so one folder on a node's class path would
 * turn class-data sharing off.
 */
final class NodeClassPath {

    /** Written by broker-runtime's build: its runtime dependencies' file names. */
    private static final String NEEDED_JARS = "node-classpath.txt";

    private NodeClassPath() {
    }

    static String of(String launcherClassPath) {
        Set<String> needed = neededJarNames();
        String runtime = runtimeLocation();
        return Arrays.stream(launcherClassPath.split(File.pathSeparator))
                .filter(entry -> !entry.isBlank())
                .filter(entry -> entry.equals(runtime) || needed.contains(Path.of(entry).getFileName().toString()))
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static Set<String> neededJarNames() {
        try (InputStream in = NodeMain.class.getResourceAsStream(NEEDED_JARS)) {
            if (in == null) {
                throw new IllegalStateException(NEEDED_JARS + " is missing from broker-runtime: rebuild it");
            }
            return Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).trim().split(":"))
                    .map(entry -> entry.substring(entry.lastIndexOf('/') + 1))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + NEEDED_JARS, e);
        }
    }

    /** broker-runtime's own jar (or class folder, in a development build) as the class path names it. */
    private static String runtimeLocation() {
        try {
            return Path.of(NodeMain.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (java.net.URISyntaxException | RuntimeException e) {
            throw new IllegalStateException("cannot locate broker-runtime's classes", e);
        }
    }
}
