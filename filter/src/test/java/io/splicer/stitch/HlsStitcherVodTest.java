package io.splicer.stitch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.splicer.session.Session;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** VOD stitching with the seed examples (reference §3.4 "VOD post-roll", "VOD pods"). */
class HlsStitcherVodTest {

  private final StitchFixture f;

  HlsStitcherVodTest() throws Exception {
    f = new StitchFixture();
  }

  @AfterEach
  void close() {
    f.close();
  }

  private static final String HEAD =
      "#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-TARGETDURATION:4\n#EXT-X-MEDIA-SEQUENCE:0\n"
          + "#EXT-X-PLAYLIST-TYPE:VOD\n";

  private static final String POD_AD_LINES =
      "#EXTINF:5.0,\nhttp://cdn.ads.test/c15/c15-low-0.ts\n"
          + "#EXTINF:5.0,\nhttp://cdn.ads.test/c15/c15-low-1.ts\n"
          + "#EXTINF:5.0,\nhttp://cdn.ads.test/c15/c15-low-2.ts\n"
          + "#EXT-X-DISCONTINUITY\n"
          + "#EXTINF:5.0,\nhttp://cdn.ads.test/c10/c10-low-0.ts\n"
          + "#EXTINF:5.0,\nhttp://cdn.ads.test/c10/c10-low-1.ts\n";

  @Test
  void stitch_seedPostRoll_adsAfterLastSegmentBeforeEndlist() throws Exception {
    String origin =
        HEAD
            + "#EXTINF:4.000,\nIntro.ts\n"
            + "#EXT-X-CUE-OUT: 0\n#EXT-X-CUE-IN\n#EXTINF:4.000,\nVideocontent.ts\n#EXT-X-ENDLIST\n";
    // a marker on the only segment is a pre-roll (hls CueDetector); with two it is the post-roll
    String out =
        f.stitch(f.config(), f.session(), 0, StitchFixture.ORIGIN + "v/index.m3u8", origin);
    assertTrue(
        out.endsWith(
            "#EXTINF:4.000,\nhttp://origin.test/content/v/Videocontent.ts\n"
                + "#EXT-X-DISCONTINUITY\n"
                + POD_AD_LINES
                + "#EXT-X-ENDLIST\n"),
        out);
    assertFalse(out.contains("CUE-"), out);
    assertEquals(1, f.adsRequests.get());
  }

  @Test
  void stitch_seedAdPod_preMidAndPostRollOneAdsCallPerBreak() throws Exception {
    String origin =
        HEAD
            + "#EXT-X-CUE-OUT: 0\n#EXT-X-CUE-IN\n#EXTINF:4.000,\nSomecontent1.ts\n"
            + "#EXT-X-CUE-OUT: 0\n#EXT-X-CUE-IN\n#EXTINF:4.000,\nSomecontent2.ts\n"
            + "#EXT-X-CUE-OUT: 0\n#EXT-X-CUE-IN\n#EXTINF:4.000,\nVideocontent.ts\n#EXT-X-ENDLIST\n";
    Session s = f.session();
    String out = f.stitch(f.config(), s, 0, StitchFixture.ORIGIN + "index.m3u8", origin);
    List<String> uris = uris(out);
    assertEquals(
        List.of(
            "c15-low-0",
            "c15-low-1",
            "c15-low-2",
            "c10-low-0",
            "c10-low-1",
            "Somecontent1",
            "c15-low-0",
            "c15-low-1",
            "c15-low-2",
            "c10-low-0",
            "c10-low-1",
            "Somecontent2",
            "Videocontent",
            "c15-low-0",
            "c15-low-1",
            "c15-low-2",
            "c10-low-0",
            "c10-low-1"),
        uris);
    assertEquals(3, f.adsRequests.get());
    // a second rendition of the same session reuses the three decisions
    f.stitch(f.config(), s, 1, StitchFixture.ORIGIN + "index.m3u8", origin);
    assertEquals(3, f.adsRequests.get());
  }

