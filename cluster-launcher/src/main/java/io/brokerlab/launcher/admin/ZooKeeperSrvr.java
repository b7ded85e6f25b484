package io.brokerlab.launcher.admin;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * ZooKeeper's {@code srvr} four-letter word over a plain socket: how the launcher reads a server's role, and tells a
 * ZooKeeper given where a broker was expected. A server that does not allow the word still answers, saying so.
 */
public final class ZooKeeperSrvr {

    private ZooKeeperSrvr() {
    }

    /** What {@code server} ({@code host:port}) answers; empty when it does not within {@code timeout}. Blocks. */
    public static Optional<String> ask(String server, Duration timeout) {
        int colon = server.lastIndexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(server.substring(0, colon),
                    Integer.parseInt(server.substring(colon + 1))), (int) timeout.toMillis());
            socket.setSoTimeout((int) timeout.toMillis());
            OutputStream out = socket.getOutputStream();
            out.write("srvr".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Whether {@code server} answers as a ZooKeeper: its version, or that it is not serving or allowing the word. */
    public static boolean isZooKeeper(String server, Duration timeout) {
        return ask(server, timeout).filter(reply -> reply.startsWith("Zookeeper version:")
                || reply.contains("is not executed because it is not in the whitelist")
                || reply.contains("This ZooKeeper instance is not currently serving requests")).isPresent();
    }
}
