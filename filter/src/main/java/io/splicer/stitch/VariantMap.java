package io.splicer.stitch;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Which origin playlist each session-scoped media playlist {@code n} stands for. Made when the
 * multivariant playlist is first personalised for a session and stored in the session store (as the
 * session's decision {@value #KEY}, first writer wins), so {@code /v1/manifest/.../{n}.m3u8} never
 * re-fetches the multivariant and every node of a cluster maps {@code n} alike.
 *
 * @param renditions by index {@code n}
 */
public record VariantMap(List<Rendition> renditions) implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The decision key under which a session's map is stored. */
  public static final String KEY = "hls.variants";

  public VariantMap {
    renditions = List.copyOf(renditions);
  }

  /** The rendition {@code n}, if there is one. */
  public Optional<Rendition> get(int n) {
    return n >= 0 && n < renditions.size() ? Optional.of(renditions.get(n)) : Optional.empty();
  }

  /** What kind of playlist a rendition is, which decides what plays in it during ads. */
  public enum Kind {
    /** EXT-X-STREAM-INF: video (usually with muxed audio). */
    VARIANT,
    /** EXT-X-MEDIA TYPE=AUDIO. */
    AUDIO,
    /** EXT-X-MEDIA TYPE=SUBTITLES. */
    SUBTITLES,
    /** EXT-X-I-FRAME-STREAM-INF. */
    IFRAME,
    /** EXT-X-MEDIA TYPE=VIDEO (alternative angles) and anything else with a URI. */
    OTHER
  }

  /**
   * One media playlist of the origin.
   *
   * @param originUri the playlist URL resolved against the origin multivariant (absolute, or
   *     root-relative for in-container origins), with the origin's query string
   * @param kind what it is
   * @param codecs the CODECS attribute, or {@code ""}
   * @param bandwidth BANDWIDTH, or 0
   * @param width RESOLUTION width, or 0
   * @param height RESOLUTION height, or 0
   */
  public record Rendition(
      String originUri, Kind kind, String codecs, long bandwidth, int width, int height)
      implements Serializable {

    private static final long serialVersionUID = 1L;

    public Rendition {
      Objects.requireNonNull(originUri, "originUri");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(codecs, "codecs");
    }
  }
}
