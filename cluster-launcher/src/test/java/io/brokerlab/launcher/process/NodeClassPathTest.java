package io.brokerlab.launcher.process;

import static org.assertj.core.api.Assertions.assertThat;

import io.brokerlab.runtime.NodeMain;
import java.io.File;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class NodeClassPathTest {

    @Test
    void keepsBrokerRuntimeAndItsJarsOnly() throws Exception {
        String runtime = Path.of(NodeMain.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        String kafka = Path.of("m2", "kafka_2.13-3.9.2.jar").toAbsolutePath().toString();
        String epoll = Path.of("lib", "netty-transport-native-epoll-4.1.137.Final-linux-x86_64.jar").toAbsolutePath().toString();
        String launcher = String.join(File.pathSeparator,
                Path.of("cluster-launcher", "target", "test-classes").toAbsolutePath().toString(),
                Path.of("m2", "picocli-4.7.7.jar").toAbsolutePath().toString(),
                kafka,
                Path.of("m2", "javafx-controls-21.0.11-linux.jar").toAbsolutePath().toString(),
                runtime,
                epoll);

        assertThat(NodeClassPath.of(launcher)).isEqualTo(String.join(File.pathSeparator, kafka, runtime, epoll));
    }
}
