package io.brokerlab.app.topics;

import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * retention.ms as people write and read it: "7d", "12h" or "90m" typed as well as milliseconds, and a number of
 * milliseconds said in days, hours or minutes, so that 604800000 need not be counted out.
 */
final class RetentionText {

    private static final Pattern TYPED = Pattern.compile("(-?\\d+)\\s*(ms|s|m|min|h|d|w)?");
    private static final Map<String, Long> UNIT_MS = Map.of("ms", 1L, "s", 1_000L, "m", 60_000L, "min", 60_000L,
            "h", 3_600_000L, "d", 86_400_000L, "w", 604_800_000L);
    /** Largest first: a value is said in the largest unit it is a whole number of. */
    private static final long[] SAID_MS = {604_800_000L, 86_400_000L, 3_600_000L, 60_000L, 1_000L};
    private static final String[] SAID = {"week", "day", "hour", "minute", "second"};

    private RetentionText() {
    }

    /** Milliseconds for {@code typed} (a number, or one with a unit: ms, s, m or min, h, d, w); empty if neither. */
    static OptionalLong millis(String typed) {
        Matcher m = TYPED.matcher(typed.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return OptionalLong.empty();
        }
        try {
            long number = Long.parseLong(m.group(1));
            return number == -1 && m.group(2) == null ? OptionalLong.of(-1)
                    : OptionalLong.of(Math.multiplyExact(number, UNIT_MS.get(m.group(2) == null ? "ms" : m.group(2))));
        } catch (ArithmeticException | NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /** {@code ms} in words: "7 days", "90 minutes", "forever" for -1; milliseconds when no larger unit fits whole. */
    static String readable(long ms) {
        if (ms == -1) {
            return "forever";
        }
        for (int i = 0; i < SAID_MS.length; i++) {
            if (ms >= SAID_MS[i] && ms % SAID_MS[i] == 0) {
                long n = ms / SAID_MS[i];
                return n + " " + SAID[i] + (n == 1 ? "" : "s");
            }
        }
        return ms + " ms";
    }
}
