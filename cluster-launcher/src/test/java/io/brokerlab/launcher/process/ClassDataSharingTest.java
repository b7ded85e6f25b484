package io.brokerlab.launcher.process;

import static org.assertj.core.api.Assertions.assertThat;

import io.brokerlab.launcher.config.NodeKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassDataSharingTest {

    @TempDir
    Path dir;

    private ClassDataSharing cds() {
        return new ClassDataSharing(dir, "/jdk", "a.jar", List.of("-Xmx64m"));
    }

    @Test
    void oneNodeTrainsWhileOthersRunWithoutAndAFinishedArchiveIsMappedByAll() throws IOException {
        List<String> first = cds().optionsFor(NodeKind.BROKER);
        assertThat(first).hasSize(2).first().asString().startsWith("-XX:ArchiveClassesAtExit=");
        assertThat(first).last().isEqualTo("-Xlog:cds*=error");
        assertThat(ClassDataSharing.trains(first)).as("its stop waits for the archive").isTrue();
        assertThat(cds().optionsFor(NodeKind.BROKER)).isEmpty();
        assertThat(cds().optionsFor(NodeKind.ZOOKEEPER)).first().asString().startsWith("-XX:ArchiveClassesAtExit=");

        // The trainer exits and the JVM writes its archive.
        Path written = Path.of(first.get(0).substring("-XX:ArchiveClassesAtExit=".length()));
        Files.writeString(written, "archive");
        assertThat(cds().optionsFor(NodeKind.BROKER)).as("still being written").isEmpty();
        Files.setLastModifiedTime(written, FileTime.from(Instant.now().minusSeconds(10)));

        assertThat(cds().optionsFor(NodeKind.BROKER))
                .containsExactly("-XX:SharedArchiveFile=" + cds().archive(NodeKind.BROKER), "-Xshare:auto");
        assertThat(ClassDataSharing.trains(cds().optionsFor(NodeKind.BROKER))).isFalse();
        assertThat(written).doesNotExist();
    }

    @Test
    void aTrainerKilledBeforeWritingItsArchiveDoesNotBlockTraining() throws IOException {
        assertThat(cds().optionsFor(NodeKind.BROKER)).first().asString().startsWith("-XX:ArchiveClassesAtExit=");
        assertThat(cds().optionsFor(NodeKind.BROKER)).as("its trainer is starting").isEmpty();

        // no process runs with that option (the trainer was killed) and a minute has passed
        Path claim = dir.resolve(cds().archive(NodeKind.BROKER).getFileName() + ".training");
        Files.setLastModifiedTime(claim, FileTime.from(Instant.now().minusSeconds(120)));
        assertThat(cds().optionsFor(NodeKind.BROKER)).first().asString().startsWith("-XX:ArchiveClassesAtExit=");
    }

    @Test
    void aNewArchiveLeavesOnlyTheNewestOtherOneOfItsKind() throws IOException {
        Instant hourAgo = Instant.now().minusSeconds(3600);
        Path oldest = touch("broker-0000000000000001.jsa", hourAgo.minusSeconds(60));
        Path newer = touch("broker-0000000000000002.jsa", hourAgo);
        Path abandonedClaim = touch("broker-0000000000000003.jsa.training", hourAgo);
        Path abandonedTmp = touch("broker-0000000000000003.jsa.123.tmp", hourAgo);
        Path zookeeper = touch("zookeeper-0000000000000001.jsa", hourAgo.minusSeconds(60));

        Path written = Path.of(cds().optionsFor(NodeKind.BROKER).get(0).substring("-XX:ArchiveClassesAtExit=".length()));
        Files.writeString(written, "archive");
        Files.setLastModifiedTime(written, FileTime.from(Instant.now().minusSeconds(10)));
        assertThat(cds().optionsFor(NodeKind.BROKER)).first().asString().startsWith("-XX:SharedArchiveFile=");

        assertThat(cds().archive(NodeKind.BROKER)).exists();
        assertThat(newer).exists();
        assertThat(zookeeper).as("another kind is pruned by its own training").exists();
        assertThat(oldest).doesNotExist();
        assertThat(abandonedClaim).doesNotExist();
        assertThat(abandonedTmp).doesNotExist();
    }

    private Path touch(String name, Instant modified) throws IOException {
        Path file = Files.writeString(dir.resolve(name), "x");
        Files.setLastModifiedTime(file, FileTime.from(modified));
        return file;
    }

    @Test
    void anotherClassPathOrJavaGetsItsOwnArchive() {
        assertThat(new ClassDataSharing(dir, "/jdk", "b.jar", List.of("-Xmx64m")).archive(NodeKind.BROKER))
                .isNotEqualTo(cds().archive(NodeKind.BROKER));
        assertThat(new ClassDataSharing(dir, "/other-jdk", "a.jar", List.of("-Xmx64m")).archive(NodeKind.BROKER))
                .isNotEqualTo(cds().archive(NodeKind.BROKER));
    }

    @Test
    void cacheFolderFollowsTheEnvironment() {
        assertThat(ClassDataSharing.defaultDirectory(Map.of("BROKERLAB_CACHE", "/c"))).isEqualTo(Path.of("/c", "cds"));
        if (System.getProperty("os.name").startsWith("Linux")) {
            assertThat(ClassDataSharing.defaultDirectory(Map.of("XDG_CACHE_HOME", "/x")))
                    .isEqualTo(Path.of("/x", "brokerlab", "cds"));
        }
    }
}
