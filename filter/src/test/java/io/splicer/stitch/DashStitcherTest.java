package io.splicer.stitch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.splicer.config.DashConfiguration;
import io.splicer.config.PlaybackConfiguration;
import io.splicer.dash.IsoDuration;
import io.splicer.dash.MpdDocument;
import io.splicer.dash.MpdPeriod;
import io.splicer.dash.MpdReader;
import io.splicer.session.InMemorySessionStore;
import io.splicer.session.Session;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** VOD breaks (VMAP without markers, SCTE-35 markers), explicit session URL rules. */
class DashStitcherTest {

  static final String VOD_URL = StitchFixture.ORIGIN + "show/vod.mpd";

  private final StitchFixture f;

  DashStitcherTest() throws Exception {
    f = new StitchFixture(Duration.ofMillis(1500), new InMemorySessionStore());
  }

  @AfterEach
  void close() {
    f.close();
  }

  static String resource(String path) {
    try (InputStream in = DashStitcherTest.class.getResourceAsStream("/" + path)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Each output Period as {@code id@start}. */
  static List<String> periods(String mpd) throws Exception {
    MpdDocument doc = MpdReader.read(mpd.getBytes(StandardCharsets.UTF_8));
    List<String> out = new ArrayList<>();
    for (MpdPeriod p : doc.periods()) {
      out.add(p.idOrIndex() + "@" + IsoDuration.format(p.start()));
    }
    return out;
  }

  static String vmap(String... breaks) {
    StringBuilder sb =
        new StringBuilder(
            "<vmap:VMAP xmlns:vmap=\"http://www.iab.net/videosuite/vmap\" version=\"1.0\">");
    for (String b : breaks) {
      String[] parts = b.split("=");
      String vast =
          StitchFixture.dashVast(Integer.parseInt(parts[1])).replace(" sequence=\"1\"", "");
      sb.append("<vmap:AdBreak timeOffset=\"")
          .append(parts[0])
          .append("\" breakType=\"linear\"><vmap:AdSource><vmap:VASTAdData>")
          .append(vast)
          .append("</vmap:VASTAdData></vmap:AdSource></vmap:AdBreak>");
    }
    return sb.append("</vmap:VMAP>").toString();
  }

  @Test
  void rewrite_vodWithoutMarkersAndVmap_twoBreaksInsertedAtOffsets() throws Exception {
    f.ads = uri -> new StitchFixture.Answer(200, vmap("start=10", "00:00:25.000=6"), 0);
    String out =
        f.stitchDash(f.config(), f.session(), VOD_URL, resource("stitch/dash/vod-60s.mpd"));
    // pre-roll 10 s; mid-roll at 25 s rounds down to the 24 s segment start (reference §5)
    assertEquals(
        List.of("1_PT0S_0@PT0S", "1_PT10S@PT10S", "1_PT24S_0@PT34S", "1_PT40S@PT40S"),
        periods(out),
        out);
    assertTrue(out.contains("mediaPresentationDuration=\"PT1M16S\""), out);
    assertTrue(out.contains("<BaseURL>" + StitchFixture.CREATIVES + "c10/</BaseURL>"), out);
    assertTrue(out.contains("<BaseURL>" + StitchFixture.CREATIVES + "c6/</BaseURL>"), out);
    assertTrue(out.contains("<BaseURL>" + StitchFixture.ORIGIN + "show/</BaseURL>"), out);
    assertEquals(1, f.adsRequests.get());
  }

  @Test
  void rewrite_vodWithoutMarkersAndVast_onePreRoll() throws Exception {
    f.ads = uri -> new StitchFixture.Answer(200, StitchFixture.dashVast(15, 10), 0);
    String out =
        f.stitchDash(f.config(), f.session(), VOD_URL, resource("stitch/dash/vod-60s.mpd"));
    assertEquals(List.of("1_PT0S_0@PT0S", "1_PT0S_1@PT15S", "1_PT25S@PT25S"), periods(out), out);
  }

  @Test
  void rewrite_vodSinglePeriodWithTwoMarkers_multiPeriodOutputAdsReplaceContent() throws Exception {
    f.ads =
        uri ->
            new StitchFixture.Answer(
                200, StitchFixture.dashVast(uri.getQuery().contains("d=10") ? 10 : 6), 0);
    PlaybackConfiguration config =
        f.config().toBuilder()
            .dashConfiguration(
                new DashConfiguration(null, DashConfiguration.OriginManifestType.SINGLE_PERIOD))
            .build();
    Session s = f.session();
    String out = f.stitchDash(config, s, VOD_URL, resource("stitch/dash/vod-markers.mpd"));
    // single-period ids (reference §4.2): content 0.0, ad {t}.0_1, content after the avail
    assertEquals(
        List.of("0.0@PT0S", "20.0_1@PT20S", "20.0@PT30S", "40.0_1@PT40S", "40.0@PT46S"),
        periods(out),
        out);
    assertTrue(out.contains("mediaPresentationDuration=\"PT60S\""), out);
    assertEquals(2, f.adsRequests.get());
    // a second request of the same session: same output, no new ADS call (decideOnce by availId)
    assertEquals(out, f.stitchDash(config, s, VOD_URL, resource("stitch/dash/vod-markers.mpd")));
    assertEquals(2, f.adsRequests.get());
  }

  @Test
  void rewrite_session_locationIsAbsoluteSessionUrl() throws Exception {
    Session s = f.session();
    String out = f.stitchDash(f.config(), s, VOD_URL, resource("stitch/dash/vod-60s.mpd"));
    assertTrue(
        out.contains(
            "<Location>https://splicer.test/app/v1/dash/h/cfg/index.mpd?aws.sessionId="
                + s.id()
                + "</Location>"),
        out);
  }

  @Test
  void rewrite_mpdLocationDisabled_noLocationAdded() throws Exception {
    PlaybackConfiguration config =
        f.config().toBuilder()
            .dashConfiguration(new DashConfiguration(DashConfiguration.MpdLocation.DISABLED, null))
            .build();
    String out = f.stitchDash(config, f.session(), VOD_URL, resource("stitch/dash/vod-60s.mpd"));
    assertFalse(out.contains("<Location>"), out);
  }

  @Test
  void rewrite_notAnMpd_unparseable() {
    assertThrows(
        UnparseableManifestException.class,
        () -> f.stitchDash(f.config(), f.session(), VOD_URL, "#EXTM3U\n"));
  }

  @Test
  void rewrite_withoutScope_unchanged() throws Exception {
    String mpd = resource("stitch/dash/vod-60s.mpd");
    RewriteResult r =
        f.dash.rewrite(
            new ManifestRequest(ManifestType.DASH, "GET", "/x.mpd", null, f.config(), VOD_URL),
            new OriginManifest(mpd.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, null));
    assertTrue(r.isUnchanged());
  }
}
