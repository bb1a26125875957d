package io.splicer.harness.players;

import io.splicer.core.MediaTime;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Hand-made HLS stitches of the ffmpeg fixtures: ad playlists spliced into the content playlist
 * between segments (VOD insertion, content resumes where it left off). {@link Defect#NONE} is an
 * honest stitch (the positive control); the other defects are the negative controls the real
 * players must catch. The expectation is always the one the stitch claims, i.e. the correct one.
 */
final class HlsStitch {

  /** What to get wrong on purpose. */
  enum Defect {
    NONE,
    /** No {@code EXT-X-DISCONTINUITY} around the ads (RFC 8216 §4.3.2.3 requires them). */
    NO_DISCONTINUITY,
    /** After the first break, content resumes one segment too late. */
    RESUME_OFF_BY_ONE,
    /** The middle segment of the last ad points to a URI that answers 404. */
    MISSING_AD_SEGMENT
  }

  /** One media segment: root-relative URI and its {@code EXTINF} duration. */
  record Segment(String uri, MediaTime duration) {}

  /** A media playlist written by ffmpeg; {@code map} is the root-relative init URI or null. */
  record Rendition(String map, List<Segment> segments) {
    Rendition {
      segments = List.copyOf(segments);
    }

    MediaTime duration(int from, int to) {
      MediaTime sum = MediaTime.ZERO;
      for (Segment s : segments.subList(from, to)) {
        sum = sum.plus(s.duration());
      }
      return sum;
    }

    /** Reads {@code dir/index.m3u8} under {@code root}; URIs become {@code /dir/uri}. */
    static Rendition read(Path root, String dir) throws IOException {
      List<String> lines =
          Files.readAllLines(root.resolve(dir).resolve("index.m3u8"), StandardCharsets.UTF_8);
      String map = null;
      MediaTime pending = null;
      List<Segment> segments = new ArrayList<>();
      for (String line : lines) {
        if (line.startsWith("#EXT-X-MAP:URI=\"")) {
          map = "/" + dir + "/" + line.substring(16, line.indexOf('"', 16));
        } else if (line.startsWith("#EXTINF:")) {
          pending = MediaTime.parseSeconds(line.substring(8, line.indexOf(',')));
        } else if (!line.isBlank() && !line.startsWith("#")) {
          if (pending == null) {
            throw new IllegalStateException(
                "segment without #EXTINF in " + dir + ": [" + line + "]");
          }
          segments.add(new Segment("/" + dir + "/" + line.strip(), pending));
          pending = null;
        }
      }
      return new Rendition(map, segments);
    }
  }

  /** An ad inserted before content segment {@code beforeSegment}. */
  record Insert(int beforeSegment, Rendition ad) {}

  /** The stitched media playlist and what it claims. */
  record Stitched(String mediaPlaylist, Expectation expectation) {}

  private HlsStitch() {}

  static Stitched stitch(Rendition content, List<Insert> inserts, Defect defect) {
    PlaylistText out = new PlaylistText(content, inserts);
    boolean discontinuities = defect != Defect.NO_DISCONTINUITY;
    int next = 0;
    for (int i = 0; i < inserts.size(); i++) {
      Insert insert = inserts.get(i);
      out.content(next, insert.beforeSegment());
      boolean last = i == inserts.size() - 1;
      out.ad(insert.ad(), discontinuities, last && defect == Defect.MISSING_AD_SEGMENT);
      out.resume(content, discontinuities);
      next = insert.beforeSegment() + (i == 0 && defect == Defect.RESUME_OFF_BY_ONE ? 1 : 0);
    }
    out.content(next, content.segments().size());
    return new Stitched(out.finish(), claimed(content, inserts));
  }

  /** The expectation of the honest stitch: what every variant of it claims. */
  static Expectation claimed(Rendition content, List<Insert> inserts) {
    List<Expectation.Break> breaks = new ArrayList<>();
    MediaTime adsSoFar = MediaTime.ZERO;
    for (Insert insert : inserts) {
      MediaTime resume = content.duration(0, insert.beforeSegment());
      MediaTime start = resume.plus(adsSoFar);
      adsSoFar = adsSoFar.plus(insert.ad().duration(0, insert.ad().segments().size()));
      breaks.add(new Expectation.Break(start, resume.plus(adsSoFar), resume));
    }
    MediaTime total = content.duration(0, content.segments().size()).plus(adsSoFar);
    return new Expectation(total, MediaTime.ZERO, breaks);
  }

  /** A multivariant playlist with one variant, so that every player knows the codecs up front. */
  static String multivariant(String mediaUri) {
    return """
        #EXTM3U
        #EXT-X-INDEPENDENT-SEGMENTS
        #EXT-X-STREAM-INF:BANDWIDTH=1000000,AVERAGE-BANDWIDTH=900000,\
        CODECS="avc1.4d401e,mp4a.40.2",RESOLUTION=640x360,FRAME-RATE=30.000
        %s
        """
        .formatted(mediaUri);
  }

  /** Line writer of the stitched media playlist. */
  private static final class PlaylistText {
    private final StringBuilder body = new StringBuilder();
    private final Rendition content;
    private long maxCeilSeconds;

    PlaylistText(Rendition content, List<Insert> inserts) {
      this.content = content;
      maxCeilSeconds = maxCeil(content);
      for (Insert insert : inserts) {
        maxCeilSeconds = Math.max(maxCeilSeconds, maxCeil(insert.ad()));
      }
      map(content.map());
    }

    private static long maxCeil(Rendition r) {
      return r.segments().stream().mapToLong(s -> s.duration().toCeilSeconds()).max().orElse(1);
    }

    void content(int from, int to) {
      for (Segment s : content.segments().subList(from, to)) {
        segment(s.uri(), s.duration());
      }
    }

    void ad(Rendition ad, boolean discontinuity, boolean breakMiddleSegment) {
      discontinuity(discontinuity, ad.map());
      int middle = ad.segments().size() / 2;
      for (int i = 0; i < ad.segments().size(); i++) {
        Segment s = ad.segments().get(i);
        String uri =
            breakMiddleSegment && i == middle ? s.uri().replace(".", "-missing.") : s.uri();
        segment(uri, s.duration());
      }
    }

    void resume(Rendition content, boolean discontinuity) {
      discontinuity(discontinuity, content.map());
    }

    private void discontinuity(boolean write, String map) {
      if (write) {
        body.append("#EXT-X-DISCONTINUITY\n"); // RFC 8216 §4.3.2.3
      }
      map(map);
    }

    private void map(String map) {
      if (map != null) {
        body.append("#EXT-X-MAP:URI=\"").append(map).append("\"\n"); // RFC 8216 §4.3.2.5
      }
    }

    private void segment(String uri, MediaTime duration) {
      body.append("#EXTINF:").append(duration.toSecondsString(6)).append(",\n");
      body.append(uri).append('\n');
    }

    String finish() {
      // RFC 8216 §4.3.2.5: EXT-X-MAP in a media playlist needs version 6 (7 with fMP4 in practice).
      int version = content.map() != null ? 7 : 3;
      return "#EXTM3U\n#EXT-X-VERSION:%d\n#EXT-X-TARGETDURATION:%d\n#EXT-X-MEDIA-SEQUENCE:0\n#EXT-X-PLAYLIST-TYPE:VOD\n"
              .formatted(version, maxCeilSeconds)
          + body
          + "#EXT-X-ENDLIST\n";
    }
  }
}
