package io.brokerlab.launcher.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/** A run record's pid is trusted only when the process behind it is provably our node. */
class NodeProcessesTest {

    @Test
    void aDeadPidIsNotLive() throws IOException, InterruptedException {
        Process process = new ProcessBuilder("true").start();
        long start = NodeProcesses.startMillis(process.toHandle());
        process.waitFor(10, TimeUnit.SECONDS);
        RunRecord record = new RunRecord("broker-1", process.pid(), start, start, 9092, 9999, false, null, 0);
        assertThat(NodeProcesses.live(record)).isEmpty();
    }

    @Test
    void aPidReusedByAnotherProgramIsNotTrusted() throws IOException, InterruptedException {
        // A live process that is not a node, with the start time it really has: only the
        // command line tells it apart, as after pid reuse.
        Process other = new ProcessBuilder("sleep", "30").start();
        try {
            long start = NodeProcesses.startMillis(other.toHandle());
            RunRecord record = new RunRecord("broker-1", other.pid(), start, start, 9092, 9999, false, null, 0);
            assertThat(NodeProcesses.live(record)).isEmpty();
        } finally {
            other.destroyForcibly();
            other.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void aRecordWhoseStartTimeDiffersIsNotTrusted() throws IOException, InterruptedException {
        Process node = new ProcessBuilder("sh", "-c", "sleep 30", NodeProcesses.NODE_MARKER + "broker-1").start();
        try {
            long start = NodeProcesses.startMillis(node.toHandle());
            RunRecord stale = new RunRecord("broker-1", node.pid(), start - 60_000, start, 9092, 9999, false, null, 0);
            assertThat(NodeProcesses.live(stale)).isEmpty();
            RunRecord current = new RunRecord("broker-1", node.pid(), start, start, 9092, 9999, false, null, 0);
            assertThat(NodeProcesses.live(current)).isPresent();
            RunRecord otherNode = new RunRecord("broker-2", node.pid(), start, start, 9092, 9999, false, null, 0);
            assertThat(NodeProcesses.live(otherNode)).isEmpty();
        } finally {
            node.destroyForcibly();
            node.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** A node whose launcher exited ends as init's child; until init reaps it, it is a zombie, and no node. */
    @Test
    @EnabledOnOs(OS.LINUX)
    void aZombieIsNotRunning() throws IOException, InterruptedException {
        try (Zombie zombie = Zombie.make()) {
            ProcessHandle handle = ProcessHandle.of(zombie.pid()).orElseThrow();
            assertThat(handle.isAlive()).as("the OS still calls it alive").isTrue();
            assertThat(NodeProcesses.running(handle)).isFalse();
        }
        assertThat(NodeProcesses.running(ProcessHandle.current())).isTrue();
    }
}
