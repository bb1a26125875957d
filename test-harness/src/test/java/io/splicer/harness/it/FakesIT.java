package io.splicer.harness.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The harness fakes behave as documented: live clock, scriptable ADS, beacon sink. */
@ExtendWith(ArquillianExtension.class)
class FakesIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Wars.origin("fakes");
  }

  @ArquillianResource private URL base;

  private static String sequence(String playlist) {
    for (String line : playlist.split("\n")) {
      if (line.startsWith("#EXT-X-MEDIA-SEQUENCE:")) {
        return line.substring(line.indexOf(':') + 1);
      }
    }
    throw new AssertionError("no media sequence in " + playlist);
  }

  @Test
  void liveOrigin_clockAdvance_slidesTheWindow() {
    Http.post(base, "live/_clock?set=600", "");
    String before = Http.text(base, "live/ch.m3u8");
    assertEquals("95", sequence(before));
    Http.post(base, "live/_clock?advance=12", "");
    String after = Http.text(base, "live/ch.m3u8");
    assertEquals("97", sequence(after));
    assertTrue(after.contains("seg_101.ts"));
    assertTrue(Http.text(base, "live/ch.mpd").contains("publishTime=\"1970-01-01T00:10:12Z\""));
  }

  @Test
  void fakeAds_scriptedAnswers_inOrder_andRequestsRecorded() {
    Http.send("DELETE", base, "ads/_requests");
    Http.post(base, "ads/_script?status=200", "<VAST version=\"3.0\"><Ad id=\"a\"/></VAST>");
    Http.post(base, "ads/_script?status=503", "down");
    Http.post(base, "ads/_script?status=200&contentType=text/xml", "<VAST><unclosed>");
    HttpResponse<byte[]> first = Http.get(base, "ads/vast?dur=30", "X-Viewer", "v1");
    assertEquals(200, first.statusCode());
    assertTrue(new String(first.body(), StandardCharsets.UTF_8).contains("<Ad id=\"a\"/>"));
    assertEquals(503, Http.get(base, "ads/vast").statusCode());
    assertEquals(
        "<VAST><unclosed>", new String(Http.get(base, "ads/vast").body(), StandardCharsets.UTF_8));
    assertEquals(
        "<VAST version=\"4.0\"/>",
        new String(Http.get(base, "ads/vast").body(), StandardCharsets.UTF_8));
    HttpResponse<byte[]> log = Http.get(base, "ads/_requests");
    assertEquals("4", log.headers().firstValue("X-Count").orElseThrow());
    String text = new String(log.body(), StandardCharsets.UTF_8);
    assertTrue(text.contains("GET /fakes/ads/vast?dur=30"), text);
    assertTrue(text.toLowerCase().contains("x-viewer: v1"), text);
  }

  @Test
  void beaconSink_recordsEveryHit() {
    Http.send("DELETE", base, "beacon/_hits");
    Http.get(base, "beacon/impression?ad=1");
    Http.get(base, "beacon/firstQuartile?ad=1");
    HttpResponse<byte[]> hits = Http.get(base, "beacon/_hits");
    assertEquals("2", hits.headers().firstValue("X-Count").orElseThrow());
    String text = new String(hits.body(), StandardCharsets.UTF_8);
    assertTrue(
        text.contains("/beacon/impression?ad=1") && text.contains("/beacon/firstQuartile?ad=1"));
  }
}
