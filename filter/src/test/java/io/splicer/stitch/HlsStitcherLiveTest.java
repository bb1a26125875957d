package io.splicer.stitch;

import static io.splicer.stitch.HlsStitcherVodTest.uris;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.splicer.session.Session;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Live replacement: MediaTailor's documented pair, sliding windows, concurrency. */
class HlsStitcherLiveTest {

  private final StitchFixture f;

  HlsStitcherLiveTest() throws Exception {
    f = new StitchFixture();
  }

  @AfterEach
  void close() {
    f.close();
  }

  /** Reference §3.4 origin media playlist (manifest-hls-example). */
  static final String MT_ORIGIN =
      """
      #EXTM3U
      #EXT-X-VERSION:3
      #EXT-X-TARGETDURATION:7
      #EXT-X-MEDIA-SEQUENCE:8779957
      #EXTINF:6.006,
      index_1_8779957.ts?m=1566416212
      #EXTINF:6.006,
      index_1_8779958.ts?m=1566416212
      #EXTINF:5.372,
      index_1_8779959.ts?m=1566416212
      #EXT-OATCLS-SCTE35:/DAlAAAAAsvhAP/wFAXwAAAGf+/+AdLfiP4AG3dAAAEBAQAAXytxmQ==
      #EXT-X-CUE-OUT:20.020
      #EXTINF:0.634,
      index_1_8779960.ts?m=1566416212
      #EXT-X-CUE-OUT-CONT:ElapsedTime=0.634,Duration=21,SCTE35=/DAlAAAAAsvhAP/wFAXwAAAGf+/+AdLfiP4AG3dAAAEBAQAAXytxmQ==
      #EXTINF:6.006,
      index_1_8779961.ts?m=1566416212
      #EXT-X-CUE-OUT-CONT:ElapsedTime=6.640,Duration=21,SCTE35=/DAlAAAAAsvhAP/wFAXwAAAGf+/+AdLfiP4AG3dAAAEBAQAAXytxmQ==
      #EXTINF:6.006,
      index_1_8779962.ts?m=1566416212
      #EXT-X-CUE-OUT-CONT:ElapsedTime=12.646,Duration=21,SCTE35=/DAlAAAAAsvhAP/wFAXwAAAGf+/+AdLfiP4AG3dAAAEBAQAAXytxmQ==
      #EXTINF:6.006,
      index_1_8779963.ts?m=1566416212
      #EXT-X-CUE-OUT-CONT:ElapsedTime=18.652,Duration=21,SCTE35=/DAlAAAAAsvhAP/wFAXwAAAGf+/+AdLfiP4AG3dAAAEBAQAAXytxmQ==
      #EXTINF:1.368,
      index_1_8779964.ts?m=1566416212
      #EXT-X-CUE-IN
      #EXTINF:4.638,
      index_1_8779965.ts?m=1566416212
      #EXTINF:6.006,
      index_1_8779966.ts?m=1566416212
      """;

  static final String MT_MULTIVARIANT =
      """
      #EXTM3U
      #EXT-X-VERSION:3
      #EXT-X-INDEPENDENT-SEGMENTS
      #EXT-X-STREAM-INF:BANDWIDTH=2665726,AVERAGE-BANDWIDTH=2526299,RESOLUTION=960x540,FRAME-RATE=29.970,CODECS="avc1.640029,mp4a.40.2",SUBTITLES="subtitles"
      index_1.m3u8
      #EXT-X-STREAM-INF:BANDWIDTH=3956044,AVERAGE-BANDWIDTH=3736264,RESOLUTION=1280x720,FRAME-RATE=29.970,CODECS="avc1.640029,mp4a.40.2",SUBTITLES="subtitles"
      index_2.m3u8
      #EXT-X-STREAM-INF:BANDWIDTH=995315,AVERAGE-BANDWIDTH=951107,RESOLUTION=640x360,FRAME-RATE=29.970,CODECS="avc1.4D401E,mp4a.40.2",SUBTITLES="subtitles"
      index_3.m3u8
      #EXT-X-MEDIA:TYPE=SUBTITLES,GROUP-ID="subtitles",NAME="caption_1",DEFAULT=YES,AUTOSELECT=YES,FORCED=NO,LANGUAGE="eng",URI="index_4_0.m3u8"
      """;

