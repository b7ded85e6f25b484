package io.brokerlab.app.console;

/** Where a tail starts; OFFSET, TIMESTAMP and LAST take {@link TailViewModel#startValueProperty()}. */
public enum StartMode {
    BEGINNING("From beginning"), END("From now"), OFFSET("From offset"), TIMESTAMP("From time"),
    LAST("Last N per partition");

    private final String label;

    StartMode(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
