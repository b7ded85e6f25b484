package io.brokerlab.app.properties;

/** What the user is told of a failure: the innermost cause says what really went wrong, wrappers do not. */
final class RootCause {

    private RootCause() {
    }

    /** The innermost cause's message, or its type when it has none. */
    static String message(Throwable error) {
        Throwable e = error;
        while (e.getCause() != null && e != e.getCause()) {
            e = e.getCause();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
