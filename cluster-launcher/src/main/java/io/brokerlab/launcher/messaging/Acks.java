package io.brokerlab.launcher.messaging;

/** The producer acknowledgement levels a user can pick, as Kafka spells them. */
public enum Acks {
    ALL("all"), ONE("1"), NONE("0");

    private final String value;

    Acks(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    public static Acks parse(String text) {
        for (Acks acks : values()) {
            if (acks.value.equals(text)) {
                return acks;
            }
        }
        throw new IllegalArgumentException("acks must be all, 1 or 0, not '" + text + "'");
    }
}
