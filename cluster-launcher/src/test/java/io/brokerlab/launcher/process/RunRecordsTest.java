package io.brokerlab.launcher.process;

import static org.assertj.core.api.Assertions.assertThat;

import io.brokerlab.launcher.config.NodeId;
import io.brokerlab.launcher.testing.TestClusters;
import io.brokerlab.launcher.workspace.Workspace;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunRecordsTest {

    private static final NodeId NODE = NodeId.broker(1);

    @TempDir
    Path temp;

    private RunRecords records;

    @BeforeEach
    void setUp() {
        Workspace workspace = TestClusters.workspace(temp.resolve("ws"), 1, 1);
        records = new RunRecords(workspace);
    }

    @Test
    void anUpdateChangesTheRecordAsItIsNowWhileItNamesTheSameProcess() {
        RunRecord seen = run(100, 5_000);
        records.write(NODE, seen);
        records.write(NODE, seen.withPaused(true));

        assertThat(records.update(NODE, seen, r -> r.withEnding("killed"))).isPresent();

        assertThat(records.read(NODE)).contains(seen.withPaused(true).withEnding("killed"));
    }

    @Test
    void anUpdateLeavesTheRecordOfANewerProcessAlone() {
        RunRecord seen = run(100, 5_000);
        RunRecord newer = run(100, 9_000);
        records.write(NODE, newer);

        assertThat(records.update(NODE, seen, r -> r.withEnding("killed"))).isEmpty();

        assertThat(records.read(NODE)).contains(newer);
    }

    @Test
    void anUpdateDoesNotBringADeletedRecordBack() {
        RunRecord seen = run(100, 5_000);
        records.write(NODE, seen);
        records.delete(NODE);

        assertThat(records.update(NODE, seen, r -> r.withEnding("killed"))).isEmpty();

        assertThat(records.read(NODE)).isEmpty();
    }

    @Test
    void aStopDeletesItsOwnRecordButKeepsAKillMarkAndANewerRun() {
        RunRecord seen = run(100, 5_000);
        records.write(NODE, seen.withEnding("stopping"));
        assertThat(records.deleteIf(NODE, seen, r -> "killed".equals(r.ending()))).isTrue();
        assertThat(records.read(NODE)).isEmpty();

        records.write(NODE, seen.withEnding("killed"));
        assertThat(records.deleteIf(NODE, seen, r -> "killed".equals(r.ending()))).isFalse();
        assertThat(records.read(NODE)).contains(seen.withEnding("killed"));

        RunRecord newer = run(100, 9_000);
        records.write(NODE, newer);
        assertThat(records.deleteIf(NODE, seen, r -> false)).isFalse();
        assertThat(records.read(NODE)).contains(newer);
    }

    private static RunRecord run(long pid, long processStart) {
        return new RunRecord(NODE.name(), pid, processStart, processStart, 9092, 27001, false, null, 0);
    }
}
