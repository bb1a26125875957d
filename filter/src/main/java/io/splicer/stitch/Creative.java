package io.splicer.stitch;

import io.splicer.core.MediaTime;
import io.splicer.hls.SpliceSegment;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A streaming ad creative (or the slate) as its HLS playlists describe it: its variants, its
 * audio-only rendition, each with absolute segment URIs. (I-frame renditions use byte ranges, which
 * the splice primitives do not carry: I-frame playlists get an honest gap during ads instead.)
 *
 * @param uri the creative's playlist URL (VAST {@code MediaFile}, or {@code SlateAdUrl})
 * @param variants EXT-X-STREAM-INF renditions (or the playlist itself when it is a media playlist)
 * @param audio the default (else first) EXT-X-MEDIA TYPE=AUDIO rendition with a URI, if any
 */
record Creative(String uri, List<Rendition> variants, Optional<Rendition> audio) {

  Creative {
    Objects.requireNonNull(uri, "uri");
    variants = List.copyOf(variants);
    if (variants.isEmpty()) {
      throw new IllegalArgumentException("creative without renditions [" + uri + "]");
    }
  }

  /** The playable duration: that of the first variant. */
  MediaTime duration() {
    return variants.get(0).duration();
  }

  /**
   * One media playlist of a creative.
   *
   * @param uri its URL
   * @param codecs CODECS of its EXT-X-STREAM-INF, or {@code ""}
   * @param bandwidth BANDWIDTH, or 0
   * @param width RESOLUTION width, or 0
   * @param height RESOLUTION height, or 0
   * @param segments the segments with absolute URIs
   * @param mapUri absolute URI of its EXT-X-MAP (fMP4), if any
   */
  record Rendition(
      String uri,
      String codecs,
      long bandwidth,
      int width,
      int height,
      List<SpliceSegment> segments,
      Optional<String> mapUri) {

    Rendition {
      segments = List.copyOf(segments);
    }

    MediaTime duration() {
      long micros = 0;
      for (SpliceSegment s : segments) {
        micros += s.duration().micros();
      }
      return MediaTime.ofMicros(micros);
    }
  }
}
