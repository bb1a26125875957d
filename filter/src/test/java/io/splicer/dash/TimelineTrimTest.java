package io.splicer.dash;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.splicer.core.MediaTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class TimelineTrimTest {

  private static SegmentTemplateInfo template(long pto, long startNumber, TimelineEntry... s) {
    return new SegmentTemplateInfo(
        new Span(0, 0),
        Optional.of(new Span(0, 0)),
        List.of(s),
        1000,
        pto,
        startNumber,
        Optional.empty());
  }

  private static TimelineEntry s(long t, long d, long r) {
    return new TimelineEntry(t < 0 ? OptionalLong.empty() : OptionalLong.of(t), d, r);
  }

  @Test
  void trim_tailFromMidSegment_keepsOverlappingSegmentAndMovesPto() {
    TimelineTrim.Result r =
        TimelineTrim.trim(
            template(10_000, 100, s(10_000, 2000, 9)),
            MediaTime.parseSeconds("5"),
            Optional.empty(),
            Optional.empty());

    assertEquals(15_000, r.presentationTimeOffset());
    assertEquals(102, r.startNumber());
    assertEquals(List.of(s(14_000, 2000, 7)), r.entries());
    assertEquals(8, r.count());
  }

  @Test
  void trim_headEndingOnBoundary_excludesSegmentStartingThere() {
    TimelineTrim.Result r =
        TimelineTrim.trim(
            template(0, 1, s(0, 2000, 4), s(-1, 1000, 0)),
            MediaTime.ZERO,
            Optional.of(MediaTime.ofSeconds(6)),
            Optional.empty());

    assertEquals(List.of(s(0, 2000, 2)), r.entries());
    assertEquals(1, r.startNumber());
    assertEquals(0, r.presentationTimeOffset());
  }

  @Test
  void trim_repeatUntilNext_expandsToTheNextEntry() {
    TimelineTrim.Result r =
        TimelineTrim.trim(
            template(0, 1, s(0, 2000, -1), s(10_000, 1000, 1)),
            MediaTime.ofSeconds(9),
            Optional.empty(),
            Optional.empty());

    assertEquals(List.of(s(8000, 2000, 0), s(10_000, 1000, 1)), r.entries());
    assertEquals(5, r.startNumber());
  }

  @Test
  void trim_windowAfterTimeline_nothingKeptAllDropped() {
    TimelineTrim.Result r =
        TimelineTrim.trim(
            template(0, 7, s(0, 2000, 2)),
            MediaTime.ofSeconds(60),
            Optional.empty(),
            Optional.empty());

    assertEquals(0, r.count());
    assertEquals(10, r.startNumber());
  }
}
