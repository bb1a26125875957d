package io.splicer.stitch;

import static io.splicer.stitch.HlsStitcherVodTest.uris;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.splicer.config.PlaybackConfiguration;
import io.splicer.session.InMemorySessionStore;
import io.splicer.session.Session;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** ADS faults become content or slate, never an error; renditions; slate. */
class HlsStitcherFaultTest {

  private final StitchFixture f;

  HlsStitcherFaultTest() throws Exception {
    f = new StitchFixture(Duration.ofMillis(1500), new InMemorySessionStore());
  }

  @AfterEach
  void close() {
    f.close();
  }

  private static final List<String> CONTENT =
      List.of(
          "index_1_8779957",
          "index_1_8779958",
          "index_1_8779959",
          "index_1_8779960",
          "index_1_8779961",
          "index_1_8779962",
          "index_1_8779963",
          "index_1_8779964",
          "index_1_8779965",
          "index_1_8779966");

  @ParameterizedTest
  @ValueSource(strings = {"timeout", "500", "empty", "malformed", "no-streaming-file"})
  void stitch_adsFault_contentPlaysNoError(String fault) throws Exception {
    f.ads =
        uri ->
            switch (fault) {
              case "timeout" -> new StitchFixture.Answer(200, StitchFixture.vast(15), 3500);
              case "500" -> new StitchFixture.Answer(500, "oops", 0);
              case "empty" -> new StitchFixture.Answer(200, "<VAST version=\"4.2\"/>", 0);
              case "malformed" -> new StitchFixture.Answer(200, "<VAST><Ad>", 0);
              default ->
                  new StitchFixture.Answer(
                      200,
                      StitchFixture.vast(15)
                          .replace("delivery=\"streaming\"", "delivery=\"progressive\"")
                          .replace("application/x-mpegURL", "video/mp4"),
                      0);
            };
    String out =
        f.stitch(
            f.config(),
            f.session(),
            0,
            StitchFixture.ORIGIN + "i.m3u8",
            HlsStitcherLiveTest.MT_ORIGIN);
    assertEquals(CONTENT, uris(out));
    assertFalse(out.contains("#EXT-X-CUE-OUT:"), out);
    assertEquals(0, f.stitcher.metrics().failOpen());
  }

  @Test
  void stitch_adsFaultWithSlate_slateFillsTheBreak() throws Exception {
    f.ads = uri -> new StitchFixture.Answer(500, "oops", 0);
    PlaybackConfiguration config =
        f.config().toBuilder().slateAdUrl(StitchFixture.CREATIVES + "slate/index.m3u8").build();
    String out =
        f.stitch(
            config, f.session(), 0, StitchFixture.ORIGIN + "i.m3u8", HlsStitcherLiveTest.MT_ORIGIN);
    List<String> u = uris(out);
    // 2 s slate pieces until the 20.020 s avail is covered (the last one overruns by 1.98 s)
    assertEquals(11, u.stream().filter(x -> x.equals("slate-low-0")).count(), out);
    assertEquals(List.of("index_1_8779959", "slate-low-0"), u.subList(2, 4));
    assertEquals("index_1_8779965", u.get(u.size() - 2)); // content after the avail
  }

  @Test
  void stitch_unexpectedFailure_failsOpenWithAbsoluteUris() throws Exception {
    // a store whose counter writes throw breaks the splice step after the decision
    BrokenCounterStore broken = new BrokenCounterStore();
    try (StitchFixture g = new StitchFixture(Duration.ofSeconds(3), broken)) {
      String out =
          g.stitch(
              g.config(),
              g.session(),
              0,
              StitchFixture.ORIGIN + "i.m3u8",
              HlsStitcherLiveTest.MT_ORIGIN);
      assertTrue(out.contains("http://origin.test/content/index_1_8779957.ts?m=1566416212"), out);
      assertTrue(out.contains("#EXT-X-CUE-OUT:20.020"), out); // the origin's, untouched
      assertEquals(1, g.stitcher.metrics().failOpen());
    }
  }

  @Test
  void stitch_renditions_audioSubtitlesIframesGetTheirAdForms() throws Exception {
    Session s = f.session();
    String mv =
        """
        #EXTM3U
        #EXT-X-MEDIA:TYPE=AUDIO,GROUP-ID="aud",NAME="en",DEFAULT=YES,URI="audio.m3u8"
        #EXT-X-MEDIA:TYPE=SUBTITLES,GROUP-ID="sub",NAME="en",URI="subs.m3u8"
        #EXT-X-STREAM-INF:BANDWIDTH=900000,CODECS="avc1.4d401e",AUDIO="aud",SUBTITLES="sub"
        v.m3u8
        #EXT-X-I-FRAME-STREAM-INF:BANDWIDTH=100000,URI="iframe.m3u8"
        #EXT-X-SESSION-DATA:DATA-ID="x",URI="data.json"
        """;
    String out = f.stitch(f.config(), s, -1, StitchFixture.ORIGIN + "m/main.m3u8", mv);
    assertTrue(out.contains("URI=\"http://origin.test/content/m/data.json\""), out);
    String vod =
        "#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-TARGETDURATION:4\n#EXT-X-PLAYLIST-TYPE:VOD\n"
            + "#EXT-X-CUE-OUT:0\n#EXT-X-CUE-IN\n#EXTINF:4.0,\na.ts\n#EXT-X-ENDLIST\n";
    String audio = f.stitch(f.config(), s, 0, StitchFixture.ORIGIN + "m/audio.m3u8", vod);
    assertEquals("c15-audio-0", uris(audio).get(0), audio);
    String subs = f.stitch(f.config(), s, 1, StitchFixture.ORIGIN + "m/subs.m3u8", vod);
    assertTrue(subs.contains("\n/app/v1/blank/5000.vtt\n"), subs);
    String video = f.stitch(f.config(), s, 2, StitchFixture.ORIGIN + "m/v.m3u8", vod);
    assertEquals("c15-low-0", uris(video).get(0));
    String iframes = f.stitch(f.config(), s, 3, StitchFixture.ORIGIN + "m/iframe.m3u8", vod);
    assertTrue(iframes.contains("#EXT-X-GAP\nhttp://cdn.ads.test/c15/c15-low-0.ts"), iframes);
    assertTrue(iframes.contains("#EXT-X-VERSION:8"), iframes);
    assertEquals(1, f.adsRequests.get());
  }
}
