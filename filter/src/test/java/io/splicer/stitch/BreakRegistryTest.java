package io.splicer.stitch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

class BreakRegistryTest {

  private static BreakRegistry.Seen opened(long first, long last) {
    return new BreakRegistry.Seen(first, last, true);
  }

  private static BreakRegistry.Seen running(long first, long last) {
    return new BreakRegistry.Seen(first, last, false);
  }

  @Test
  void see_newBreaks_keysByOpeningSequenceAndOrdinals() {
    BreakRegistry.Assigned a =
        BreakRegistry.EMPTY.see(List.of(running(100, 102), opened(110, 114)));
    assertEquals(
        List.of(
            new BreakRegistry.Known("j100", 100, 102, 1),
            new BreakRegistry.Known("b110", 110, 114, 2)),
        a.breaks());
    assertEquals(a.breaks(), a.registry().known());
  }

  @Test
  void see_sameBreaksAgain_sameRegistryAndKeys() {
    BreakRegistry r =
        BreakRegistry.EMPTY.see(List.of(opened(110, 114), opened(130, 131))).registry();
    BreakRegistry.Assigned again = r.see(List.of(opened(110, 114), running(131, 131)));
    assertSame(r, again.registry());
    assertEquals(List.of(r.known().get(0), r.known().get(1)), again.breaks());
  }

  @Test
  void see_knownBreakGrows_rangeExtendedKeyKept() {
    BreakRegistry r = BreakRegistry.EMPTY.see(List.of(opened(110, 112))).registry();
    BreakRegistry.Assigned a = r.see(List.of(running(111, 114)));
    assertNotSame(r, a.registry());
    assertEquals(List.of(new BreakRegistry.Known("b110", 110, 114, 1)), a.registry().known());
    assertEquals("b110", a.breaks().get(0).key());
  }

  @Test
  void see_moreThanMax_oldestDropped() {
    BreakRegistry r = BreakRegistry.EMPTY;
    for (int i = 0; i <= BreakRegistry.MAX; i++) {
      r = r.see(List.of(opened(1000 + 10L * i, 1002 + 10L * i))).registry();
    }
    assertEquals(BreakRegistry.MAX, r.known().size());
    assertEquals("b1010", r.known().get(0).key());
  }

  @Test
  void running_sequencePastFirstWithinRange_knownBreakWithLatestElapsed() {
    BreakRegistry r =
        BreakRegistry.EMPTY
            .see(List.of(new BreakRegistry.Seen(110, 112, true, 4_000_000, 16_000_000)))
            .registry();
    r = r.see(List.of(new BreakRegistry.Seen(110, 114, true, 8_000_000, -1))).registry();
    assertEquals(
        new BreakRegistry.Known("b110", 110, 114, 1, 8_000_000, 16_000_000), r.running(111));
    assertEquals(r.known().get(0), r.running(114));
    assertEquals(null, r.running(110));
    assertEquals(null, r.running(115));
  }
}
