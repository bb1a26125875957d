package io.splicer.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** IMF-fixdate formatting (RFC 9110 §5.6.7). */
final class HttpDates {
  private HttpDates() {}

  static String format(long epochMillis) {
    return DateTimeFormatter.RFC_1123_DATE_TIME.format(
        Instant.ofEpochMilli(epochMillis).atZone(ZoneOffset.UTC));
  }
}