  @Test
  void stitch_seedStackedInvalid_singleBreak() throws Exception {
    String origin =
        HEAD
            + "#EXT-X-CUE-OUT: 0\n#EXT-X-CUE-IN\n#EXT-X-CUE-OUT: 0\n#EXT-X-CUE-IN\n"
            + "#EXT-X-CUE-OUT: 0\n#EXT-X-CUE-IN\n#EXTINF:4.000,\nVideocontent.ts\n#EXT-X-ENDLIST\n";
    String out = f.stitch(f.config(), f.session(), 0, StitchFixture.ORIGIN + "index.m3u8", origin);
    assertEquals(1, f.adsRequests.get());
    assertEquals(1, uris(out).stream().filter(u -> u.equals("c15-low-0")).count(), out);
    assertTrue(out.contains(POD_AD_LINES + "#EXT-X-DISCONTINUITY\n#EXTINF:4.000,\n"), out);
  }

  @Test
  void stitch_vodWithoutMarkersAndVast_preRoll() throws Exception {
    String origin = HEAD + "#EXTINF:4.0,\na.ts\n#EXTINF:4.0,\nb.ts\n#EXT-X-ENDLIST\n";
    String out = f.stitch(f.config(), f.session(), 0, StitchFixture.ORIGIN + "index.m3u8", origin);
    assertEquals(
        List.of("c15-low-0", "c15-low-1", "c15-low-2", "c10-low-0", "c10-low-1", "a", "b"),
        uris(out));
    assertFalse(out.contains("CUE"), out);
  }

  @Test
  void stitch_vodWithoutMarkersAndVmap_breaksAtOffsets() throws Exception {
    f.ads =
        uri ->
            new StitchFixture.Answer(
                200,
                "<vmap:VMAP xmlns:vmap=\"http://www.iab.net/videosuite/vmap\" version=\"1.0\">"
                    + adBreak("start", 10)
                    + adBreak("00:00:05.000", 15)
                    + adBreak("end", 10)
                    + "</vmap:VMAP>",
                0);
    String origin =
        HEAD + "#EXTINF:4.0,\na.ts\n#EXTINF:4.0,\nb.ts\n#EXTINF:4.0,\nc.ts\n#EXT-X-ENDLIST\n";
    String out = f.stitch(f.config(), f.session(), 0, StitchFixture.ORIGIN + "index.m3u8", origin);
    assertEquals(
        List.of(
            "c10-low-0",
            "c10-low-1",
            "a",
            "c15-low-0",
            "c15-low-1",
            "c15-low-2",
            "b",
            "c",
            "c10-low-0",
            "c10-low-1"),
        uris(out),
        out);
    assertEquals(1, f.adsRequests.get());
  }

  @Test
  void rewrite_notAPlaylist_unparseable() {
    assertThrows(
        UnparseableManifestException.class,
        () -> f.stitch(f.config(), f.session(), 0, StitchFixture.ORIGIN + "x.m3u8", "<html>"));
  }

  private static String adBreak(String offset, int seconds) {
    String vast = StitchFixture.vast(seconds).replace(" sequence=\"1\"", "");
    return "<vmap:AdBreak timeOffset=\""
        + offset
        + "\" breakType=\"linear\"><vmap:AdSource><vmap:VASTAdData>"
        + vast
        + "</vmap:VASTAdData></vmap:AdSource></vmap:AdBreak>";
  }

  /** The segment URIs, reduced to their file names without extension. */
  static List<String> uris(String playlist) {
    return playlist
        .lines()
        .filter(l -> !l.isBlank() && !l.startsWith("#"))
        .map(l -> l.substring(l.lastIndexOf('/') + 1).replaceFirst("\\.[a-z0-9]+(\\?.*)?$", ""))
        .toList();
  }
}
