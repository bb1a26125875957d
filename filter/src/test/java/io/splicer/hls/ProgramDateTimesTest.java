package io.splicer.hls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The hand-written PDT parse and format agree with {@code java.time} (RFC 8216 §4.3.2.6). */
class ProgramDateTimesTest {

  private static final DateTimeFormatter PDT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSXXX");

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2026-11-21T10:00:06.000Z",
        "2020-03-26T11:26:25.123Z",
        "2022-04-26T13:11:31.333300Z",
        "2022-04-26T13:11:31.123456789Z",
        "2022-04-26T13:11:31Z",
        "2022-04-26T13:11:31.5+05:30",
        "2022-04-26T13:11:31.5-08:00",
        "2022-04-26T13:11:31.5-00:00",
        "0000-01-01T00:00:00Z",
        "2024-02-29T23:59:59.999+14:00",
        "2022-04-26t13:11:31z",
        "2022-04-26T13:11+01:00",
        "2022-04-26T13:11:31.+01:00",
        "2022-04-26T13:11:31.5+01:00:30",
        "+12022-04-26T13:11:31Z"
      })
  void parse_validDates_sameAsJavaTime(String v) {
    assertEquals(OffsetDateTime.parse(v), ProgramDateTimes.parse(v));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2023-02-29T10:00:00Z",
        "2022-13-01T10:00:00Z",
        "2022-04-26T24:00:00Z",
        "2022-04-26T13:11:60Z",
        "2022-04-26T13:11:31.1234567891Z",
        "2022-04-26T13:11:31+19:00",
        "2022-04-26T13:11:31+05:60",
        "2022-04-26T13:11:31",
        "2022-04-26 13:11:31Z",
        "2022-0a-26T13:11:31Z",
        "2022-04-26T13:11:31.5Zjunk",
        ""
      })
  void parse_invalidDates_sameExceptionAsJavaTime(String v) {
    DateTimeParseException expected =
        assertThrows(DateTimeParseException.class, () -> OffsetDateTime.parse(v));
    DateTimeParseException actual =
        assertThrows(DateTimeParseException.class, () -> ProgramDateTimes.parse(v));
    assertEquals(expected.getMessage(), actual.getMessage());
  }

  @Test
  void format_randomDatesAndOffsets_sameAsFormatter() {
    Random r = new Random(42);
    int[] offsets = {0, 3600, -3600, 19800, -34200, 50400, -64800, 45, -3661};
    for (int i = 0; i < 2000; i++) {
      long epoch = r.nextLong(-62_000_000_000L, 260_000_000_000L);
      int nanos = r.nextInt(1_000_000_000);
      ZoneOffset offset = ZoneOffset.ofTotalSeconds(offsets[i % offsets.length]);
      OffsetDateTime at =
          OffsetDateTime.ofInstant(java.time.Instant.ofEpochSecond(epoch, nanos), offset);
      assertEquals(
          "#EXT-X-PROGRAM-DATE-TIME:" + PDT.format(at), ProgramDateTimes.tag(at), at.toString());
    }
  }

  @Test
  void parse_formatted_roundTripsToTheMillisecond() throws DateTimeException {
    OffsetDateTime at = OffsetDateTime.of(2026, 11, 21, 10, 0, 6, 7_000_000, ZoneOffset.UTC);
    String tag = ProgramDateTimes.tag(at);
    assertEquals(at, ProgramDateTimes.parse(tag.substring(tag.indexOf(':') + 1)));
  }
}
