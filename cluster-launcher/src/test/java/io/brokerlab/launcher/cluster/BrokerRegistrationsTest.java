package io.brokerlab.launcher.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

class BrokerRegistrationsTest {

    @Test
    void aStartStillWaitingAfterCloseGivesUpInsteadOfOpeningAClientNobodyCloses() throws IOException {
        String connect;
        try (ServerSocket free = new ServerSocket(0)) {
            connect = "127.0.0.1:" + free.getLocalPort();
        }
        BrokerRegistrations registrations = new BrokerRegistrations(connect);
        registrations.close();

        assertThatThrownBy(() -> registrations.isRegistered(1)).isInstanceOf(ClusterException.class)
                .hasMessageContaining("closed");
        assertThat(Thread.getAllStackTraces().keySet()).as("no ZooKeeper client threads for " + connect)
                .noneMatch(t -> t.isAlive() && t.getName().contains(connect));
    }
}
