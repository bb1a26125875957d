package io.splicer.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class MediaTimeTest {

  @Test
  void parseSeconds_decimal_exactMicros() {
    assertEquals(6_006_000, MediaTime.parseSeconds("6.006").micros());
    assertEquals(10_000_000, MediaTime.parseSeconds("10").micros());
    assertEquals(-500_000, MediaTime.parseSeconds("-0.5").micros());
    assertEquals(3_066_667, MediaTime.parseSeconds("3.0666667").micros());
    assertEquals(3_066_666, MediaTime.parseSeconds("3.0666664").micros());
    assertEquals(0, MediaTime.parseSeconds(" 0 ").micros());
  }

  @Test
  void parseSeconds_thousandSegmentsOf2002_sumsExactly() {
    MediaTime sum = MediaTime.ZERO;
    for (int i = 0; i < 1000; i++) {
      sum = sum.plus(MediaTime.parseSeconds("2.002"));
    }
    assertEquals(MediaTime.ofSeconds(2002), sum);
  }

  @Test
  void parseSeconds_garbage_throwsNumberFormat() {
    for (String bad : new String[] {"", "abc", "1e3", "1.2.3", "NaN", "-", "."}) {
      assertThrows(NumberFormatException.class, () -> MediaTime.parseSeconds(bad), bad);
    }
  }

  @Test
  void ticks_90kHz_roundTrip() {
    MediaTime t = MediaTime.ofTicks(2_700_000, 90_000);
    assertEquals(MediaTime.ofSeconds(30), t);
    assertEquals(2_700_000, t.toTicks(90_000));
    assertEquals(11, MediaTime.ofTicks(1, 90_000).micros());
  }

  @Test
  void toSecondsString_and_ceil() {
    assertEquals("6.006", MediaTime.parseSeconds("6.006").toSecondsString(3));
    assertEquals("3.067", MediaTime.parseSeconds("3.0666667").toSecondsString(3));
    assertEquals(7, MediaTime.parseSeconds("6.006").toCeilSeconds());
    assertEquals(6, MediaTime.parseSeconds("6.0").toCeilSeconds());
  }
}
