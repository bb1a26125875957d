package io.splicer.hls;

import io.splicer.core.MediaTime;
import java.util.List;
import java.util.Optional;

/**
 * One ad (or slate) creative chosen for a break: its segments in one rendition, its EXT-X-MAP
 * (fMP4/CMAF) and its key. Ads are separated by EXT-X-DISCONTINUITY.
 *
 * @param id the caller's id for the ad (reported back in {@link SpliceResult.Placement})
 * @param segments the segments, in order
 * @param mapUri URI of the ad's initialization section, if fMP4
 * @param key attributes of the ad's EXT-X-KEY, or empty for clear ads (METHOD=NONE is written when
 *     content before it was encrypted)
 */
public record SpliceAd(
    String id, List<SpliceSegment> segments, Optional<String> mapUri, Optional<AttributeList> key) {

  public SpliceAd {
    segments = List.copyOf(segments);
  }

  /** A clear transport-stream ad. */
  public static SpliceAd of(String id, List<SpliceSegment> segments) {
    return new SpliceAd(id, segments, Optional.empty(), Optional.empty());
  }

  public MediaTime duration() {
    long micros = 0;
    for (SpliceSegment s : segments) {
      micros += s.duration().micros();
    }
    return MediaTime.ofMicros(micros);
  }
}
