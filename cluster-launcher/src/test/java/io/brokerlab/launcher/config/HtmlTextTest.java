package io.brokerlab.launcher.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The inputs are Kafka 3.9's own documentation strings, copied as they are. */
class HtmlTextTest {

    @Test
    void codeTagsGoAndKafkasUnformattedLineBreaksEndSentencesAndExamplesOnly() {
        String listeners = "Listener List - Comma-separated list of URIs we will listen on and the listener names."
                + " If the listener name is not a security protocol, <code>listener.security.protocol.map</code> must"
                + " also be set.\n Listener names and port numbers must be unique unless %n one listener is an IPv4"
                + " address and the other listener is %n an IPv6 address (for the same port).%n Specify hostname as"
                + " 0.0.0.0 to bind to all interfaces.%n Leave hostname empty to bind to default interface.%n"
                + " Examples of legal listener lists:%n <code>PLAINTEXT://myhost:9092,SSL://:9091</code>%n"
                + " <code>CLIENT://0.0.0.0:9092,REPLICATION://localhost:9093</code>%n"
                + " <code>PLAINTEXT://127.0.0.1:9092,SSL://[::1]:9092</code>%n";

        assertThat(HtmlText.toPlain(listeners)).isEqualTo("""
                Listener List - Comma-separated list of URIs we will listen on and the listener names. If the \
                listener name is not a security protocol, listener.security.protocol.map must also be set. Listener \
                names and port numbers must be unique unless one listener is an IPv4 address and the other listener \
                is an IPv6 address (for the same port).
                Specify hostname as 0.0.0.0 to bind to all interfaces.
                Leave hostname empty to bind to default interface.
                Examples of legal listener lists:
                PLAINTEXT://myhost:9092,SSL://:9091
                CLIENT://0.0.0.0:9092,REPLICATION://localhost:9093
                PLAINTEXT://127.0.0.1:9092,SSL://[::1]:9092""");
    }

    @Test
    void plainTextStaysAsItIs() {
        String logDirs = "A comma-separated list of the directories where the log data is stored. If not set, the"
                + " value in log.dir is used.";
        assertThat(HtmlText.toPlain(logDirs)).isEqualTo(logDirs);
        assertThat(HtmlText.toPlain(null)).isNull();
    }

    @Test
    void listItemsAreBulletsOnTheirOwnLines() {
        String clientAuth = "Configures kafka broker to request client authentication. The following settings are"
                + " common:  <ul> <li><code>ssl.client.auth=required</code> If set to required client authentication"
                + " is required. <li><code>ssl.client.auth=requested</code> This means client authentication is"
                + " optional. unlike required, if this option is set client can choose not to provide authentication"
                + " information about itself <li><code>ssl.client.auth=none</code> This means client authentication"
                + " is not needed.</ul>";

        assertThat(HtmlText.toPlain(clientAuth)).isEqualTo("""
                Configures kafka broker to request client authentication. The following settings are common:

                • ssl.client.auth=required If set to required client authentication is required.
                • ssl.client.auth=requested This means client authentication is optional. unlike required, if this \
                option is set client can choose not to provide authentication information about itself
                • ssl.client.auth=none This means client authentication is not needed.""");
    }

    @Test
    void paragraphsLineBreaksAndLinksBecomeText() {
        String unclean = "Indicates whether to enable replicas not in the ISR set to be elected as leader as a last"
                + " resort, even though doing so may result in data loss<p>Note: In KRaft mode, when enabling this"
                + " config dynamically, it needs to wait for the unclean leader election thread to trigger election"
                + " periodically (default is 5 minutes).</p>";
        assertThat(HtmlText.toPlain(unclean)).isEqualTo("""
                Indicates whether to enable replicas not in the ISR set to be elected as leader as a last resort, \
                even though doing so may result in data loss

                Note: In KRaft mode, when enabling this config dynamically, it needs to wait for the unclean leader \
                election thread to trigger election periodically (default is 5 minutes).""");

        String minIsr = "If this minimum cannot be met, then the producer will raise an exception (either"
                + " <code>NotEnoughReplicas</code> or <code>NotEnoughReplicasAfterAppend</code>).<br>When used"
                + " together, <code>min.insync.replicas</code> and acks allow you to enforce greater durability";
        assertThat(HtmlText.toPlain(minIsr)).isEqualTo("""
                If this minimum cannot be met, then the producer will raise an exception (either NotEnoughReplicas \
                or NotEnoughReplicasAfterAppend).
                When used together, min.insync.replicas and acks allow you to enforce greater durability""");

        String mapping = "For more details on the format please see <a href=\"#security_authz\"> security"
                + " authorization and acls</a>. Note that";
        assertThat(HtmlText.toPlain(mapping))
                .isEqualTo("For more details on the format please see security authorization and acls. Note that");
    }

    @Test
    void entitiesAreDecodedAndAnUnescapedPlaceholderIsKept() {
        String quota = "By default, the &lt;user&gt; and &lt;client-id&gt; quotas that are stored in ZooKeeper are"
                + " applied.";
        assertThat(HtmlText.toPlain(quota))
                .isEqualTo("By default, the <user> and <client-id> quotas that are stored in ZooKeeper are applied.");
        assertThat(HtmlText.toPlain("a &amp;lt; b &#8594; c &#x2192; d&nbsp;e &unknown; <listener>.name"))
                .isEqualTo("a &lt; b → c → d e &unknown; <listener>.name");
    }
}
