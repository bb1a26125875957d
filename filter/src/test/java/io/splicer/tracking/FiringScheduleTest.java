package io.splicer.tracking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.splicer.core.MediaTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FiringScheduleTest {

  private static int segmentOf(FiringSchedule s, String eventKey) {
    return s.all().stream()
        .filter(b -> b.eventKey().equals(eventKey))
        .findFirst()
        .orElseThrow()
        .segmentIndex();
  }

  @Test
  void of_glossaryExample20sAd2sSegments_firesOnDocumentedSegments() {
    // reference §7.2: firstQuartile on the 3rd segment, midpoint 5th, thirdQuartile 8th, complete
    // 10th (1-based); impression and start on the 1st.
    FiringSchedule s = FiringSchedule.of(Ads.ad("a", Ads.segments(10, "2"), Ads.standardBeacons()));
    assertEquals(0, segmentOf(s, "impression"));
    assertEquals(0, segmentOf(s, "start"));
    assertEquals(2, segmentOf(s, "firstQuartile"));
    assertEquals(4, segmentOf(s, "midpoint"));
    assertEquals(7, segmentOf(s, "thirdQuartile"));
    assertEquals(9, segmentOf(s, "complete"));
  }

  @Test
  void of_playerInteractionEvents_areNotServerFired() {
    FiringSchedule s = FiringSchedule.of(Ads.ad("a", Ads.segments(10, "2"), Ads.standardBeacons()));
    List<String> events = s.all().stream().map(ScheduledBeacon::event).toList();
    assertEquals(
        List.of("impression", "start", "firstQuartile", "midpoint", "thirdQuartile", "complete"),
        events);
  }

  @Test
  void of_unevenSegments_quartilesOnContainingSegment() {
    // 6.006 + 6.006 + 2.988 = 15 s: quartiles at 3.75 (seg 0), 7.5 (seg 1), 11.25 (seg 1).
    List<MediaTime> segs =
        List.of(
            MediaTime.parseSeconds("6.006"),
            MediaTime.parseSeconds("6.006"),
            MediaTime.parseSeconds("2.988"));
    FiringSchedule s = FiringSchedule.of(Ads.ad("a", segs, Ads.standardBeacons()));
    assertEquals(0, segmentOf(s, "firstQuartile"));
    assertEquals(1, segmentOf(s, "midpoint"));
    assertEquals(1, segmentOf(s, "thirdQuartile"));
    assertEquals(2, segmentOf(s, "complete"));
    assertEquals(MediaTime.parseSeconds("11.25"), s.all().get(4).adOffset());
  }

  @Test
  void of_singleSegmentAd_everythingOnIt() {
    FiringSchedule s = FiringSchedule.of(Ads.ad("a", Ads.segments(1, "5"), Ads.standardBeacons()));
    assertEquals(6, s.dueOn(0).size());
    assertTrue(s.dueOn(1).isEmpty());
  }

  @Test
  void of_severalImpressions_groupedIntoOneEvent() {
    List<Beacon> b = new ArrayList<>(Ads.standardBeacons());
    b.add(Beacon.of("impression", "http://other.test/imp"));
    FiringSchedule s = FiringSchedule.of(Ads.ad("a", Ads.segments(4, "2"), b));
    ScheduledBeacon imp = s.dueOn(0).get(0);
    assertEquals("impression", imp.event());
    assertEquals(List.of("http://ads.test/impression", "http://other.test/imp"), imp.urls());
  }

  @Test
  void of_progressOffsets_onContainingSegmentAndSeparatelyKeyed() {
    List<Beacon> b =
        List.of(
            Beacon.progress("00:00:05", "http://p/5s"),
            Beacon.progress("00:00:04.000", "http://p/4s"),
            Beacon.progress("50%", "http://p/half"),
            Beacon.progress("00:00:30", "http://p/beyond"),
            Beacon.progress("soon", "http://p/bad"),
            new Beacon("progress", "http://p/none", null));
    FiringSchedule s = FiringSchedule.of(Ads.ad("a", Ads.segments(10, "2"), b));
    // 4 s ends segment 1 (2–4); 5 s lies in segment 2 (4–6); 50 % = 10 s ends segment 4.
    assertEquals(1, segmentOf(s, "progress@4000000"));
    assertEquals(2, segmentOf(s, "progress@5000000"));
    assertEquals(4, segmentOf(s, "progress@10000000"));
    assertEquals(3, s.all().size());
    assertEquals(2, s.problems().size());
    assertTrue(s.problems().get(0).contains("[soon]"), s.problems().toString());
  }

  @Test
  void of_vmapBreakEvents_breakStartFirstBreakEndLast() {
    List<Beacon> b =
        List.of(
            Beacon.of("breakEnd", "http://b/end"),
            Beacon.of("impression", "http://b/imp"),
            Beacon.of("breakStart", "http://b/start"),
            Beacon.of("complete", "http://b/complete"));
    FiringSchedule s = FiringSchedule.of(Ads.ad("a", Ads.segments(3, "2"), b));
    assertEquals(
        List.of("breakStart", "impression"),
        s.dueOn(0).stream().map(ScheduledBeacon::event).toList());
    assertEquals(
        List.of("complete", "breakEnd"), s.dueOn(2).stream().map(ScheduledBeacon::event).toList());
  }

  @Test
  void of_noSegments_emptySchedule() {
    FiringSchedule s = FiringSchedule.of(Ads.ad("a", List.of(), Ads.standardBeacons()));
    assertTrue(s.all().isEmpty());
    assertTrue(s.dueOn(0).isEmpty());
  }

  @Test
  void parse_progressOffsetForms() {
    assertEquals(
        MediaTime.parseSeconds("3725.5"),
        ProgressOffset.parse("01:02:05.500").resolve(MediaTime.ZERO));
    assertEquals(
        MediaTime.parseSeconds("3.75"),
        ProgressOffset.parse("25%").resolve(MediaTime.ofSeconds(15)));
    for (String bad : List.of("", "5", "00:5:00", "101%", "-1%", "00:00:-1", "a:b:c")) {
      IllegalArgumentException e =
          org.junit.jupiter.api.Assertions.assertThrows(
              IllegalArgumentException.class, () -> ProgressOffset.parse(bad), bad);
      assertTrue(e.getMessage().contains("[" + bad + "]"));
    }
  }
}
