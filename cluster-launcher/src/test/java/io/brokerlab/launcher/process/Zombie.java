package io.brokerlab.launcher.process;

import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * An ended process nobody reaps for a while: a shell's background child that ends once the shell has become
 * {@code sleep}, which never waits for children. Ends (and is reaped by init) when closed.
 */
public final class Zombie implements AutoCloseable {

    private final Process parent;
    private final long pid;

    private Zombie(Process parent, long pid) {
        this.parent = parent;
        this.pid = pid;
    }

    /** Linux only: elsewhere nothing tells a zombie. */
    public static Zombie make() throws IOException, InterruptedException {
        // the child ends once its parent is sleep, told by the end of its input: had it ended before, the shell
        // would have reaped it; an asynchronous list reads /dev/null unless redirected, hence fd 3
        Process parent = new ProcessBuilder("sh", "-c", "exec 3<&0; (read line <&3) & echo $!; exec sleep 60").start();
        BufferedReader out = new BufferedReader(new InputStreamReader(parent.getInputStream(), StandardCharsets.US_ASCII));
        long pid = Long.parseLong(out.readLine().strip());
        Zombie zombie = new Zombie(parent, pid);
        try {
            await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(10))
                    .until(() -> parent.info().command().orElse("").endsWith("sleep"));
            parent.getOutputStream().close();
            await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(10)).until(() -> NodeProcesses.ended(pid));
        } catch (RuntimeException e) {
            zombie.close();
            throw e;
        }
        return zombie;
    }

    public long pid() {
        return pid;
    }

    @Override
    public void close() throws InterruptedException {
        parent.destroyForcibly();
        parent.waitFor(10, TimeUnit.SECONDS);
    }
}
