package io.brokerlab.runtime;

import java.util.Locale;

public enum NodeKind {
    ZOOKEEPER, BROKER;

    public String argument() {
        return name().toLowerCase(Locale.ROOT);
    }

    static NodeKind fromArgument(String argument) {
        for (NodeKind kind : values()) {
            if (kind.argument().equals(argument)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown node kind '" + argument + "' (zookeeper or broker)");
    }
}
