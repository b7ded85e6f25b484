package io.brokerlab.launcher.process;

import io.brokerlab.launcher.config.NodeKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Application class-data sharing for node JVMs. Start-up is CPU-bound class loading; a
 * dynamic archive of the classes a node loaded last time roughly halves it. The first node of
 * a kind to start trains the archive (written when it exits cleanly); later starts map it.
 * The archive is keyed by Java and class path, so an upgrade simply trains a new one.
 */
public final class ClassDataSharing {

    /** A trainer that never exited cleanly (killed) must not block training forever. */
    private static final Duration STALE_CLAIM = Duration.ofMinutes(30);

    private final Path directory;
    private final String key;

    public ClassDataSharing(Path directory, String javaHome, String classPath, List<String> jvmOptions) {
        this.directory = directory;
        this.key = hash(javaHome + '\n' + System.getProperty("java.vm.version") + '\n' + classPath + '\n'
                + jarStamps(classPath) + '\n' + jvmOptions);
    }

    /** The JVM rejects an archive whose jars changed since it was written; a rebuild must retrain. */
    private static String jarStamps(String classPath) {
        StringBuilder stamps = new StringBuilder();
        for (String entry : classPath.split(java.io.File.pathSeparator)) {
            Path path = Path.of(entry);
            try {
                stamps.append(Files.getLastModifiedTime(path).toMillis()).append(':').append(Files.size(path)).append(';');
            } catch (IOException | RuntimeException e) {
                stamps.append("missing;");
            }
        }
        return stamps.toString();
    }

    /** JVM options for the next node of this kind: map the archive, train it, or nothing. */
    public List<String> optionsFor(NodeKind kind) {
        Path archive = archive(kind);
        if (Files.isRegularFile(archive)) {
            return List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:auto");
        }
        if (claimTraining(kind)) {
            return List.of("-XX:ArchiveClassesAtExit=" + archive);
        }
        return List.of();
    }

    Path archive(NodeKind kind) {
        return directory.resolve(kind.name().toLowerCase(Locale.ROOT) + "-" + key + ".jsa");
    }

    private boolean claimTraining(NodeKind kind) {
        Path claim = directory.resolve(archive(kind).getFileName() + ".training");
        try {
            Files.createDirectories(directory);
            try {
                Files.createFile(claim);
                return true;
            } catch (FileAlreadyExistsException e) {
                Instant claimed = Files.getLastModifiedTime(claim).toInstant();
                if (claimed.plus(STALE_CLAIM).isBefore(Instant.now())) {
                    Files.setLastModifiedTime(claim, java.nio.file.attribute.FileTime.from(Instant.now()));
                    return true;
                }
                return false;
            }
        } catch (IOException e) {
            return false;
        }
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
