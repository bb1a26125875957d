package io.splicer.harness.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Origin content of the HLS stitching ITs, served as static files of the origin webapp:
 *
 * <ul>
 *   <li>{@code stitch/<seed>/master.m3u8} with two renditions {@code low/index.m3u8} (640x360) and
 *       {@code high/index.m3u8} (1280x720) of the seed examples (reference §3.4, seeds/004): {@code
 *       postroll}, {@code pod}, {@code stacked};
 *   <li>{@code livemaster.m3u8}: two renditions of the fake live channel ({@code live/low.m3u8},
 *       {@code live/high.m3u8}, served by {@code LiveOriginServlet});
 *   <li>{@code stitch/creatives/ad<N>/index.m3u8} (N = 1..{@value #CREATIVES}) and {@code
 *       stitch/creatives/slate/index.m3u8}: streaming creatives, each a multivariant with low/high
 *       media playlists; ad N is {@value #AD_SECONDS} s in two 6 s segments {@code adN-low-0.ts},
 *       ..., the slate one 6 s segment.
 * </ul>
 *
 * The fake ADS's default answer ({@link #vastTemplate}) names creative {@code ad{{avail}}}: each
 * break of a session gets the creative of its avail index, so "Ad 1, Ad 2, Ad 3" of the seed
 * example are visible in the output.
 */
final class StitchAssets {

  static final int CREATIVES = 9;
  static final int AD_SECONDS = 12;

  private static final String HEAD =
      "#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-TARGETDURATION:4\n#EXT-X-MEDIA-SEQUENCE:0\n"
          + "#EXT-X-PLAYLIST-TYPE:VOD\n";

  /** The seed examples, verbatim but for the header and the segment before the post-roll. */
  static final Map<String, String> SEEDS =
      Map.of(
          "postroll",
          HEAD
              + "#EXTINF:4.000,\nIntro.ts\n"
              + "#EXT-X-CUE-OUT: 0\n#EXT-X-CUE-IN\n#EXTINF:4.000,\nVideocontent.ts\n"
              + "#EXT-X-ENDLIST\n",
          "pod",
          HEAD
              + "#EXT-X-CUE-OUT: 0\n#EXT-X-CUE-IN\n#EXTINF:4.000,\nSomecontent1.ts\n"
              + "#EXT-X-CUE-OUT: 0\n#EXT-X-CUE-IN\n#EXTINF:4.000,\nSomecontent2.ts\n"
              + "#EXT-X-CUE-OUT: 0\n#EXT-X-CUE-IN\n#EXTINF:4.000,\nVideocontent.ts\n"
              + "#EXT-X-ENDLIST\n",
          "stacked",
          HEAD
              + "#EXT-X-CUE-OUT: 0\n#EXT-X-CUE-IN\n#EXT-X-CUE-OUT: 0\n#EXT-X-CUE-IN\n"
              + "#EXT-X-CUE-OUT: 0\n#EXT-X-CUE-IN\n#EXTINF:4.000,\nVideocontent.ts\n"
              + "#EXT-X-ENDLIST\n");

  private StitchAssets() {}

  /** Adds every asset to {@code war}. */
  static WebArchive addTo(WebArchive war) {
    for (Map.Entry<String, String> seed : SEEDS.entrySet()) {
      String dir = "stitch/" + seed.getKey() + "/";
      war.addAsWebResource(
          new StringAsset(multivariant("low/index.m3u8", "high/index.m3u8")), dir + "master.m3u8");
      war.addAsWebResource(new StringAsset(seed.getValue()), dir + "low/index.m3u8");
      war.addAsWebResource(new StringAsset(seed.getValue()), dir + "high/index.m3u8");
    }
    war.addAsWebResource(
        new StringAsset(multivariant("live/low.m3u8", "live/high.m3u8")), "livemaster.m3u8");
    for (int n = 1; n <= CREATIVES; n++) {
      creative(war, "ad" + n, AD_SECONDS);
    }
    creative(war, "slate", 6);
    return war;
  }

  private static void creative(WebArchive war, String id, int seconds) {
    String dir = "stitch/creatives/" + id + "/";
    war.addAsWebResource(
        new StringAsset(multivariant("low.m3u8", "high.m3u8")), dir + "index.m3u8");
    for (String r : new String[] {"low", "high"}) {
      StringBuilder sb =
          new StringBuilder(
              "#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-TARGETDURATION:6\n#EXT-X-PLAYLIST-TYPE:VOD\n");
      for (int i = 0; i < seconds / 6; i++) {
        sb.append("#EXTINF:6.000,\n").append(id).append('-').append(r).append('-').append(i);
        sb.append(".ts\n");
      }
      war.addAsWebResource(
          new StringAsset(sb.append("#EXT-X-ENDLIST\n").toString()), dir + r + ".m3u8");
    }
  }

  static String multivariant(String low, String high) {
    return "#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-INDEPENDENT-SEGMENTS\n"
        + "#EXT-X-STREAM-INF:BANDWIDTH=800000,RESOLUTION=640x360,CODECS=\"avc1.4d401e,mp4a.40.2\"\n"
        + low
        + "\n#EXT-X-STREAM-INF:BANDWIDTH=3000000,RESOLUTION=1280x720,"
        + "CODECS=\"avc1.640029,mp4a.40.2\"\n"
        + high
        + "\n";
  }

  /**
   * A VAST 4.2 response with one linear ad of {@value #AD_SECONDS} s whose streaming MediaFile is
   * {@code creatives/ad{{avail}}/index.m3u8} under {@code originBase}.
   */
  static String vastTemplate(String originBase) {
    return vast("ad{{avail}}", originBase + "stitch/creatives/ad{{avail}}/index.m3u8");
  }

  static String vast(String adId, String mediaFile) {
    return "<VAST version=\"4.2\"><Ad id=\""
        + adId
        + "\"><InLine><AdSystem>fake</AdSystem><AdTitle>"
        + adId
        + "</AdTitle><Impression><![CDATA[http://127.0.0.1:9/imp]]></Impression><Creatives>"
        + "<Creative id=\"c-"
        + adId
        + "\"><Linear><Duration>00:00:"
        + AD_SECONDS
        + ".000</Duration><MediaFiles><MediaFile delivery=\"streaming\""
        + " type=\"application/x-mpegURL\" width=\"640\" height=\"360\"><![CDATA["
        + mediaFile
        + "]]></MediaFile></MediaFiles></Linear></Creative></Creatives></InLine></Ad></VAST>";
  }

  /** Playback configurations as MediaTailor JSON, one file per entry (name → JSON fields). */
  static Path configurations(Map<String, Map<String, String>> fieldsByName) {
    try {
      Path dir = Files.createTempDirectory("splicer-stitch-configs");
      for (Map.Entry<String, Map<String, String>> e : fieldsByName.entrySet()) {
        StringBuilder json = new StringBuilder("{\"Name\":\"").append(e.getKey()).append('"');
        e.getValue()
            .forEach((k, v) -> json.append(",\"").append(k).append("\":\"").append(v).append('"'));
        Files.writeString(
            dir.resolve(e.getKey() + ".json"), json.append('}').toString(), StandardCharsets.UTF_8);
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---- reading stitched playlists -------------------------------------------------------------

  /**
   * The playlist with every server-side-reporting ad URI ({@code /v1/segment/...}, implicit
   * sessions) replaced by where it redirects, checking the redirect: what the player ends up
   * fetching, so the ad creative can be named.
   */
  static String followSegmentRedirects(URL base, String playlist) {
    StringBuilder out = new StringBuilder(playlist.length() + 256);
    for (String l : playlist.split("\n", -1)) {
      if (!l.startsWith("#") && l.contains("/v1/segment/")) {
        HttpResponse<byte[]> r = Http.get(base, l.strip());
        if (r.statusCode() / 100 != 3 || r.headers().firstValue("Location").isEmpty()) {
          throw new AssertionError("no redirect for [" + l + "]: " + r.statusCode());
        }
        l = r.headers().firstValue("Location").get();
      }
      out.append(l).append('\n');
    }
    return out.substring(0, out.length() - 1);
  }

  private static final Pattern RENDITION = Pattern.compile("-(low|high)-");

  /**
   * The segment URIs of a media playlist reduced to names: file name without extension, and ad
   * segments without their rendition ({@code ad1-low-0.ts} → {@code ad1-0}), so renditions compare.
   */
  static List<String> names(String playlist) {
    List<String> out = new ArrayList<>();
    for (String l : playlist.split("\n")) {
      if (l.isBlank() || l.startsWith("#")) {
        continue;
      }
      String file = l.substring(l.lastIndexOf('/') + 1).replaceFirst("\\.[a-z0-9]+(\\?.*)?$", "");
      out.add(RENDITION.matcher(file).replaceFirst("-"));
    }
    return out;
  }

  /** The ad names {@code adN-i} of creative N: {@code AD_SECONDS / 6} segments. */
  static List<String> ad(String id) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < AD_SECONDS / 6; i++) {
      out.add(id + "-" + i);
    }
    return out;
  }

  /** The value of a {@code #TAG:<long>} header line, or -1. */
  static long header(String playlist, String tag) {
    for (String l : playlist.split("\n")) {
      if (l.startsWith(tag + ":")) {
        return Long.parseLong(l.substring(tag.length() + 1).strip());
      }
    }
    return -1;
  }

  /** The URIs of the variant (and rendition) playlists of a multivariant playlist. */
  static List<String> variantUris(String multivariant) {
    List<String> out = new ArrayList<>();
    for (String l : multivariant.split("\n")) {
      Matcher m = Pattern.compile("URI=\"([^\"]+)\"").matcher(l);
      if (l.startsWith("#EXT-X-MEDIA:") && m.find()) {
        out.add(m.group(1));
      } else if (!l.isBlank() && !l.startsWith("#")) {
        out.add(l.strip());
      }
    }
    return out;
  }

  /**
   * RFC 8216 checks every stitched media playlist must pass: {@code #EXTM3U} first; every {@code
   * EXTINF} rounded to an integer ≤ {@code EXT-X-TARGETDURATION} (§4.3.3.1); an {@code
   * EXT-X-DISCONTINUITY} at every change between content and ad segments (§4.3.2.3); no cue tags
   * left (ad marker pass-through is off), except a closing {@code EXT-X-CUE-IN} before the first
   * segment: the tail of a break whose opening slid out of a live window, which the stitcher cannot
   * match to a break of this window and leaves as the origin has it (a known limitation, harmless
   * to players). Returns the problems, empty when valid.
   */
  static List<String> problems(String playlist) {
    List<String> problems = new ArrayList<>();
    String[] lines = playlist.split("\n");
    if (lines.length == 0 || !lines[0].equals("#EXTM3U")) {
      problems.add("first line is not #EXTM3U");
    }
    long target = header(playlist, "#EXT-X-TARGETDURATION");
    boolean discontinuity = false;
    Boolean previousAd = null;
    for (String l : lines) {
      if (l.startsWith("#EXTINF:")) {
        double d = Double.parseDouble(l.substring(8, l.indexOf(',')));
        if (Math.round(d) > target) {
          problems.add("[" + l + "] longer than the target duration " + target);
        }
      } else if (l.startsWith("#EXT-X-DISCONTINUITY") && !l.contains("SEQUENCE")) {
        discontinuity = true;
      } else if (l.equals("#EXT-X-CUE-IN") && previousAd == null) {
        continue; // see above
      } else if (l.startsWith("#EXT-X-CUE") || l.startsWith("#EXT-OATCLS")) {
        problems.add("cue tag left in the output: [" + l + "]");
      } else if (!l.isBlank() && !l.startsWith("#")) {
        boolean ad = l.contains("/creatives/");
        if (previousAd != null && previousAd != ad && !discontinuity) {
          problems.add("no EXT-X-DISCONTINUITY before [" + l + "]");
        }
        previousAd = ad;
        discontinuity = false;
      }
    }
    return problems;
  }
}
