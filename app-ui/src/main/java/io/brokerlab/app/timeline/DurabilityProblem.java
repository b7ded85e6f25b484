package io.brokerlab.app.timeline;

import io.brokerlab.app.timeline.DurabilityViewModel.Tone;
import io.brokerlab.app.ui.Failures;
import io.brokerlab.launcher.verify.DurabilityCheckException;

/**
 * Why a durability check ended without a report: what happened ({@code title}), the account of it with what to do
 * ({@code detail}), and how bad it is. A check refused before its first send harmed nothing and is fixed by the
 * user (start a broker, let the ISR catch up, pick another topic): a warning. One that stopped after sending, or
 * could not read back, left messages on the topic without a verdict: an error.
 */
public record DurabilityProblem(String title, String detail, Tone tone) {

    /** What the user can do when the failure's own words do not say it. */
    static final String CHECK_AND_RETRY = "Check that the topic exists and its brokers are running (Topics and"
            + " Cluster views), then run the check again.";

    /** {@code error} ended a check after {@code sent} sends, while producing or ({@code readingBack}) after. */
    public static DurabilityProblem of(Throwable error, long sent, boolean readingBack) {
        // the launcher's own account says what happened and what to do; anything else gets the hint
        boolean explained = Failures.cause(error) instanceof DurabilityCheckException;
        String detail = explained ? Failures.message(error) : sentence(Failures.message(error)) + " " + CHECK_AND_RETRY;
        if (readingBack) {
            return new DurabilityProblem("The check could not read its messages back", detail, Tone.BAD);
        }
        if (sent == 0) {
            return new DurabilityProblem("The check did not run", detail, Tone.WARNING);
        }
        return new DurabilityProblem(explained ? "The check stopped" : "The check failed", detail, Tone.BAD);
    }

    /** Kafka's and the admin client's words start lower case and end without a stop: the hint follows them. */
    private static String sentence(String text) {
        String capitalized = text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
        return capitalized.matches(".*[.!?]$") ? capitalized : capitalized + ".";
    }
}
