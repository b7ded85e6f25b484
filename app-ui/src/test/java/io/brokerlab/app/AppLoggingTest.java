package io.brokerlab.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import org.apache.log4j.Appender;
import org.apache.log4j.Hierarchy;
import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.apache.log4j.PropertyConfigurator;
import org.apache.log4j.spi.RootLogger;
import org.junit.jupiter.api.Test;

/** The terminal that started the app stays readable through a failover demo; the clients' warnings land in a file. */
class AppLoggingTest {

    private final Hierarchy logging = new Hierarchy(new RootLogger(Level.DEBUG));

    AppLoggingTest() {
        new PropertyConfigurator().doConfigure(Main.class.getResource("/" + Main.LOG_CONFIGURATION), logging);
    }

    @Test
    void clientErrorsGoToTheFileOnlyNotToTheTerminal() {
        for (String client : List.of("org.apache.curator.framework.imps.CuratorFrameworkImpl",
                "org.apache.zookeeper.ClientCnxn", "org.apache.kafka.clients.NetworkClient", "io.netty.channel.Foo")) {
            Logger logger = logging.getLogger(client);
            assertThat(logger.isEnabledFor(Level.WARN)).as(client + " warns").isTrue();
            assertThat(logger.isEnabledFor(Level.INFO)).as(client + " chatter").isFalse();
            assertThat(appendersOf(logger)).as(client).containsExactly("file");
        }
    }

    @Test
    void theAppsOwnErrorsAlsoReachTheTerminal() {
        Logger app = logging.getLogger("io.brokerlab.app.Session");
        assertThat(app.isEnabledFor(Level.ERROR)).isTrue();
        assertThat(app.isEnabledFor(Level.WARN)).isFalse();
        assertThat(appendersOf(app)).containsExactlyInAnyOrder("stderr", "file");
    }

    @Test
    void javaFxsNotesStayOffTheTerminalItsWarningsDoNot() {
        Main.keepJavaFxToWarnings();
        // the logger VirtualFlow writes "index exceeds maxCellCount" to, as JavaFX asks for it
        System.Logger controls = System.getLogger("javafx.scene.control");
        assertThat(controls.isLoggable(System.Logger.Level.INFO)).isFalse();
        assertThat(controls.isLoggable(System.Logger.Level.WARNING)).isTrue();
    }

    /** The appenders a logger's events reach, following additivity up to the root. */
    private static List<String> appendersOf(Logger logger) {
        java.util.ArrayList<String> names = new java.util.ArrayList<>();
        for (org.apache.log4j.Category c = logger; c != null; c = c.getParent()) {
            for (Object a : Collections.list(c.getAllAppenders())) {
                names.add(((Appender) a).getName());
            }
            if (!c.getAdditivity()) {
                break;
            }
        }
        return names;
    }
}
