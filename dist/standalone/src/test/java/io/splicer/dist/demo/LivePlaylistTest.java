package io.splicer.dist.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.splicer.core.MediaTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LivePlaylistTest {

  private static List<VodSegment> loop(int n) {
    List<VodSegment> segments = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      segments.add(new VodSegment(String.format("seg_%03d.ts", i), MediaTime.ofSeconds(2)));
    }
    return segments;
  }

  private static LivePlaylist at(long epochMillis) {
    Clock clock = Clock.fixed(Instant.ofEpochMilli(epochMillis), ZoneOffset.UTC);
    return new LivePlaylist(loop(30), "/origin/vod/0/", clock, k -> "0xFC" + k);
  }

  @Test
  void render_windowOfSixCompleteSegments_sequenceFromWallClock() {
    // 1000 s after the epoch: segment 499 [998 s, 1000 s) just completed
    String p = at(1_000_000).render();
    assertTrue(p.contains("#EXT-X-MEDIA-SEQUENCE:494\n"), p);
    assertEquals(6, p.lines().filter(l -> l.startsWith("#EXTINF:2.000,")).count());
    // 494 mod 30 = 14 ... 499 mod 30 = 19
    assertTrue(p.contains("/origin/vod/0/seg_014.ts\n"), p);
    assertTrue(p.endsWith("/origin/vod/0/seg_019.ts\n"), p);
    assertTrue(p.contains("#EXT-X-DISCONTINUITY-SEQUENCE:16\n"), p);
    assertTrue(p.contains("#EXT-X-PROGRAM-DATE-TIME:1970-01-01T00:16:28Z\n"), p);
  }

  @Test
  void render_twoSecondsLater_slidesByOne() {
    String before = at(1_000_000).render();
    String after = at(1_002_000).render();
    assertTrue(before.contains("#EXT-X-MEDIA-SEQUENCE:494\n"));
    assertTrue(after.contains("#EXT-X-MEDIA-SEQUENCE:495\n"), after);
    assertEquals(at(1_001_999).render(), before);
  }

  @Test
  void render_breakStart_cueOutWithDateRangeAndDuration() {
    // break starts at k ≡ 10 (mod 30): k = 490 covers [980 s, 982 s); window 485..490 at 982 s
    String p = at(982_000).render();
    assertTrue(
        p.contains(
            "#EXT-X-PROGRAM-DATE-TIME:1970-01-01T00:16:20Z\n"
                + "#EXT-X-DATERANGE:ID=\"splice-490\",START-DATE=\"1970-01-01T00:16:20Z\","
                + "PLANNED-DURATION=20.000,SCTE35-OUT=0xFC490\n"
                + "#EXT-X-CUE-OUT:DURATION=20.000\n#EXTINF:2.000,\n/origin/vod/0/seg_010.ts\n"),
        p);
  }

  @Test
  void render_insideAndAtEndOfBreak_contAndCueIn() {
    // k = 495: 5 segments into the break; k = 500: back to content
    String inside = at(992_000).render();
    assertTrue(inside.contains("#EXT-X-CUE-OUT-CONT:ElapsedTime=10.000,Duration=20.000\n"), inside);
    String end = at(1_002_000).render();
    assertTrue(end.contains("#EXT-X-CUE-IN\n#EXTINF:2.000,\n/origin/vod/0/seg_020.ts\n"), end);
  }

  @Test
  void render_loopRestartInsideWindow_discontinuityTagged() {
    // k = 510 (≡ 0 mod 30) inside window 507..512
    String p = at(1_026_000).render();
    assertTrue(
        p.contains("#EXT-X-DISCONTINUITY\n#EXT-X-PROGRAM-DATE-TIME:1970-01-01T00:17:00Z\n"), p);
    assertTrue(p.contains("#EXT-X-DISCONTINUITY-SEQUENCE:16\n"), p);
    // when the restart is the first segment of the window the tag is dropped and counted
    String first = at(1_032_000).render();
    assertTrue(
        first.contains("#EXT-X-MEDIA-SEQUENCE:510\n#EXT-X-DISCONTINUITY-SEQUENCE:17\n"), first);
    assertFalse(first.contains("#EXT-X-DISCONTINUITY\n"), first);
  }

  @Test
  void render_withoutEncoder_cueTagsOnly() {
    Clock clock = Clock.fixed(Instant.ofEpochMilli(982_000), ZoneOffset.UTC);
    String p = new LivePlaylist(loop(30), "/o/", clock, null).render();
    assertFalse(p.contains("DATERANGE"), p);
    assertTrue(p.contains("#EXT-X-CUE-OUT:DURATION=20.000\n"), p);
  }

  @Test
  void scte35Cue_isAValidSpliceInsertSection() {
    String hex = Scte35Cues.spliceOutHex(490);
    assertTrue(hex.startsWith("0xFC"), hex);
    io.splicer.scte35.Scte35Result r =
        io.splicer.scte35.Scte35Decoder.decodeHex(hex, io.splicer.scte35.Scte35Mode.STRICT);
    assertEquals(List.of(), r.problems());
    io.splicer.scte35.SpliceInfoSection s = r.section().orElseThrow();
    assertTrue(s.crcValid());
    assertEquals(MediaTime.ofSeconds(20), s.breakDuration().orElseThrow());
  }
}
