package io.brokerlab.launcher.admin;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A plain TCP connect to each bootstrap address, asked before the admin client: that every address refuses the
 * connection or names no known host is known in milliseconds, while the admin client keeps retrying until its
 * timeout and then cannot say which.
 */
final class BootstrapPortCheck {

    private BootstrapPortCheck() {
    }

    /**
     * Why no broker can be at {@code bootstrapServers}, one reason per address, in a sentence for people; empty when
     * an address accepted a connection, or one could not be told within {@code timeout} (a silent network may just be
     * slow), so that the Kafka-level probe decides. Blocks for about {@code timeout} at most, plus name lookups; not on
     * a UI thread.
     */
    static Optional<String> whyNothingListens(String bootstrapServers, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<String> reasons = new ArrayList<>();
        for (String address : bootstrapServers.split(",")) {
            if (address.isBlank()) {
                continue;
            }
            Optional<String> why = whyNotListening(address.strip(), deadline);
            if (why.isEmpty()) {
                return Optional.empty();
            }
            reasons.add(why.get());
        }
        if (reasons.isEmpty()) {
            return Optional.empty();
        }
        String all = String.join("; ", reasons);
        return Optional.of(Character.toUpperCase(all.charAt(0)) + all.substring(1)
                + " — check the address and that the cluster runs.");
    }

    /** Empty when something accepts at {@code address}, or that is not known by {@code deadline}. */
    private static Optional<String> whyNotListening(String address, long deadline) {
        int colon = address.lastIndexOf(':');
        int port;
        try {
            port = Integer.parseInt(address.substring(colon + 1));
        } catch (NumberFormatException e) {
            port = -1;
        }
        if (colon <= 0 || port < 0 || port > 65_535) {
            // not host:port: the admin client says what is wrong with it
            return Optional.empty();
        }
        String host = address.substring(0, colon).replace("[", "").replace("]", "");
        InetAddress[] ips;
        try {
            ips = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            return Optional.of("the host of " + address + " is unknown (its name does not resolve)");
        }
        boolean refused = false;
        IOException failure = null;
        // every address the name resolves to, as the Kafka client tries them: localhost may be ::1 and 127.0.0.1
        for (InetAddress ip : ips) {
            long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
            if (left <= 0) {
                return Optional.empty();
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(ip, port), (int) left);
                return Optional.empty();
            } catch (SocketTimeoutException e) {
                return Optional.empty();
            } catch (IOException e) {
                refused |= e instanceof ConnectException && String.valueOf(e.getMessage()).contains("refused");
                failure = failure == null ? e : failure;
            }
        }
        return Optional.of(refused ? "nothing listens on " + address + " (connection refused)"
                : "this machine cannot reach " + address + " (" + (failure.getMessage() == null
                        ? failure.getClass().getSimpleName() : failure.getMessage()) + ")");
    }
}