  @Test
  void stitch_mediaTailorPair_structurallyAsDocumented() throws Exception {
    Session s = f.session();
    String mv =
        f.stitch(f.config(), s, -1, StitchFixture.ORIGIN + "out/index.m3u8", MT_MULTIVARIANT);
    String prefix = "/app/v1/manifest/h/cfg/" + s.id() + "/";
    List<String> lines = mv.lines().toList();
    assertEquals(MT_MULTIVARIANT.lines().toList().get(3), lines.get(3)); // attributes untouched
    assertEquals(prefix + "0.m3u8", lines.get(4));
    assertEquals(prefix + "1.m3u8", lines.get(6));
    assertEquals(prefix + "2.m3u8", lines.get(8));
    assertTrue(lines.get(9).endsWith("URI=\"" + prefix + "3.m3u8\""), lines.get(9));

    String out = f.stitch(f.config(), s, 0, StitchFixture.ORIGIN + "out/index_1.m3u8", MT_ORIGIN);
    assertTrue(out.contains("#EXT-X-MEDIA-SEQUENCE:8779957\n#EXT-X-DISCONTINUITY-SEQUENCE:0\n"));
    assertFalse(out.contains("CUE") || out.contains("OATCLS"), out);
    // 15 s of ads (the 10 s ad does not fit the rest of 20.020 s), resume at the content segment
    // containing the end of the ads (8779963), as MediaTailor's personalised example does.
    assertEquals(
        List.of(
            "index_1_8779957",
            "index_1_8779958",
            "index_1_8779959",
            "c15-high-0",
            "c15-high-1",
            "c15-high-2",
            "index_1_8779963",
            "index_1_8779964",
            "index_1_8779965",
            "index_1_8779966"),
        uris(out));
    assertTrue(
        out.contains(
            "http://origin.test/content/out/index_1_8779959.ts?m=1566416212\n"
                + "#EXT-X-DISCONTINUITY\n#EXTINF:5.0,\nhttp://cdn.ads.test/c15/c15-high-0.ts"),
        out);
    assertTrue(out.contains("c15-high-2.ts\n#EXT-X-DISCONTINUITY\n#EXTINF:6.006,\n"), out);
    assertTrue(f.adsRequests.get() == 1);
  }

  @Test
  void stitch_liveRefreshedAcrossFourBreaks_countersMonotonicAndNumberingStable() throws Exception {
    Session s = f.session();
    Map<Long, String> bySequence = new HashMap<>();
    long lastMediaSequence = -1;
    long lastDiscontinuity = -1;
    int personalisedWindows = 0;
    for (long first = 0; first < 100; first++) {
      String out = f.stitch(f.config(), s, 0, StitchFixture.ORIGIN + "live.m3u8", live(first));
      long ms = header(out, "#EXT-X-MEDIA-SEQUENCE:");
      long ds = header(out, "#EXT-X-DISCONTINUITY-SEQUENCE:");
      assertTrue(ms >= lastMediaSequence, "media sequence went back at " + first + "\n" + out);
      assertTrue(ds >= lastDiscontinuity, "discontinuity sequence went back at " + first);
      lastMediaSequence = ms;
      lastDiscontinuity = ds;
      List<String> u = uris(out);
      for (int i = 0; i < u.size(); i++) {
        String before = bySequence.putIfAbsent(ms + i, u.get(i));
        assertEquals(before == null ? u.get(i) : before, u.get(i), "sequence " + (ms + i));
      }
      if (u.stream().anyMatch(x -> x.startsWith("c15"))) {
        personalisedWindows++;
      }
    }
    assertEquals(4, f.adsRequests.get()); // breaks at 10, 35, 60, 85: one ADS call each
    assertTrue(personalisedWindows > 40, "windows with ads: " + personalisedWindows);
    assertTrue(lastDiscontinuity >= 8, "two discontinuities per filled break");
  }

