package io.brokerlab.app.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.brokerlab.launcher.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CreateClusterViewModelTest {

    @TempDir
    Path temp;

    @Test
    void previewsTheFilesAndCreatesTheWorkspace() {
        CreateClusterViewModel model = new CreateClusterViewModel(temp.resolve("lab"));
        model.zookeepersProperty().set(3);
        model.brokersProperty().set(2);
        model.zookeeperPortProperty().set(22181);
        model.brokerPortProperty().set(29092);
        assertThat(model.problemProperty().get()).isEmpty();
        assertThat(model.preview().keySet()).containsExactly("zookeeper-1.properties", "zookeeper-2.properties",
                "zookeeper-3.properties", "server-1.properties", "server-2.properties");
        assertThat(model.preview().get("server-2.properties")).contains("broker.id=2").contains("29093");
        assertThat(model.preview().get("zookeeper-1.properties")).contains("server.3=");
        Workspace ws = model.create();
        assertThat(Workspace.isWorkspace(ws.dir())).isTrue();
        assertThat(ws.definition().zookeepers()).isEqualTo(3);
    }

    @Test
    void saysWhatIsWrong() throws Exception {
        Path busy = Files.createDirectories(temp.resolve("busy"));
        Files.writeString(busy.resolve("notes.txt"), "mine");
        CreateClusterViewModel model = new CreateClusterViewModel(busy);
        assertThat(model.problemProperty().get()).contains("not empty");
        assertThat(model.valid()).isFalse();
        model.directoryProperty().set(temp.resolve("fresh"));
        assertThat(model.valid()).isTrue();
        model.zookeepersProperty().set(2);
        assertThat(model.problemProperty().get()).isNotEmpty();
    }
}
