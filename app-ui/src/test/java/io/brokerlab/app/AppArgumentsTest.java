package io.brokerlab.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.brokerlab.launcher.testing.TestClusters;
import io.brokerlab.launcher.workspace.Workspace;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppArgumentsTest {

    @TempDir
    Path temp;

    @Test
    void theWorkspaceOptionComesFirstThenTheEnvironmentThenTheLastOneThenTheDefault() {
        Path last = TestClusters.workspace(temp.resolve("last"), 1, 1).dir();
        Path named = temp.resolve("named");
        Path fromEnv = temp.resolve("from-env");
        Map<String, String> env = Map.of("BROKERLAB_WORKSPACE", fromEnv.toString());
        Map<String, String> noEnv = Map.of("XDG_DATA_HOME", temp.resolve("data").toString());

        assertThat(AppArguments.parse(List.of("--workspace", named.toString())).workspaceToOpen(env, Optional.of(last)))
                .isEqualTo(named);
        assertThat(AppArguments.parse(List.of()).workspaceToOpen(env, Optional.of(last))).isEqualTo(fromEnv);
        assertThat(AppArguments.parse(List.of()).workspaceToOpen(noEnv, Optional.of(last))).isEqualTo(last);
        assertThat(AppArguments.parse(List.of()).workspaceToOpen(noEnv, Optional.of(temp.resolve("deleted"))))
                .as("a last workspace that is gone").isEqualTo(Workspace.defaultDirectory(noEnv));
    }

    @Test
    void aTildeIsTheHomeFolderAndAFileIsNoWorkspace() throws Exception {
        Path home = Path.of(System.getProperty("user.home"));
        assertThat(AppArguments.parse(List.of("--workspace=~/lab")).workspace()).contains(home.resolve("lab"));
        assertThat(AppArguments.parse(List.of("--workspace", "~")).workspace()).contains(home);
        assertThat(Workspace.fromEnvironment(Map.of("BROKERLAB_WORKSPACE", "~/from-env")))
                .contains(home.resolve("from-env"));
        Path file = java.nio.file.Files.writeString(temp.resolve("notes.txt"), "not a cluster");
        assertThatThrownBy(() -> AppArguments.parse(List.of("--workspace", file.toString())))
                .hasMessageContaining("is a file, not a folder");
    }

    @Test
    void refusesWhatItDoesNotKnow() {
        assertThatThrownBy(() -> AppArguments.parse(List.of("--workspace"))).hasMessageContaining("needs a folder");
        assertThatThrownBy(() -> AppArguments.parse(List.of("--zookeepers", "3"))).hasMessageContaining("unknown argument");
    }
}
