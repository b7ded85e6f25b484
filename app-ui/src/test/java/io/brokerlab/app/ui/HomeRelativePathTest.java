package io.brokerlab.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class HomeRelativePathTest {

    private final Path home = Path.of("/home/ada");

    @Test
    void aFolderUnderHomeStartsWithTilde() {
        assertThat(HomeRelativePath.of(Path.of("/home/ada/.local/share/brokerlab/default"), home))
                .isEqualTo("~/.local/share/brokerlab/default");
        assertThat(HomeRelativePath.of(home, home)).isEqualTo("~");
    }

    @Test
    void otherFoldersStayAsTheyAre() {
        assertThat(HomeRelativePath.of(Path.of("/home/adam/ws"), home)).isEqualTo("/home/adam/ws");
        assertThat(HomeRelativePath.of(Path.of("/tmp/lab"), home)).isEqualTo("/tmp/lab");
    }
}
