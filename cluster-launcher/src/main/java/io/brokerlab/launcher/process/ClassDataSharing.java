package io.brokerlab.launcher.process;

import io.brokerlab.launcher.config.NodeKind;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Application class-data sharing for node JVMs. Start-up is CPU-bound class loading; a
 * dynamic archive of the classes a node loaded last time roughly halves it. The first node of
 * a kind to start trains the archive (written when it exits cleanly); later starts, of any
 * workspace, map it. The archive is keyed by Java, class path and jar stamps, so an upgrade or
 * a rebuild simply trains a new one. It is a cache: deleting it only costs one slower start.
 */
public final class ClassDataSharing {

    /** A trainer that never exited cleanly (killed) must not block training forever. */
    private static final Duration STALE_CLAIM = Duration.ofMinutes(30);
    /**
     * A claim this young stands without checking for its trainer: the claim is made just before the trainer's
     * process is started.
     */
    private static final Duration CLAIM_STARTING = Duration.ofMinutes(1);
    /**
     * The JVM writes the archive in one go, in well under a second, as it exits: a file left
     * untouched for a few seconds is finished (and the JVM still validates it before use).
     */
    private static final Duration WRITE_SETTLED = Duration.ofSeconds(3);
    private static final String TRAINING_SUFFIX = ".training";
    private static final String TRAIN = "-XX:ArchiveClassesAtExit=";

    private final Path directory;
    private final String key;

    public ClassDataSharing(Path directory, String javaHome, String classPath, List<String> jvmOptions) {
        this.directory = directory;
        this.key = hash(javaHome + '\n' + System.getProperty("java.vm.version") + '\n' + classPath + '\n'
                + jarStamps(classPath) + '\n' + jvmOptions);
    }

    /** The per-user cache folder: $BROKERLAB_CACHE, else the OS's cache location. */
    public static Path defaultDirectory(Map<String, String> env) {
        String explicit = env.get("BROKERLAB_CACHE");
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit).resolve("cds");
        }
        String home = System.getProperty("user.home");
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String local = env.getOrDefault("LOCALAPPDATA", home);
            return Path.of(local, "Brokerlab", "Cache", "cds");
        }
        if (os.startsWith("mac")) {
            return Path.of(home, "Library", "Caches", "Brokerlab", "cds");
        }
        String xdg = env.get("XDG_CACHE_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".cache")).resolve("brokerlab").resolve("cds");
    }

    /** JVM options for the next node of this kind: map the archive, train it, or nothing. */
    public List<String> optionsFor(NodeKind kind) {
        Path archive = archive(kind);
        promoteFinishedTraining(archive);
        if (Files.isRegularFile(archive)) {
            return List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:auto");
        }
        // A unique name: the file is moved into place only once written, never read half-written.
        Path target = archive.resolveSibling(archive.getFileName() + "." + System.nanoTime() + ".tmp");
        if (claimTraining(archive, target)) {
            // the dump warns once per old (pre-Java 6) library class it skips: noise at the end of the node's log
            return List.of(TRAIN + target, "-Xlog:cds*=error");
        }
        return List.of();
    }

    /** Whether a JVM run with these arguments writes an archive as it exits, which takes it seconds longer. */
    public static boolean trains(List<String> jvmArguments) {
        return jvmArguments.stream().anyMatch(argument -> argument.startsWith(TRAIN));
    }

    Path archive(NodeKind kind) {
        return directory.resolve(kind.name().toLowerCase(Locale.ROOT) + "-" + key + ".jsa");
    }

    private void promoteFinishedTraining(Path archive) {
        if (Files.isRegularFile(archive) || !Files.isDirectory(directory)) {
            return;
        }
        try (DirectoryStream<Path> trained = Files.newDirectoryStream(directory, archive.getFileName() + ".*.tmp")) {
            for (Path candidate : trained) {
                if (Files.getLastModifiedTime(candidate).toInstant().plus(WRITE_SETTLED).isBefore(Instant.now())) {
                    Files.move(candidate, archive, StandardCopyOption.ATOMIC_MOVE);
                    Files.deleteIfExists(archive.resolveSibling(archive.getFileName() + TRAINING_SUFFIX));
                    pruneOtherArchives(archive);
                    return;
                }
            }
        } catch (IOException e) {
            // A cache: failing to promote only means one more start without it.
        }
    }

    /**
     * Every rebuild or upgrade trains new archives (about 50 MB each); without pruning the cache
     * only grows. Of the other archives of this kind the newest stays, for a second installation
     * used alongside; abandoned claims and half-written archives go once stale.
     */
    private void pruneOtherArchives(Path kept) throws IOException {
        String kind = kept.getFileName().toString();
        kind = kind.substring(0, kind.indexOf('-') + 1);
        String ours = kept.getFileName().toString();
        List<Path> others = new ArrayList<>();
        Instant stale = Instant.now().minus(STALE_CLAIM);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, kind + "*")) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                if (name.startsWith(ours)) {
                    continue;
                }
                if (name.endsWith(".jsa")) {
                    others.add(file);
                } else if (Files.getLastModifiedTime(file).toInstant().isBefore(stale)) {
                    Files.deleteIfExists(file);
                }
            }
        }
        others.sort(Comparator.comparing(ClassDataSharing::modified).reversed());
        for (Path old : others.subList(Math.min(1, others.size()), others.size())) {
            Files.deleteIfExists(old);
        }
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.from(Instant.EPOCH);
        }
    }

    /** The claim file names its trainer's archive, so that a claim whose trainer is gone can be told apart. */
    private boolean claimTraining(Path archive, Path target) {
        Path claim = archive.resolveSibling(archive.getFileName() + TRAINING_SUFFIX);
        try {
            Files.createDirectories(directory);
            try {
                Files.writeString(Files.createFile(claim), target.toString());
                return true;
            } catch (FileAlreadyExistsException e) {
                if (!abandoned(claim)) {
                    return false;
                }
                Files.writeString(claim, target.toString());
                return true;
            }
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * A trainer killed before it exited (a failover demo kills brokers) never writes its archive; without this
     * check its claim would keep every node of the kind from class-data sharing for half an hour.
     */
    private static boolean abandoned(Path claim) throws IOException {
        Instant claimed = Files.getLastModifiedTime(claim).toInstant();
        if (claimed.plus(STALE_CLAIM).isBefore(Instant.now())) {
            return true;
        }
        if (claimed.plus(CLAIM_STARTING).isAfter(Instant.now())) {
            return false;
        }
        String target = Files.readString(claim).trim();
        if (target.isEmpty()) {
            return true; // a minute old and never completed: its claimer died between creating and writing it
        }
        if (Files.exists(Path.of(target))) {
            return false;
        }
        String option = TRAIN + target;
        return ProcessHandle.allProcesses().noneMatch(p -> p.info().arguments()
                .map(args -> List.of(args).contains(option)).orElse(false));
    }

    /** The JVM rejects an archive whose jars changed since it was written; a rebuild must retrain. */
    private static String jarStamps(String classPath) {
        StringBuilder stamps = new StringBuilder();
        for (String entry : classPath.split(File.pathSeparator)) {
            Path path = Path.of(entry);
            try {
                stamps.append(Files.getLastModifiedTime(path).toMillis()).append(':').append(Files.size(path)).append(';');
            } catch (IOException | RuntimeException e) {
                stamps.append("missing;");
            }
        }
        return stamps.toString();
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
