package io.brokerlab.app.ui;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** What went wrong in a future: the exception the work threw, not the wrappers the futures put around it. */
public final class Failures {

    private Failures() {
    }

    public static Throwable cause(Throwable error) {
        Throwable t = error;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    /** The cause's own sentence, or its type when it has none. */
    public static String message(Throwable error) {
        Throwable t = cause(error);
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    /** True when the work was replaced by newer work (e.g. another connection chosen): nothing to tell the user. */
    public static boolean superseded(Throwable error) {
        return cause(error) instanceof CancellationException;
    }
}
