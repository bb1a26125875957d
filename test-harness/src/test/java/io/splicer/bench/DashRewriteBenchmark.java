package io.splicer.bench;

import io.splicer.dash.AdCreative;
import io.splicer.dash.AdCreativeReader;
import io.splicer.dash.AdInsert;
import io.splicer.dash.Avail;
import io.splicer.dash.AvailDetector;
import io.splicer.dash.BreakSplice;
import io.splicer.dash.DashException;
import io.splicer.dash.MpdDocument;
import io.splicer.dash.MpdReader;
import io.splicer.dash.MpdRewriter;
import io.splicer.dash.OriginManifestType;
import io.splicer.dash.RewriteOptions;
import io.splicer.dash.RewriteResult;
import io.splicer.xml.HardenedXml;
import io.splicer.xml.XmlLimits;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.xml.stream.XMLStreamReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Stitching one break into a live MPD: two Periods (content, avail with a 2013:xml splice_insert),
 * four AdaptationSets (video ×3 Representations, audio ×2 languages, subtitles), each with a
 * 30-entry SegmentTimeline. Measured: read (StAX) + avail detection + split/rewrite with Location
 * and BaseURL rules. Target: ≤ 200 µs. Run with {@code ./test-harness/bench.sh 'DashRewrite.*' -f 1
 * -wi 3 -i 5}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DashRewriteBenchmark {

  private byte[] mpd;
  private AdCreative ad;
  private RewriteOptions options;

  @Setup
  public void setUp() throws DashException {
    mpd = liveMpd().getBytes(StandardCharsets.UTF_8);
    ad = AdCreativeReader.read(adMpd().getBytes(StandardCharsets.UTF_8));
    options =
        RewriteOptions.passThrough()
            .withOriginUrl("https://origin.example/live/ch1/index.mpd")
            .withLocation(
                RewriteOptions.LocationMode.REPLACE_OR_ADD,
                "https://splicer.example/v1/dash/h/c/live/ch1/index.mpd?aws.sessionId=s");
    RewriteResult check = rewrite();
    if (!check.edited() || check.periods().size() != 2 || !check.problems().isEmpty()) {
      throw new IllegalStateException("benchmark MPD does not stitch: " + check);
    }
  }

  /** The live MPD: a content Period and an avail Period with a 30 s splice_insert. */
  static String liveMpd() {
    StringBuilder sb =
        new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<MPD xmlns=\"urn:mpeg:dash:schema:mpd:2011\""
                + " xmlns:scte35=\"urn:scte:scte35:2013:xml\" type=\"dynamic\""
                + " availabilityStartTime=\"2024-01-01T00:00:00Z\" publishTime=\"2024-01-01T01:00:00Z\""
                + " minimumUpdatePeriod=\"PT2S\" timeShiftBufferDepth=\"PT120S\""
                + " profiles=\"urn:mpeg:dash:profile:isoff-live:2011\" minBufferTime=\"PT2S\">\n"
                + "  <BaseURL>media/</BaseURL>\n");
    sb.append(period("1000", "PT3540S", 3540, false));
    sb.append(period("1001", "PT3600S", 3600, true));
    return sb.append("</MPD>\n").toString();
  }

  /** The 15 s ad creative's DASH rendition (video and audio). */
  static String adMpd() {
    return "<MPD mediaPresentationDuration=\"PT15S\"><Period>"
        + "<AdaptationSet contentType=\"video\" mimeType=\"video/mp4\">"
        + "<Representation id=\"1\" bandwidth=\"2500000\" width=\"1280\" height=\"720\">"
        + "<SegmentTemplate media=\"v_$Number%09d$.mp4\" timescale=\"90000\">"
        + "<SegmentTimeline><S t=\"0\" d=\"180000\" r=\"6\"/><S d=\"90000\"/>"
        + "</SegmentTimeline></SegmentTemplate></Representation></AdaptationSet>"
        + "<AdaptationSet contentType=\"audio\" mimeType=\"audio/mp4\" lang=\"en\">"
        + "<Representation id=\"2\" bandwidth=\"128000\" codecs=\"mp4a.40.2\">"
        + "<SegmentTemplate media=\"a_$Number%09d$.mp4\" timescale=\"48000\">"
        + "<SegmentTimeline><S t=\"0\" d=\"96000\" r=\"6\"/><S d=\"48000\"/>"
        + "</SegmentTimeline></SegmentTemplate></Representation></AdaptationSet>"
        + "</Period></MPD>";
  }

  private static String period(String id, String start, long startSeconds, boolean avail) {
    StringBuilder p = new StringBuilder("  <Period id=\"" + id + "\" start=\"" + start + "\">\n");
    if (avail) {
      p.append(
          "    <EventStream schemeIdUri=\"urn:scte:scte35:2013:xml\" timescale=\"90000\">\n"
              + "      <Event duration=\"2700000\" id=\"42\"><scte35:SpliceInfoSection>"
              + "<scte35:SpliceInsert spliceEventId=\"42\" outOfNetworkIndicator=\"true\">"
              + "<scte35:BreakDuration autoReturn=\"true\" duration=\"2700000\"/>"
              + "</scte35:SpliceInsert></scte35:SpliceInfoSection></Event>\n"
              + "    </EventStream>\n");
    }
    p.append(set("video", "video/mp4", null, 90000, 180000, startSeconds, 3));
    p.append(set("audio", "audio/mp4", "en", 48000, 96000, startSeconds, 1));
    p.append(set("audio", "audio/mp4", "de", 48000, 96000, startSeconds, 1));
    p.append(set("text", "application/mp4", "en", 90000, 180000, startSeconds, 1));
    return p.append("  </Period>\n").toString();
  }

  private static String set(
      String type, String mime, String lang, long scale, long d, long startSeconds, int reps) {
    long t0 = startSeconds * scale;
    StringBuilder s =
        new StringBuilder(
            "    <AdaptationSet contentType=\"" + type + "\" mimeType=\"" + mime + "\"");
    if (lang != null) {
      s.append(" lang=\"").append(lang).append('"');
    }
    s.append(">\n      <SegmentTemplate timescale=\"")
        .append(scale)
        .append("\" presentationTimeOffset=\"")
        .append(t0)
        .append("\" startNumber=\"")
        .append(startSeconds / 2)
        .append("\" media=\"$RepresentationID$_$Number$.mp4\">\n        <SegmentTimeline>\n");
    for (int i = 0; i < 30; i++) {
      long di = d + (i % 2 == 0 ? 0 : scale / 1000);
      s.append("          <S t=\"").append(t0).append("\" d=\"").append(di).append("\"/>\n");
      t0 += di;
    }
    s.append("        </SegmentTimeline>\n      </SegmentTemplate>\n");
    for (int r = 0; r < reps; r++) {
      s.append("      <Representation id=\"")
          .append(type)
          .append(lang == null ? "" : lang)
          .append(r)
          .append("\" bandwidth=\"")
          .append(400000L * (r + 1))
          .append("\"/>\n");
    }
    return s.append("    </AdaptationSet>\n").toString();
  }

  private RewriteResult rewrite() throws DashException {
    MpdDocument doc = MpdReader.read(mpd);
    List<Avail> avails = AvailDetector.detect(doc, OriginManifestType.MULTI_PERIOD).avails();
    List<BreakSplice> breaks =
        avails.stream()
            .map(
                a ->
                    BreakSplice.replace(
                        a, List.of(AdInsert.of(ad, "https://splicer.example/v1/dashsegment/x/"))))
            .toList();
    return MpdRewriter.rewrite(doc, breaks, options);
  }

  @Benchmark
  public byte[] stitchOneBreak() throws DashException {
    return rewrite().mpd();
  }

  /**
   * Baseline on the same document: only pulling every event through the hardened JDK StAX reader.
   * On a shared, overloaded machine the ratio stitch/baseline is the stable figure.
   */
  @Benchmark
  public int staxPullBaseline() throws Exception {
    XMLStreamReader r = HardenedXml.openNamespaceUnaware(mpd, XmlLimits.defaults());
    int events = 0;
    while (r.hasNext()) {
      events += r.next();
    }
    return events;
  }
}
