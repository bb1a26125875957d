package io.splicer.vast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.splicer.core.MediaTime;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimeOffsetTest {

  @ParameterizedTest
  @CsvSource({
    "start, START, 0",
    "' START ', START, 0",
    "end, END, 0",
    "00:00:15, CLOCK, 15000000",
    "00:10:23.125, CLOCK, 623125000",
    "01:00:00.5, CLOCK, 3600500000",
    "100:00:00, CLOCK, 360000000000",
    "00:00:10.0000005, CLOCK, 10000001",
    "70%, PERCENT, 70",
    "12.5%, PERCENT, 12.5",
    "0%, PERCENT, 0",
    "#1, POSITION, 1",
    "#12, POSITION, 12"
  })
  void parse_everyForm_readsExactly(String text, String kind, String value) {
    TimeOffset t = TimeOffset.parse(text);
    switch (kind) {
      case "START" -> assertEquals(new TimeOffset.Start(), t);
      case "END" -> assertEquals(new TimeOffset.End(), t);
      case "CLOCK" ->
          assertEquals(new TimeOffset.Clock(MediaTime.ofMicros(Long.parseLong(value))), t);
      case "PERCENT" -> assertEquals(new TimeOffset.Percent(new BigDecimal(value)), t);
      default -> assertEquals(new TimeOffset.Position(Integer.parseInt(value)), t);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "middle",
        "10",
        "00:60:00",
        "00:00:60",
        "1:2",
        "00:00:10.",
        "101%",
        "-5%",
        "#0",
        "#",
        "#x",
        "00:00:aa",
        "1e3%"
      })
  void parse_invalid_throwsWithValue(String text) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> TimeOffset.parse(text));
    assertTrue(e.getMessage().contains("[" + text + "]"), e.getMessage());
  }
}
