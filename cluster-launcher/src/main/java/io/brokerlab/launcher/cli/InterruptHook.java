package io.brokerlab.launcher.cli;

/**
 * Ctrl-C runs the JVM's shutdown hooks and then halts, without unwinding the command. A command that runs until
 * interrupted registers here what ends it quietly, and closes the hook when it ends by itself.
 */
final class InterruptHook implements AutoCloseable {

    private final Thread hook;

    private InterruptHook(Thread hook) {
        this.hook = hook;
    }

    static InterruptHook register(String name, Runnable onInterrupt) {
        Thread hook = new Thread(onInterrupt, name);
        Runtime.getRuntime().addShutdownHook(hook);
        return new InterruptHook(hook);
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // Already shutting down: the hook is running or has run, and does what the command's end would.
        }
    }
}
