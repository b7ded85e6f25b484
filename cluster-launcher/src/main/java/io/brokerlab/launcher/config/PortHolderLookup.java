package io.brokerlab.launcher.config;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Best-effort answer to "who listens on this port" on Linux: first /proc (no external tool, sees our own user's
 * processes), then {@code ss -ltnp}. Every failure simply means "unknown".
 */
final class PortHolderLookup {

    private static final String TCP_LISTEN = "0A";
    private static final Pattern SS_USER = Pattern.compile("\\(\"([^\"]+)\",pid=(\\d+)");

    private PortHolderLookup() {
    }

    /** e.g. {@code pid 1234 (java)}. */
    static Optional<String> describeListener(int port) {
        if (!System.getProperty("os.name", "").toLowerCase().contains("linux")) {
            return Optional.empty();
        }
        try {
            Optional<String> fromProc = fromProc(port);
            return fromProc.isPresent() ? fromProc : fromSs(port);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (Exception | LinkageError e) {
            return Optional.empty();
        }
    }

    private static Optional<String> fromProc(int port) throws IOException {
        Set<String> inodes = new HashSet<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            Path path = Path.of(table);
            if (Files.isReadable(path)) {
                inodes.addAll(listeningInodes(Files.readAllLines(path), port));
            }
        }
        if (inodes.isEmpty()) {
            return Optional.empty();
        }
        try (DirectoryStream<Path> processes = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
            for (Path process : processes) {
                if (holdsAny(process, inodes)) {
                    return Optional.of(describe(process.getFileName().toString(), commandOf(process)));
                }
            }
        }
        return Optional.empty();
    }

    /** Socket inodes of LISTEN entries for the port; columns: sl local_address rem_address st ... inode. */
    static Set<String> listeningInodes(List<String> procNetTcp, int port) {
        Set<String> inodes = new HashSet<>();
        String portHex = String.format(":%04X", port);
        for (String line : procNetTcp) {
            String[] columns = line.trim().split("\\s+");
            if (columns.length > 9 && columns[1].endsWith(portHex) && columns[3].equals(TCP_LISTEN)) {
                inodes.add(columns[9]);
            }
        }
        return inodes;
    }

    private static boolean holdsAny(Path process, Set<String> inodes) {
        try (DirectoryStream<Path> fds = Files.newDirectoryStream(process.resolve("fd"))) {
            for (Path fd : fds) {
                String target = Files.readSymbolicLink(fd).toString();
                if (target.startsWith("socket:[")
                        && inodes.contains(target.substring("socket:[".length(), target.length() - 1))) {
                    return true;
                }
            }
        } catch (IOException | SecurityException e) {
            // another user's process, or one that just exited
        }
        return false;
    }

    private static String commandOf(Path process) {
        try {
            return Files.readString(process.resolve("comm")).trim();
        } catch (IOException e) {
            return "";
        }
    }

    private static Optional<String> fromSs(int port) throws IOException, InterruptedException {
        Process ss = new ProcessBuilder("ss", "-Hltnp", "sport = :" + port)
                .redirectErrorStream(true)
                .start();
        if (!ss.waitFor(2, TimeUnit.SECONDS)) {
            ss.destroyForcibly();
            return Optional.empty();
        }
        Matcher matcher = SS_USER.matcher(new String(ss.getInputStream().readAllBytes()));
        return matcher.find() ? Optional.of(describe(matcher.group(2), matcher.group(1))) : Optional.empty();
    }

    private static String describe(String pid, String command) {
        return command.isEmpty() ? "pid " + pid : "pid " + pid + " (" + command + ")";
    }
}
