package io.splicer.dash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.splicer.core.MediaTime;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * MediaTailor's documented origin → personalised pairs (corpus aws-mediatailor-docs), compared by
 * structure: Period ids, starts, durations, BaseURLs, template numbers and timelines. The ad
 * creatives are the ad Periods of the personalised outputs, so the ad AdaptationSets are what
 * MediaTailor's transcoder produced.
 */
class MediaTailorPairsTest {

  private static final String VOD_AD_BASE =
      "https://12345.mediatailor.us-west-2.amazonaws.com/v1/dashsegment/"
          + "0d598fad40f42c4644d1c5b7674438772ee23b12/dash-vod-insertion/"
          + "a5a7cf24-ee56-40e9-a0a2-82b483cf8650/";

  /** The AdaptationSets of Period {@code index} of an MPD text, as an ad creative MPD. */
  static AdCreative creativeFromPeriod(String mpdText, int index, String duration)
      throws DashException {
    MpdDocument doc = MpdReader.read(mpdText.getBytes(StandardCharsets.UTF_8));
    MpdPeriod p = doc.periods().get(index);
    int from = p.adaptationSets().get(0).span().start();
    int to = p.adaptationSets().get(p.adaptationSets().size() - 1).span().end();
    String ad =
        "<MPD xmlns=\"urn:mpeg:dash:schema:mpd:2011\" type=\"static\" mediaPresentationDuration=\""
            + duration
            + "\"><Period>"
            + mpdText.substring(from, to)
            + "</Period></MPD>";
    return AdCreativeReader.read(ad.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void rewrite_vodVmapPreAndMidRoll_matchesPersonalisedMpd() throws Exception {
    String origin = DashTestFiles.text("corpus/dash/aws-mediatailor-docs/vod-origin-period.xml");
    byte[] mpd =
        ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<MPD id=\"201\" minBufferTime=\"PT30S\""
                + " profiles=\"urn:mpeg:dash:profile:isoff-main:2011\" type=\"static\""
                + " xmlns=\"urn:mpeg:dash:schema:mpd:2011\">\n"
                + origin
                + "</MPD>\n")
            .getBytes(StandardCharsets.UTF_8);
    String expected = DashTestFiles.text("corpus/dash/aws-mediatailor-docs/vod-personalized.mpd");
    AdCreative ad = creativeFromPeriod(expected, 0, "PT14.976S");
    MpdDocument doc = MpdReader.read(mpd);
    MpdPeriod first = doc.periods().get(0);
    // VMAP PT25S is rounded down to the segment boundary 24.024 s by the caller (reference §5).
    List<BreakSplice> breaks =
        List.of(
            BreakSplice.insert(first, MediaTime.ZERO, "PT0S", ads(ad, "8778696_PT0S")),
            BreakSplice.insert(
                first, MediaTime.parseSeconds("24.024"), "PT25S", ads(ad, "8778696_PT25S")));
    RewriteOptions options =
        RewriteOptions.passThrough()
            .withIdScheme(IdScheme.VOD_TIME_BASED)
            .withAdSets(RewriteOptions.AdSetSelection.ALL)
            .withOriginUrl(
                "https://10380e91fda5e303.mediapackage.us-west-2.amazonaws.com/out/v1/"
                    + "5f6a2197815e444a967f0c12f8325a11/index.mpd");

    RewriteResult result = MpdRewriter.rewrite(doc, breaks, options);

    assertEquals(
        MpdStructure.of(expected.getBytes(StandardCharsets.UTF_8)), MpdStructure.of(result.mpd()));
    MpdDocument out = MpdReader.read(result.mpd());
    assertEquals(
        List.of(
            "https://10380e91fda5e303.mediapackage.us-west-2.amazonaws.com/out/v1/"
                + "5f6a2197815e444a967f0c12f8325a11/"),
        out.baseUrlValues());
    assertEquals(List.of(), result.problems());
    assertEquals(
        List.of(
            "8778696_PT0S_0",
            "8778696_PT0S_1",
            "8778696_PT29.952S",
            "8778696_PT25S_0",
            "8778696_PT25S_1",
            "8778696_PT1M23.928S"),
        result.periods().stream().map(OutputPeriod::id).toList());
  }

  private static List<AdInsert> ads(AdCreative ad, String path) {
    return List.of(
        AdInsert.of(ad, VOD_AD_BASE + path + "/" + path + "_0/"),
        AdInsert.of(ad, VOD_AD_BASE + path + "/" + path + "_1/"));
  }

  @Test
  void rewrite_liveSpliceInsert_adPeriodAsPersonalised() throws Exception {
    byte[] origin =
        DashTestFiles.wrapped("aws-mediatailor-docs/splice-insert-origin-period.xml", true);
    byte[] personalised =
        DashTestFiles.wrapped("aws-mediatailor-docs/splice-insert-personalized-period.xml", true);
    AdCreative ad =
        creativeFromPeriod(new String(personalised, StandardCharsets.UTF_8), 0, "PT24S");
    MpdDocument doc = MpdReader.read(origin);
    Avail avail = AvailDetector.detect(doc, OriginManifestType.MULTI_PERIOD).avails().get(0);
    RewriteOptions options =
        RewriteOptions.passThrough().withAdSets(RewriteOptions.AdSetSelection.ALL);

    RewriteResult result =
        MpdRewriter.rewrite(
            doc,
            List.of(
                BreakSplice.replace(
                    avail, List.of(AdInsert.of(ad, "http://cdnlocation.net/EXAMPLE_PRODUCT/")))),
            options);

    // The origin Period holds 23.83 s of segments: the 24 s ad covers them all, so no content
    // remainder is left (every content segment's midpoint is inside the ad).
    assertEquals(MpdStructure.of(personalised), MpdStructure.of(result.mpd()));
    assertEquals(
        List.of(
            new OutputPeriod(
                "46041_1",
                MediaTime.parseSeconds("173402.036"),
                Optional.of(MediaTime.ofSeconds(24)),
                true,
                0,
                0,
                false,
                "46041")),
        result.periods());
  }

  @Test
  void rewrite_liveTimeSignal_adPeriodThenResumedContentKeepingOriginId() throws Exception {
    byte[] origin =
        DashTestFiles.wrapped("aws-mediatailor-docs/time-signal-origin-period.xml", true);
    byte[] personalised =
        DashTestFiles.wrapped("aws-mediatailor-docs/time-signal-personalized-period.xml", true);
    AdCreative ad =
        creativeFromPeriod(new String(personalised, StandardCharsets.UTF_8), 0, "PT29.966S");
    MpdDocument doc = MpdReader.read(origin);
    Avail avail = AvailDetector.detect(doc, OriginManifestType.MULTI_PERIOD).avails().get(0);
    RewriteOptions options =
        RewriteOptions.passThrough().withAdSets(RewriteOptions.AdSetSelection.ALL);

    RewriteResult result =
        MpdRewriter.rewrite(
            doc,
            List.of(
                BreakSplice.replace(
                    avail,
                    List.of(
                        AdInsert.of(ad, "http://d2gh0tfpz97e4o.cloudfront.net/nbc_fallback_2/")))),
            options);

    List<String> got = MpdStructure.of(result.mpd());
    List<String> ads = MpdStructure.of(personalised);
    assertEquals(ads, got.subList(0, ads.size()));
    // Resumed content: 29.966 s into the Period. Video 2.002 s segments: the first overlapping it
    // is #14 [28.028, 30.030) (t0 + 14·60060); PTO = t0 + 29.966·30000.
    assertEquals(
        List.of(
            "Period id=178443 start=PT96H16M0.216S duration=PT31.595S baseURL=- sets=2"
                + " events=[t0]",
            "  timescale=30000 pto="
                + (10395907501L + 898980)
                + " startNumber="
                + (178444 + 14)
                + " S=["
                + (10395907501L + 14 * 60060)
                + ",60060,15]["
                + 10397709301L
                + ",45045,0]"),
        got.subList(ads.size(), ads.size() + 2));
  }

  @Test
  void rewrite_singlePeriodThreeAvails_idsStartsAndEventsAsDocumented() throws Exception {
    MpdDocument doc = MpdReader.read(AvailDetectorTest.singlePeriodMpd());
    List<Avail> avails = AvailDetector.detect(doc, OriginManifestType.SINGLE_PERIOD).avails();
    AdCreative ad =
        AdCreativeReader.read(
            ("<MPD mediaPresentationDuration=\"PT14.966S\"><Period><AdaptationSet"
                    + " mimeType=\"video/mp4\"><Representation id=\"1\" bandwidth=\"1\">"
                    + "<SegmentTemplate media=\"a_$Number$.mp4\" timescale=\"1000\"><SegmentTimeline>"
                    + "<S t=\"0\" d=\"14966\"/></SegmentTimeline></SegmentTemplate></Representation>"
                    + "</AdaptationSet></Period></MPD>")
                .getBytes(StandardCharsets.UTF_8));
    String cdn = "http://d2gh0tfpz97e4o.cloudfront.net/visitalps/";
    List<BreakSplice> breaks =
        avails.stream().map(a -> BreakSplice.replace(a, List.of(AdInsert.of(ad, cdn)))).toList();

    RewriteResult result =
        MpdRewriter.rewrite(
            doc,
            breaks,
            RewriteOptions.passThrough()
                .withIdScheme(IdScheme.SINGLE_PERIOD)
                .withAdSets(RewriteOptions.AdSetSelection.ALL));

    List<String> periods =
        MpdStructure.of(result.mpd()).stream().filter(s -> s.startsWith("Period")).toList();
    assertEquals(
        List.of(
            "Period id=0.0 start=PT0S duration=PT430625H46M baseURL=dash/ sets=0 events=[]",
            "Period id=1550252760.0_1 start=PT430625H46M duration=- baseURL="
                + cdn
                + " sets=1 events=[]",
            "Period id=1550252760.0 start=PT430625H46M14.966S duration=PT9.034S baseURL=dash/ sets=0 events=[136]",
            "Period id=1550252784.0 start=PT430625H46M24S duration=PT1M36S baseURL=dash/ sets=0 events=[]",
            "Period id=1550252880.0_1 start=PT430625H48M duration=- baseURL="
                + cdn
                + " sets=1 events=[]",
            "Period id=1550252880.0 start=PT430625H48M14.966S duration=PT9.034S baseURL=dash/ sets=0 events=[137]",
            "Period id=1550252904.0 start=PT430625H48M24S duration=PT1M36S baseURL=dash/ sets=0 events=[]",
            "Period id=1550253000.0_1 start=PT430625H50M duration=- baseURL="
                + cdn
                + " sets=1 events=[]",
            "Period id=1550253000.0 start=PT430625H50M14.966S duration=PT9.034S baseURL=dash/ sets=0 events=[138]",
            "Period id=1550253024.0 start=PT430625H50M24S duration=- baseURL=dash/ sets=0 events=[]"),
        periods);
    assertTrue(result.problems().isEmpty(), result.problems().toString());
  }
}
