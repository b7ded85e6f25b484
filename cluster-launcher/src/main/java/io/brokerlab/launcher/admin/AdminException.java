package io.brokerlab.launcher.admin;

import io.brokerlab.launcher.cluster.ClusterException;

/** A rejected or failed admin request, described in plain words. */
public class AdminException extends ClusterException {

    public AdminException(String message) {
        super(message);
    }

    public AdminException(String message, Throwable cause) {
        super(message, cause);
    }
}
