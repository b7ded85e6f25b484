package io.brokerlab.launcher.config;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ports of a broker's listeners, checked before it starts. Kafka's parser reads "PLAINTEXT://127.0.0.1:99999" or
 * a negative port as valid; the broker then fails as it binds. Port 0, "any free port" to Kafka, is refused too: the
 * launcher and every client need to know the port in advance.
 */
final class ListenerPorts {

    static final List<String> KEYS = List.of("listeners", "advertised.listeners");

    /** The port of one listener: after the last colon, as Kafka's own EndPoint pattern takes it. */
    private static final Pattern PORT = Pattern.compile(":(-?\\d+)\\s*$");

    private ListenerPorts() {
    }

    /** What is wrong with the first listener of {@code listeners} whose port is out of range; empty if none is. */
    static Optional<String> problem(String listeners) {
        for (String listener : listeners.split(",")) {
            Matcher port = PORT.matcher(listener);
            if (!port.find()) {
                continue; // not a port Kafka reads either: its own parse says so
            }
            Optional<String> why;
            try {
                why = outOfRange(Integer.parseInt(port.group(1)));
            } catch (NumberFormatException e) {
                why = Optional.of("port " + port.group(1) + " is out of range: a port is 1 to 65535");
            }
            if (why.isPresent()) {
                return Optional.of(listener.strip() + ": " + why.get());
            }
        }
        return Optional.empty();
    }

    /** Why {@code port} is no port a node can be reached on; empty for 1 to 65535. */
    static Optional<String> outOfRange(int port) {
        if (port == 0) {
            return Optional.of("port 0 lets the system pick a port as the node starts, which nothing could find;"
                    + " give a port from 1 to 65535");
        }
        return port < 0 || port > 65_535 ? Optional.of("port " + port + " is out of range: a port is 1 to 65535")
                : Optional.empty();
    }
}
