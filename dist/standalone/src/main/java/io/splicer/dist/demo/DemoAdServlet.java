package io.splicer.dist.demo;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo ad decision server, mapped to {@code /ads/*}:
 *
 * <ul>
 *   <li>{@code vast[?duration=S]}: VAST 4.2 ad pod of streaming creatives (15 s then 10 s; with a
 *       duration, only the clips that fit, in order);
 *   <li>{@code vmap}: VMAP 1.0 with a pre-roll, mid-rolls at 20 s and 40 s and a post-roll, each
 *       with inline VAST;
 *   <li>{@code beacon?...}: tracking sink, logs the event and answers 204.
 * </ul>
 *
 * Media files are {@code application/x-mpegURL} multivariant playlists under {@code /ad-media/}.
 */
public final class DemoAdServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = LoggerFactory.getLogger(DemoAdServlet.class);

  /** The demo clips: id and duration in seconds. */
  static final List<int[]> CLIPS = List.of(new int[] {15}, new int[] {10});

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String path = req.getPathInfo() == null ? "" : req.getPathInfo();
    String base = Http.base(req);
    switch (path) {
      case "/vast" -> Http.sendText(req, resp, "application/xml", vast(base, fitting(req)));
      case "/vmap" -> Http.sendText(req, resp, "application/xml", vmap(base));
      case "/beacon" -> {
        LOG.info("demo ADS beacon: {}", req.getQueryString());
        resp.setStatus(HttpServletResponse.SC_NO_CONTENT);
      }
      default -> resp.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
  }

  private static List<Integer> fitting(HttpServletRequest req) {
    String raw = req.getParameter("duration");
    long budget = Long.MAX_VALUE;
    if (raw != null && !raw.isBlank()) {
      try {
        budget = Math.round(Double.parseDouble(raw.trim()));
      } catch (NumberFormatException e) {
        // an unusable duration means no limit
      }
    }
    List<Integer> result = new ArrayList<>();
    for (int[] clip : CLIPS) {
      if (clip[0] <= budget) {
        result.add(clip[0]);
        budget -= clip[0];
      }
    }
    return result;
  }

  /** A VAST 4.2 document with one inline ad per clip, as an ad pod. */
  static String vast(String base, List<Integer> clips) {
    StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    sb.append(vastElement(base, clips, true));
    return sb.toString();
  }

  private static String vastElement(String base, List<Integer> clips, boolean pod) {
    StringBuilder sb = new StringBuilder();
    sb.append("<VAST version=\"4.2\" xmlns=\"http://www.iab.com/VAST\">\n");
    int sequence = 1;
    for (int seconds : clips) {
      sb.append(ad(base, seconds, pod ? sequence++ : 0));
    }
    if (clips.isEmpty()) {
      sb.append("  <Error><![CDATA[")
          .append(base)
          .append("/ads/beacon?event=error&code=[ERRORCODE]]]></Error>\n");
    }
    return sb.append("</VAST>\n").toString();
  }

  private static String ad(String base, int seconds, int sequence) {
    String id = "ad" + seconds;
    String beacon = base + "/ads/beacon?ad=" + id + "&event=";
    StringBuilder sb = new StringBuilder();
    sb.append("  <Ad id=\"splicer-demo-").append(id).append('"');
    if (sequence > 0) {
      sb.append(" sequence=\"").append(sequence).append('"');
    }
    sb.append(">\n    <InLine>\n")
        .append("      <AdSystem version=\"1\">Splicer demo ADS</AdSystem>\n")
        .append("      <AdServingId>splicer-demo-")
        .append(id)
        .append("</AdServingId>\n")
        .append("      <AdTitle>Splicer demo ad (")
        .append(seconds)
        .append(" s)</AdTitle>\n")
        .append("      <Error><![CDATA[")
        .append(beacon)
        .append("error&code=[ERRORCODE]]]></Error>\n")
        .append("      <Impression id=\"imp\"><![CDATA[")
        .append(beacon)
        .append("impression]]></Impression>\n")
        .append("      <Creatives>\n")
        .append("        <Creative id=\"")
        .append(id)
        .append("\" sequence=\"1\" adId=\"")
        .append(id)
        .append("\">\n")
        .append("          <UniversalAdId idRegistry=\"splicer-demo\">")
        .append(id)
        .append("</UniversalAdId>\n")
        .append("          <Linear>\n")
        .append("            <Duration>00:00:")
        .append(String.format("%02d", seconds))
        .append(".000</Duration>\n")
        .append("            <TrackingEvents>\n");
    for (String event :
        List.of("start", "firstQuartile", "midpoint", "thirdQuartile", "complete")) {
      sb.append("              <Tracking event=\"")
          .append(event)
          .append("\"><![CDATA[")
          .append(beacon)
          .append(event)
          .append("]]></Tracking>\n");
    }
    sb.append("            </TrackingEvents>\n")
        .append("            <MediaFiles>\n")
        .append("              <MediaFile id=\"")
        .append(id)
        .append("-hls\" delivery=\"streaming\" type=\"application/x-mpegURL\" width=\"640\"")
        .append(" height=\"360\" minBitrate=\"300\" maxBitrate=\"900\"><![CDATA[")
        .append(base)
        .append("/ad-media/")
        .append(id)
        .append("/index.m3u8]]></MediaFile>\n")
        .append("            </MediaFiles>\n")
        .append("          </Linear>\n")
        .append("        </Creative>\n")
        .append("      </Creatives>\n")
        .append("    </InLine>\n")
        .append("  </Ad>\n");
    return sb.toString();
  }

  /** VMAP 1.0: pre-roll, mid-rolls at 20 s and 40 s, post-roll. */
  static String vmap(String base) {
    StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    sb.append("<vmap:VMAP xmlns:vmap=\"http://www.iab.net/videosuite/vmap\" version=\"1.0\">\n");
    String[][] breaks = {
      {"start", "preroll"},
      {"00:00:20.000", "midroll-1"},
      {"00:00:40.000", "midroll-2"},
      {"end", "postroll"}
    };
    int i = 0;
    for (String[] b : breaks) {
      int seconds = CLIPS.get(i++ % CLIPS.size())[0];
      sb.append("  <vmap:AdBreak timeOffset=\"")
          .append(b[0])
          .append("\" breakType=\"linear\" breakId=\"")
          .append(b[1])
          .append("\">\n")
          .append("    <vmap:AdSource id=\"")
          .append(b[1])
          .append("-ads\" allowMultipleAds=\"false\" followRedirects=\"true\">\n")
          .append("      <vmap:VASTAdData>\n")
          .append(vastElement(base, List.of(seconds), false))
          .append("      </vmap:VASTAdData>\n")
          .append("    </vmap:AdSource>\n")
          .append("  </vmap:AdBreak>\n");
    }
    return sb.append("</vmap:VMAP>\n").toString();
  }
}
