package io.brokerlab.app.console;

import io.brokerlab.launcher.messaging.StartPosition;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the tail's toolbar fields say, read and worded back: where a tail starts and which partitions it reads.
 * Any thread.
 */
final class TailStartText {

    private TailStartText() {
    }

    /**
     * The start position from the mode and its value: an offset; a time as epoch seconds (10 digits, as
     * {@code date +%s} prints) or milliseconds (13 digits), an ISO-8601 instant ({@code 2026-11-25T01:00:00Z}), a
     * local {@code HH:mm[:ss[.SSS]]} (yesterday's when that time has not come yet today), a local
     * {@code yyyy-MM-dd HH:mm[:ss[.SSS]]} (the two forms the table shows a message's time in), or a span back from
     * now ({@code 5m}, {@code 30s}, {@code 2h}); a count per partition.
     */
    static StartPosition startPosition(StartMode mode, String value, ZonedDateTime now) {
        String v = value == null ? "" : value.strip();
        try {
            return switch (mode) {
                case BEGINNING -> new StartPosition.Beginning();
                case END -> new StartPosition.End();
                case OFFSET -> new StartPosition.AtOffset(atLeastZero(Long.parseLong(v),
                        "The offset must be 0 or more: offsets count a partition's messages from 0"));
                case LAST -> new StartPosition.LastPerPartition(atLeastZero(Long.parseLong(v),
                        "N must be 0 or more messages per partition"));
                case TIMESTAMP -> new StartPosition.AtTimestamp(parseTime(v, now));
            };
        } catch (NumberFormatException | java.time.DateTimeException e) {
            throw new IllegalArgumentException(switch (mode) {
                case OFFSET -> "The offset must be a number";
                case LAST -> "N must be a number of messages";
                default -> "The time must be like 5m (ago), 14:05, 14:05:12.345, 2026-11-25 14:05:12.345 (local"
                        + " time, as the table shows it), 2026-11-25T01:00:00Z or epoch seconds or milliseconds";
            });
        }
    }

    private static long atLeastZero(long n, String otherwise) {
        if (n < 0) {
            throw new IllegalArgumentException(otherwise);
        }
        return n;
    }

    /** As the table shows a time ({@link MessageTimes}), also cut to the minute or second, and 9:05 for 09:05. */
    private static final DateTimeFormatter LOCAL_TIME = new DateTimeFormatterBuilder().appendPattern("H:mm")
            .optionalStart().appendPattern(":ss").optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true)
            .toFormatter(Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter LOCAL_DATE_TIME = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE).appendLiteral(' ').append(LOCAL_TIME)
            .toFormatter(Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);

    /** Where a tail starts, for its status line: the time a TIMESTAMP value resolved to. */
    static String describe(StartPosition start) {
        if (start instanceof StartPosition.AtOffset at) {
            return "from offset " + String.format(Locale.ROOT, "%,d", at.offset());
        }
        if (start instanceof StartPosition.AtTimestamp at) {
            return "from " + MessageTimes.format(at.epochMillis());
        }
        if (start instanceof StartPosition.LastPerPartition last) {
            return "last " + String.format(Locale.ROOT, "%,d", last.count()) + " per partition";
        }
        return start instanceof StartPosition.End ? "from now" : "from the beginning";
    }

    /** "all" or nothing for every partition, else partition numbers separated by commas ({@code 0,2}). */
    static Set<Integer> parsePartitions(String text) {
        String all = text == null ? "" : text.strip();
        if (all.isEmpty() || all.equalsIgnoreCase("all")) {
            return Set.of();
        }
        Set<Integer> out = new TreeSet<>();
        for (String part : all.split(",")) {
            String p = part.strip();
            if (!p.matches("\\d{1,9}")) {
                throw new IllegalArgumentException("Partitions are all, or numbers separated by commas like 0,2 (not '"
                        + p + "')");
            }
            out.add(Integer.parseInt(p));
        }
        return out;
    }

    private static long parseTime(String v, ZonedDateTime now) {
        if (v.matches("\\d{10}")) {
            return Long.parseLong(v) * 1000;
        }
        if (v.matches("\\d{13}")) {
            return Long.parseLong(v);
        }
        if (v.matches("\\d+")) {
            throw new IllegalArgumentException("An epoch time has 10 digits (seconds) or 13 (milliseconds), not "
                    + v.length());
        }
        if (v.matches("\\d+[smh]")) {
            long n = Long.parseLong(v.substring(0, v.length() - 1));
            java.time.temporal.ChronoUnit unit = switch (v.charAt(v.length() - 1)) {
                case 's' -> java.time.temporal.ChronoUnit.SECONDS;
                case 'm' -> java.time.temporal.ChronoUnit.MINUTES;
                default -> java.time.temporal.ChronoUnit.HOURS;
            };
            return now.minus(n, unit).toInstant().toEpochMilli();
        }
        if (v.matches("\\d{4}-\\d{2}-\\d{2} .*")) {
            return LocalDateTime.parse(v, LOCAL_DATE_TIME).atZone(now.getZone()).toInstant().toEpochMilli();
        }
        if (v.matches("\\d{1,2}:.*")) {
            ZonedDateTime at = LocalTime.parse(v, LOCAL_TIME).atDate(now.toLocalDate()).atZone(now.getZone());
            // 23:50 typed at 00:10 means ten minutes past 23:50 yesterday, not a time still to come
            return (at.isAfter(now) ? at.minusDays(1) : at).toInstant().toEpochMilli();
        }
        return Instant.parse(v).toEpochMilli();
    }}