  @Test
  void stitch_concurrentRenditions_oneAdsCallOnePlan() throws Exception {
    f.ads = uri -> new StitchFixture.Answer(200, StitchFixture.vast(15, 10), 400);
    Session s = f.session();
    f.stitch(f.config(), s, -1, StitchFixture.ORIGIN + "out/index.m3u8", MT_MULTIVARIANT);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<String>> calls = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        int n = i % 3;
        calls.add(() -> f.stitch(f.config(), s, n, StitchFixture.ORIGIN + "out/x.m3u8", MT_ORIGIN));
      }
      List<Future<String>> results = pool.invokeAll(calls);
      for (Future<String> r : results) {
        List<String> u = uris(r.get());
        assertEquals(3, u.stream().filter(x -> x.startsWith("c15-")).count(), r.get());
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(1, f.adsRequests.get());
  }

  /**
   * An origin that marks breaks with EXT-X-CUE-OUT and EXT-X-CUE-IN only (no CUE-OUT-CONT): once
   * the CUE-OUT slid out of the window, the window starts inside the break with no marker saying
   * so; the session's break registry knows the break by its sequence range and continues it.
   */
  @Test
  void stitch_windowStartsInBreakWithoutCueOutCont_sameAsWithCueOutCont() throws Exception {
    Session withCont = f.session();
    Session without = f.session();
    for (long first = 5; first <= 40; first++) {
      String expected =
          f.stitch(f.config(), withCont, 0, StitchFixture.ORIGIN + "live.m3u8", live(first));
      String actual =
          f.stitch(f.config(), without, 0, StitchFixture.ORIGIN + "live.m3u8", live(first, false));
      assertEquals(uris(expected), uris(actual), "window " + first + "\n" + actual);
      assertEquals(
          header(expected, "#EXT-X-MEDIA-SEQUENCE:"), header(actual, "#EXT-X-MEDIA-SEQUENCE:"));
      assertEquals(
          header(expected, "#EXT-X-DISCONTINUITY-SEQUENCE:"),
          header(actual, "#EXT-X-DISCONTINUITY-SEQUENCE:"));
    }
    assertEquals(4, f.adsRequests.get()); // breaks at 10 and 35, once per session
  }

  /** A live window of 6 × 2 s segments from {@code first}; 8-segment breaks every 25 from 10. */
  static String live(long first) {
    return live(first, true);
  }

  /** As {@link #live(long)}; without {@code cont} no EXT-X-CUE-OUT-CONT inside the breaks. */
  static String live(long first, boolean cont) {
    StringBuilder sb =
        new StringBuilder("#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-TARGETDURATION:2\n")
            .append("#EXT-X-MEDIA-SEQUENCE:")
            .append(first)
            .append('\n');
    for (long k = first; k < first + 6; k++) {
      long in = (k - 10) % 25;
      if (k >= 10 && in == 0) {
        sb.append("#EXT-X-CUE-OUT:16.000\n");
      } else if (cont && k >= 10 && in > 0 && in < 8) {
        sb.append("#EXT-X-CUE-OUT-CONT:ElapsedTime=").append(in * 2).append(".000,Duration=16\n");
      } else if (k >= 10 && in == 8) {
        sb.append("#EXT-X-CUE-IN\n");
      }
      sb.append("#EXTINF:2.000,\nseg").append(k).append(".ts\n");
    }
    return sb.toString();
  }

  static long header(String playlist, String prefix) {
    return playlist
        .lines()
        .filter(l -> l.startsWith(prefix))
        .mapToLong(l -> Long.parseLong(l.substring(prefix.length()).strip()))
        .findFirst()
        .orElse(0);
  }
}
