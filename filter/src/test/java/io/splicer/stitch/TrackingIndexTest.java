package io.splicer.stitch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TrackingIndexTest {

  private static List<TrackingIndex.Seg> window(long first, long... micros) {
    List<TrackingIndex.Seg> out = new ArrayList<>();
    for (int i = 0; i < micros.length; i++) {
      out.add(new TrackingIndex.Seg(first + i, micros[i]));
    }
    return out;
  }

  @Test
  void see_liveWindowSlides_breakTimedFromSessionZero() {
    TrackingIndex first =
        TrackingIndex.see(null, window(100, 6_000_000, 6_000_000, 4_000_000), Map.of(), Map.of());
    assertEquals(100, first.anchorSequence());
    // two segments slid out (12 s): the window starts at 102, a break opens at 103 (4 s later)
    TrackingIndex later =
        TrackingIndex.see(
            first, window(102, 4_000_000, 2_000_000, 2_000_000), Map.of("b103", 103L), Map.of());
    assertEquals(104L, later.refSequence());
    assertEquals(18_000_000L, later.refMicros());
    assertEquals(16_000_000L, later.avail("b103").startMicros());
    assertSame(
        later,
        TrackingIndex.see(
            later, window(102, 4_000_000, 2_000_000, 2_000_000), Map.of("b103", 103L), Map.of()));
  }

  @Test
  void see_referenceSlidOut_cannotPlace() {
    TrackingIndex first = TrackingIndex.see(null, window(0, 1_000_000), Map.of(), Map.of());
    assertNull(TrackingIndex.see(first, window(50, 1_000_000), Map.of("b50", 50L), Map.of()));
  }

  @Test
  void parse_segmentReference_roundTripsAndRejectsJunk() {
    SegmentRef r = SegmentRef.parse("2", "17-v4p-1-3").orElseThrow();
    assertEquals(new SegmentRef(2, 17, "v4p", 1, 3), r);
    assertEquals("v4p/1", r.adKey());
    assertTrue(SegmentRef.parse("2", "17-v4p-1").isEmpty());
    assertTrue(SegmentRef.parse("x", "17-v4p-1-3").isEmpty());
    assertTrue(SegmentRef.parse("2", "17-V4-1-3").isEmpty());
  }
}
