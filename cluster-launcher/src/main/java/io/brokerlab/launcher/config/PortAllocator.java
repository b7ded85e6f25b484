package io.brokerlab.launcher.config;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.IntStream;

/** Finds loopback ports nobody listens on. */
public final class PortAllocator {

    private static final int MAX_ATTEMPTS_PER_PORT = 20;

    private PortAllocator() {
    }

    /**
     * Ports are recorded now and bound later, so they are taken below every OS's ephemeral range
     * (Linux 32768+, Windows and macOS 49152+): a port the OS hands out as the source of some
     * outgoing connection in between would make a ZooKeeper election port or an agent fail to bind.
     */
    static final int FIRST_PORT = 27_000;
    static final int LAST_PORT = 32_767;
    private static final int MAX_PORT = 65_535;

    /**
     * {@code count} distinct ports that were free a moment ago and are not in {@code avoid}. All sockets stay
     * open until every port is chosen, otherwise the kernel could hand out the same port twice.
     */
    public static List<Integer> freePorts(int count, Set<Integer> avoid) {
        List<ServerSocket> held = new ArrayList<>();
        List<Integer> ports = new ArrayList<>();
        try {
            int attempts = 0;
            while (ports.size() < count) {
                if (++attempts > count * MAX_ATTEMPTS_PER_PORT) {
                    throw new IllegalStateException("could not find " + count + " free ports on 127.0.0.1");
                }
                int candidate = java.util.concurrent.ThreadLocalRandom.current().nextInt(FIRST_PORT, LAST_PORT + 1);
                if (avoid.contains(candidate) || ports.contains(candidate)) {
                    continue;
                }
                ServerSocket socket = new ServerSocket();
                held.add(socket);
                socket.setReuseAddress(false);
                try {
                    socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), candidate));
                    ports.add(candidate);
                } catch (IOException taken) {
                    // in use: try another
                }
            }
            return List.copyOf(ports);
        } catch (IOException e) {
            throw new IllegalStateException("cannot open a socket on 127.0.0.1: " + e.getMessage(), e);
        } finally {
            held.forEach(PortAllocator::closeQuietly);
        }
    }

    /**
     * The first of {@code count} neighbouring ports from {@code from} on that can all be bound now and are not in
     * {@code avoid}: where a cluster's client ports go when the usual ones are taken (its nodes number their ports
     * one after another).
     */
    public static OptionalInt firstFreeRun(int from, int count, Set<Integer> avoid) {
        for (int first = from; first + count - 1 <= MAX_PORT; first++) {
            int base = first;
            if (IntStream.range(base, base + count).allMatch(port -> !avoid.contains(port) && canBind(port))) {
                return OptionalInt.of(base);
            }
        }
        return OptionalInt.empty();
    }

    /** Empty if 127.0.0.1:port can be bound now, else why not, naming the holder when the OS tells. */
    public static Optional<String> checkAvailable(int port) {
        if (canBind(port)) {
            return Optional.empty();
        }
        String message = "port " + port + " is already in use";
        return Optional.of(PortHolderLookup.describeListener(port).map(holder -> message + " by " + holder)
                .orElse(message));
    }

    private static boolean canBind(int port) {
        // default options on purpose: ZooKeeper and Kafka bind the same way, so TIME_WAIT leftovers do not count
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void closeQuietly(ServerSocket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // nothing was promised about sockets we only used to reserve a port
        }
    }
}
