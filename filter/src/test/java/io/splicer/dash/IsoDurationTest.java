package io.splicer.dash;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.splicer.core.MediaTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IsoDurationTest {

  @ParameterizedTest
  @CsvSource({
    "PT173402.036S, PT48H10M2.036S",
    "PT346530.250S, PT96H15M30.25S",
    "PT0.000S, PT0S",
    "PT1550252760S, PT430625H46M",
    "PT0H0M10S, PT10S",
    "P1DT1M, PT24H1M",
    "PT476022H9M, PT476022H9M"
  })
  void format_parsedValue_mediaTailorStyle(String in, String out) {
    assertEquals(out, IsoDuration.format(IsoDuration.parse(in).orElseThrow()));
  }

  @ParameterizedTest
  @CsvSource({"P1Y", "PT", "PTS", "PT1.5M", "1S", "PT-1S", "P1M"})
  void parse_unsupportedOrInvalid_empty(String in) {
    assertEquals(Optional.empty(), IsoDuration.parse(in));
  }

  @Test
  void secondsId_wholeAndFraction_singlePeriodIdForm() {
    assertEquals("1550252760.0", IsoDuration.secondsId(MediaTime.ofSeconds(1550252760)));
    assertEquals("12.5", IsoDuration.secondsId(MediaTime.parseSeconds("12.500")));
  }
}
