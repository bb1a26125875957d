package io.splicer.stitch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DashTrackingIndexTest {

  private static DashTrackingIndex.Ad ad(String period, int n, long startSeconds, long seconds) {
    return new DashTrackingIndex.Ad(
        period,
        period + "_" + n,
        "dash/" + period + "/7",
        -1,
        n - 1,
        startSeconds * 1_000_000,
        seconds * 1_000_000);
  }

  @Test
  void see_samePlacement_returnsTheCurrentIndex() {
    DashTrackingIndex first =
        DashTrackingIndex.see(null, true, "2024-01-01T00:00:00Z", List.of(ad("101", 1, 10, 15)));
    assertSame(
        first,
        DashTrackingIndex.see(first, true, "2024-01-01T00:00:00Z", List.of(ad("101", 1, 10, 15))));
    assertSame(first, DashTrackingIndex.see(first, true, "2024-01-01T00:00:00Z", List.of()));
  }

  @Test
  void see_newAndCutAds_addedAndReplacedInTimeOrder() {
    DashTrackingIndex one =
        DashTrackingIndex.see(
            null, true, null, List.of(ad("101", 2, 25, 10), ad("101", 1, 10, 15)));
    assertEquals(List.of("101_1", "101_2"), one.ads().stream().map(a -> a.periodId()).toList());
    DashTrackingIndex cut = DashTrackingIndex.see(one, true, null, List.of(ad("101", 2, 25, 5)));
    assertEquals(2, cut.ads().size());
    assertEquals(5_000_000L, cut.ad("101", "101_2").durationMicros());
    assertNull(cut.ad("102", "101_2"), "the avail id must match too");
  }

  @Test
  void see_manyAds_newestKept() {
    List<DashTrackingIndex.Ad> placed = new ArrayList<>();
    for (int i = 0; i < DashTrackingIndex.MAX + 10; i++) {
      placed.add(ad("p" + i, 1, i * 30L, 10));
    }
    DashTrackingIndex index = DashTrackingIndex.see(null, true, null, placed);
    assertEquals(DashTrackingIndex.MAX, index.ads().size());
    assertEquals("p10_1", index.ads().get(0).periodId());
  }

  @Test
  void serialization_roundTrip_equal() throws Exception {
    DashTrackingIndex index =
        DashTrackingIndex.see(null, false, null, List.of(ad("1_PT0S", 1, 0, 10)));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(index);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      assertEquals(index, in.readObject());
    }
  }

  @Test
  void adKey_vodBreakAndDecisionAd_distinct() {
    DashTrackingIndex.Ad vod =
        new DashTrackingIndex.Ad("1_PT0S", "1_PT0S_0", "dash-vod", 0, 1, 0, 10);
    assertEquals("dash-vod/0#1", vod.adKey());
    assertEquals("dash-vod/0", vod.breakKey());
    assertEquals("dash/101/7#0", ad("101", 1, 10, 15).adKey());
  }
}
