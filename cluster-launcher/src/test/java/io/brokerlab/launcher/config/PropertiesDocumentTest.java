package io.brokerlab.launcher.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PropertiesDocumentTest {

    private static final String SAMPLE = """
            # broker settings
            ! bang comment

            broker.id=1
              listeners : PLAINTEXT://127.0.0.1:9092
            log.dirs /tmp/a
            a\\=b\\:c = weird key
            """;

    @Test
    void readsAllSeparatorStylesLikeProperties() throws Exception {
        PropertiesDocument doc = PropertiesDocument.parse(SAMPLE);
        assertThat(doc.asMap()).containsExactly(
                Map.entry("broker.id", "1"),
                Map.entry("listeners", "PLAINTEXT://127.0.0.1:9092"),
                Map.entry("log.dirs", "/tmp/a"),
                Map.entry("a=b:c", "weird key"));
        assertThat(doc.toProperties()).isEqualTo(load(SAMPLE));
    }

    /** The one text Properties refuses, and so Kafka and ZooKeeper: the form reports it rather than guess. */
    @Test
    void aMalformedUnicodeEscapeIsRefusedLikeProperties() {
        String text = "good=1\nbad=\\uZZZZ\n";
        assertThatThrownBy(() -> new Properties().load(new StringReader(text)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PropertiesDocument.parse(text))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Malformed");
        assertThatThrownBy(() -> PropertiesDocument.parse("short=\\u12"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void setKeepsCommentsOrderAndLayout() {
        PropertiesDocument doc = PropertiesDocument.parse(SAMPLE);
        doc.set("listeners", "PLAINTEXT://127.0.0.1:9099");
        doc.set("num.io.threads", "4");
        assertThat(doc.text()).isEqualTo("""
                # broker settings
                ! bang comment

                broker.id=1
                  listeners : PLAINTEXT://127.0.0.1:9099
                log.dirs /tmp/a
                a\\=b\\:c = weird key
                num.io.threads=4
                """);
    }

    @Test
    void removeKeepsEverythingElse() {
        PropertiesDocument doc = PropertiesDocument.parse(SAMPLE);
        assertThat(doc.remove("log.dirs")).isTrue();
        assertThat(doc.remove("log.dirs")).isFalse();
        assertThat(doc.text()).isEqualTo(SAMPLE.replace("log.dirs /tmp/a\n", ""));
    }

    @Test
    void continuationLinesFormOneValueAndAreReplacedWhole() throws Exception {
        String text = """
                # servers
                zookeeper.connect=127.0.0.1:2181,\\
                    127.0.0.1:2182,\\
                    127.0.0.1:2183
                after=1
                """;
        PropertiesDocument doc = PropertiesDocument.parse(text);
        assertThat(doc.get("zookeeper.connect")).contains("127.0.0.1:2181,127.0.0.1:2182,127.0.0.1:2183");
        assertThat(doc.toProperties()).isEqualTo(load(text));

        doc.set("zookeeper.connect", "127.0.0.1:2181");
        assertThat(doc.text()).isEqualTo("""
                # servers
                zookeeper.connect=127.0.0.1:2181
                after=1
                """);
    }

    @Test
    void lastDuplicateWinsAndSetLeavesOneLine() {
        PropertiesDocument doc = PropertiesDocument.parse("a=1\nb=2\na=3\n");
        assertThat(doc.get("a")).contains("3");
        doc.set("a", "4");
        assertThat(doc.text()).isEqualTo("b=2\na=4\n");
    }

    @Test
    void setWithCommentPutsTheCommentAboveANewKeyOnly() {
        PropertiesDocument doc = PropertiesDocument.parse("a=1\n");
        doc.setWithComment("b", "2", "why b\nis 2");
        doc.setWithComment("a", "5", "ignored, a exists");
        assertThat(doc.text()).isEqualTo("a=5\n\n# why b\n# is 2\nb=2\n");
    }

    @Test
    void valuesRoundTripThroughJavaUtilProperties(@TempDir Path dir) throws Exception {
        Map<String, String> values = Map.of(
                "windows.path", "C:\\Users\\Zoë\\kafka data\\",
                "unc", "\\\\server\\share",
                "unicode", "日本語 ✓",
                "leading.space", "  indented",
                "tabs.and.newlines", "a\tb\nc",
                "key with spaces=and:colons", "#not a comment",
                "empty", "");
        PropertiesDocument doc = PropertiesDocument.parse("# keep me\n");
        values.forEach(doc::set);
        Path file = dir.resolve("x.properties");
        doc.write(file);

        Properties fromStream = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            fromStream.load(in);
        }
        assertThat(fromStream).containsExactlyInAnyOrderEntriesOf(values);
        assertThat(load(doc.text())).containsExactlyInAnyOrderEntriesOf(values);
        assertThat(PropertiesDocument.read(file).asMap()).containsExactlyInAnyOrderEntriesOf(values);
        assertThat(Files.readString(file)).startsWith("# keep me\n").contains("windows.path=C:\\\\Users");
    }

    @Test
    void writeReplacesTheFileAndLeavesNoTemporaryFiles(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("server.properties");
        Files.writeString(file, "old=1\n");
        PropertiesDocument.parse("new=2\n").write(file);
        assertThat(Files.readString(file)).isEqualTo("new=2\n");
        try (var entries = Files.list(dir)) {
            assertThat(entries).containsExactly(file);
        }
    }

    private static Properties load(String text) throws Exception {
        Properties properties = new Properties();
        properties.load(new StringReader(text));
        return properties;
    }
}
