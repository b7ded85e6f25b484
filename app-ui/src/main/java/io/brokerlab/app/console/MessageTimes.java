package io.brokerlab.app.console;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * A message time as the console shows it everywhere (table, detail, tail status): in the local zone, with the date
 * when it is not today, so an old message is not mistaken for one of this morning. Any thread.
 */
final class MessageTimes {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

    private MessageTimes() {
    }

    /** In this machine's zone, against today there. */
    static String format(long epochMillis) {
        ZoneId zone = ZoneId.systemDefault();
        return format(epochMillis, zone, LocalDate.now(zone));
    }

    static String format(long epochMillis, ZoneId zone, LocalDate today) {
        ZonedDateTime at = Instant.ofEpochMilli(epochMillis).atZone(zone);
        return (at.toLocalDate().equals(today) ? TIME : DATE_TIME).format(at);
    }
}
