package io.brokerlab.launcher.process;

import static org.assertj.core.api.Assertions.assertThat;

import io.brokerlab.launcher.config.NodeId;
import io.brokerlab.launcher.testing.TestClusters;
import io.brokerlab.launcher.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LaunchedSettingsTest {

    private static final NodeId NODE = NodeId.broker(1);

    @TempDir
    Path temp;

    private Workspace workspace;
    private LaunchedSettings settings;

    @BeforeEach
    void setUp() {
        workspace = TestClusters.workspace(temp.resolve("ws"), 1, 1);
        settings = new LaunchedSettings(workspace);
    }

    @Test
    void keepsTheValuesAsTheyWereAtTheLaunchWhateverIsWrittenSince() throws Exception {
        Properties launchedWith = workspace.properties(NODE).toProperties();
        settings.keep(NODE);
        Path file = workspace.propertiesFile(NODE);
        Files.writeString(file, Files.readString(file) + "log.retention.hours=1\n");

        assertThat(settings.read(NODE)).contains(launchedWith);
        assertThat(settings.read(NODE).orElseThrow().getProperty("log.retention.hours")).isNotEqualTo("1");

        settings.keep(NODE);
        assertThat(settings.read(NODE).orElseThrow().getProperty("log.retention.hours")).as("the next launch's")
                .isEqualTo("1");
        try (var files = Files.list(workspace.launchedSettingsFile(NODE).getParent())) {
            assertThat(files).as("no temporary copy left").allMatch(f -> !f.toString().endsWith(".tmp"));
        }
    }

    @Test
    void aNodeNeverLaunchedHereHasNoneKept() {
        assertThat(settings.read(NODE)).isEmpty();
    }
}
