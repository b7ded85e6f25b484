package io.brokerlab.launcher.verify;

import io.brokerlab.launcher.admin.AdminException;

/**
 * A durability check that stopped without a report, for a reason said in a user's terms with what to do: the topic
 * cannot take its writes, or a step timed out. Kafka's own message, if any, is the cause, never the message.
 */
public final class DurabilityCheckException extends AdminException {

    public DurabilityCheckException(String message) {
        super(message);
    }

    public DurabilityCheckException(String message, Throwable cause) {
        super(message, cause);
    }
}
