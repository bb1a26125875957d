package io.splicer.harness.fakes;

/**
 * DASH documents of the DASH ITs: a 60 s VOD MPD, creative MPDs (their DASH renditions), and VAST /
 * VMAP answers whose ads have a streaming {@code application/dash+xml} media file.
 */
public final class DashFixtures {

  private DashFixtures() {}

  /** A static 60 s MPD, one Period, 2 s segments, video and audio. */
  public static String vod() {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<MPD xmlns=\"urn:mpeg:dash:schema:mpd:2011\" type=\"static\""
        + " mediaPresentationDuration=\"PT60S\" profiles=\"urn:mpeg:dash:profile:isoff-live:2011\""
        + " minBufferTime=\"PT2S\">\n"
        + "  <Period id=\"1\" start=\"PT0S\">\n"
        + set("video", "v", "width=\"640\" height=\"360\" codecs=\"avc1.4d401e\"", 60)
        + set("audio", "a", "codecs=\"mp4a.40.2\"", 60)
        + "  </Period>\n</MPD>\n";
  }

  /**
   * A creative's DASH rendition of {@code seconds} (even), segment names prefixed by {@code id}.
   */
  public static String creative(String id, int seconds) {
    return "<?xml version=\"1.0\"?>\n<MPD xmlns=\"urn:mpeg:dash:schema:mpd:2011\" type=\"static\""
        + " mediaPresentationDuration=\"PT"
        + seconds
        + "S\" profiles=\"urn:mpeg:dash:profile:isoff-live:2011\" minBufferTime=\"PT2S\">\n"
        + "  <Period id=\"0\">\n"
        + set("video", id + "_v", "width=\"640\" height=\"360\" codecs=\"avc1.4d401e\"", seconds)
        + set("audio", id + "_a", "codecs=\"mp4a.40.2\"", seconds)
        + "  </Period>\n</MPD>\n";
  }

  private static String set(String type, String rep, String attrs, int seconds) {
    return "    <AdaptationSet contentType=\""
        + type
        + "\" mimeType=\""
        + type
        + "/mp4\" segmentAlignment=\"true\">\n"
        + "      <SegmentTemplate timescale=\"1000\" startNumber=\"1\" initialization=\""
        + rep
        + "_init.mp4\" media=\""
        + rep
        + "_$Number$.m4s\">\n        <SegmentTimeline><S t=\"0\" d=\"2000\" r=\""
        + (seconds / 2 - 1)
        + "\"/></SegmentTimeline>\n      </SegmentTemplate>\n"
        + "      <Representation id=\""
        + rep
        + "\" bandwidth=\"800000\" "
        + attrs
        + "/>\n    </AdaptationSet>\n";
  }

  /** A VAST 4.2 answer: one ad per creative URL, in order. */
  public static String vast(String... creativeUrls) {
    StringBuilder sb = new StringBuilder("<VAST version=\"4.2\">");
    int n = 0;
    for (String url : creativeUrls) {
      n++;
      sb.append("<Ad id=\"ad")
          .append(n)
          .append("\"")
          .append(creativeUrls.length > 1 ? " sequence=\"" + n + "\"" : "")
          .append("><InLine><AdSystem>fake</AdSystem><AdTitle>t</AdTitle>")
          .append("<Impression><![CDATA[http://127.0.0.1:9/imp]]></Impression><Creatives>")
          .append("<Creative id=\"cr")
          .append(url.hashCode() & 0xffff)
          .append("\"><Linear><Duration>00:00:10.000</Duration><MediaFiles>")
          .append("<MediaFile delivery=\"streaming\" type=\"application/dash+xml\"")
          .append(" width=\"640\" height=\"360\"><![CDATA[")
          .append(url)
          .append("]]></MediaFile></MediaFiles></Linear></Creative></Creatives></InLine></Ad>");
    }
    return sb.append("</VAST>").toString();
  }

  /** A VMAP 1.0 answer: {@code offset=creativeUrl} pairs, one linear break each. */
  public static String vmap(String... breaks) {
    StringBuilder sb =
        new StringBuilder(
            "<vmap:VMAP xmlns:vmap=\"http://www.iab.net/videosuite/vmap\" version=\"1.0\">");
    for (String b : breaks) {
      int eq = b.indexOf('=');
      sb.append("<vmap:AdBreak timeOffset=\"")
          .append(b, 0, eq)
          .append("\" breakType=\"linear\"><vmap:AdSource><vmap:VASTAdData>")
          .append(vast(b.substring(eq + 1)))
          .append("</vmap:VASTAdData></vmap:AdSource></vmap:AdBreak>");
    }
    return sb.append("</vmap:VMAP>").toString();
  }
}
