package io.splicer.dash;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Lossless rewriting over every well-formed corpus MPD. Without edits the output is the input array
 * itself (byte-identical); with edits every character outside the edited elements is copied
 * verbatim, checked by removing the edited elements from both sides and comparing the bytes.
 */
class MpdRoundTripTest {

  static Stream<String> wellFormedMpds() {
    return Stream.of(
        "androidx-media/sample_mpd_availabilityTimeOffset_segmentTemplate.mpd",
        "androidx-media/sample_mpd_event_stream.mpd",
        "androidx-media/sample_mpd_inband_event_stream.mpd",
        "androidx-media/sample_mpd_live.mpd",
        "androidx-media/sample_mpd_segment_template.mpd",
        "aws-mediatailor-docs/vod-personalized.mpd",
        "dashif-livesim2/multiperiod_1.mpd",
        "dashif-livesim2/multiperiod_2.mpd",
        "dashif-livesim2/train_ad_manifest.mpd",
        "eyevinn-ritcher/sample_mpd_eventstream.mpd",
        "eyevinn-ritcher/sample_mpd_multiperiod.mpd",
        "videojs-mpd-parser/locations.mpd",
        "videojs-mpd-parser/multiperiod-dynamic.mpd",
        "videojs-mpd-parser/multiperiod-segment-template.mpd",
        "videojs-mpd-parser/multiperiod-startnumber-removed-periods.mpd",
        "videojs-mpd-parser/segmentBase.mpd",
        "videojs-mpd-parser/segmentList.mpd");
  }

  @ParameterizedTest
  @MethodSource("wellFormedMpds")
  void rewrite_noBreaksPassThrough_returnsInputBytes(String file) throws Exception {
    byte[] input = DashTestFiles.corpus(file);

    RewriteResult result = MpdRewriter.rewrite(input, List.of(), RewriteOptions.passThrough());

    assertFalse(result.edited());
    assertSame(input, result.mpd());
    assertEquals(List.of(), result.periods());
  }

  @ParameterizedTest
  @MethodSource("wellFormedMpds")
  void rewrite_locationReplacedOrAdded_everythingElseVerbatim(String file) throws Exception {
    byte[] input = DashTestFiles.corpus(file);
    String session = "https://splicer.example/v1/dash/h/cfg/a.mpd?aws.sessionId=s&x=1";
    RewriteOptions options =
        RewriteOptions.passThrough()
            .withLocation(RewriteOptions.LocationMode.REPLACE_OR_ADD, session);

    RewriteResult result = MpdRewriter.rewrite(input, List.of(), options);
    String out = new String(result.mpd(), StandardCharsets.UTF_8);

    assertTrue(result.edited());
    assertEquals(1, count(out, "<Location>"), out);
    assertTrue(out.contains("<Location>" + session.replace("&", "&amp;") + "</Location>"));
    assertArrayEquals(
        withoutLocations(new String(input, StandardCharsets.UTF_8)), withoutLocations(out));
  }

  @ParameterizedTest
  @MethodSource("wellFormedMpds")
  void rewrite_originUrlGiven_baseUrlsAbsoluteElsewhereVerbatim(String file) throws Exception {
    byte[] input = DashTestFiles.corpus(file);
    MpdDocument doc = MpdReader.read(input);
    RewriteOptions options =
        RewriteOptions.passThrough().withOriginUrl("https://origin.example/live/ch1/index.mpd");

    RewriteResult result = MpdRewriter.rewrite(doc, List.of(), options);
    MpdDocument again = MpdReader.read(result.mpd());

    assertTrue(again.baseUrlValues().size() >= 1);
    for (String v : again.baseUrlValues()) {
      assertTrue(v.startsWith("http://") || v.startsWith("https://"), v);
    }
    String out = new String(result.mpd(), StandardCharsets.UTF_8);
    assertEquals(doc.periods().size(), again.periods().size());
    int firstPeriod =
        doc.periods().isEmpty() ? doc.text().length() : doc.periods().get(0).span().start();
    assertTrue(out.endsWith(doc.text().substring(firstPeriod)), "Periods must be copied verbatim");
  }

  private static int count(String s, String what) {
    int n = 0;
    for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
      n++;
    }
    return n;
  }

  private static byte[] withoutLocations(String s) {
    return s.replaceAll("<Location(\\s[^>]*)?>[^<]*</Location>\\s*", "")
        .getBytes(StandardCharsets.UTF_8);
  }
}
