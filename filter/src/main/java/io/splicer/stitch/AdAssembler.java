package io.splicer.stitch;

import io.splicer.core.MediaTime;
import io.splicer.hls.SpliceAd;
import io.splicer.hls.SpliceSegment;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a break's {@link AdDecision} into the {@link SpliceAd}s of one rendition of the session:
 *
 * <ul>
 *   <li>variants (and other video renditions): the creative rendition {@link RenditionMatcher}
 *       picks for the variant's codecs, bandwidth and resolution;
 *   <li>alternate audio: the creative's audio-only rendition, else its lowest variant;
 *   <li>subtitles: blank WebVTT segments ({@code /v1/blank/{ms}.vtt}) of the ad's segment
 *       durations, so the subtitle timeline keeps pace with the ads;
 *   <li>I-frame playlists: the ad's segment durations as EXT-X-GAP segments (an honest gap: no
 *       I-frames for ads).
 * </ul>
 *
 * Slate repeats the slate creative until its time is covered (the last repetition is cut at a
 * segment boundary).
 */
final class AdAssembler {

  private final CreativeCatalog creatives;
  private final String blankPrefix;

  AdAssembler(CreativeCatalog creatives, String contextPath) {
    this.creatives = creatives;
    this.blankPrefix = contextPath + "/v1/blank/";
  }

  /** The blank WebVTT URI of one segment. */
  String blank(MediaTime duration) {
    return blankPrefix + Math.max(1, duration.micros() / 1000) + ".vtt";
  }

  /** Whether a URI is one of our blank WebVTT segments. */
  boolean isBlank(String uri) {
    return uri.startsWith(blankPrefix);
  }

  /**
   * The ads of the decision that this rendition can play (missing creatives are left out); the
   * index in the decision of each ad returned is added to {@code decisionIndexes}.
   */
  List<SpliceAd> ads(
      AdDecision d, VariantMap.Rendition content, int[] missing, List<Integer> decisionIndexes) {
    List<SpliceAd> out = new ArrayList<>();
    for (int i = 0; i < d.ads().size(); i++) {
      AdDecision.DecidedAd a = d.ads().get(i);
      Optional<Creative> c = creatives.peek(a.mediaUri());
      if (c.isEmpty()) {
        missing[0]++;
        continue;
      }
      out.add(ad(a.adId(), c.get(), content, Long.MAX_VALUE));
      decisionIndexes.add(i);
    }
    return out;
  }

  /** The creative rendition that playlist {@code content} plays of a creative. */
  static Creative.Rendition renditionFor(Creative c, VariantMap.Rendition content) {
    return switch (content.kind()) {
      case AUDIO -> RenditionMatcher.forAudio(c);
      default -> RenditionMatcher.forVariant(c, content);
    };
  }

  /** Slate pieces covering {@code micros}, or none when the slate is not loaded. */
  List<SpliceAd> slate(long micros, String slateUrl, VariantMap.Rendition content) {
    Optional<Creative> c = creatives.peek(slateUrl);
    if (micros <= 0 || c.isEmpty()) {
      return List.of();
    }
    List<SpliceAd> out = new ArrayList<>();
    long left = micros;
    while (left > 0) {
      SpliceAd piece = ad("slate", c.get(), content, left);
      if (piece.segments().isEmpty()) {
        break;
      }
      out.add(piece);
      left -= piece.duration().micros();
    }
    return out;
  }

  /** One creative in one rendition, at most {@code budget} long (whole segments). */
  private SpliceAd ad(String id, Creative c, VariantMap.Rendition content, long budget) {
    Creative.Rendition r = renditionFor(c, content);
    List<SpliceSegment> segs = new ArrayList<>();
    long used = 0;
    for (SpliceSegment s : r.segments()) {
      if (used >= budget) {
        break;
      }
      String uri =
          switch (content.kind()) {
            case SUBTITLES -> blank(s.duration());
            default -> s.uri();
          };
      segs.add(new SpliceSegment(uri, s.duration()));
      used += s.duration().micros();
    }
    boolean media =
        Set.of(VariantMap.Kind.VARIANT, VariantMap.Kind.AUDIO, VariantMap.Kind.OTHER)
            .contains(content.kind());
    return new SpliceAd(id, segs, media ? r.mapUri() : Optional.empty(), Optional.empty());
  }
}
