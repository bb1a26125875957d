package io.splicer.hls;

import io.splicer.core.MediaTime;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * A decoded tag. Each shape is read and written by the {@link TagCodec} registered for its name in
 * {@link TagCodecs} (design rule 3).
 */
public sealed interface HlsTag {

  /** The tag name without {@code #}, e.g. {@code EXT-X-KEY}. */
  String name();

  /** A tag without a value: EXTM3U, EXT-X-ENDLIST, EXT-X-DISCONTINUITY, EXT-X-GAP, ... */
  record Flag(String name) implements HlsTag {}

  /** A decimal-integer tag: EXT-X-VERSION, EXT-X-TARGETDURATION, EXT-X-MEDIA-SEQUENCE, ... */
  record Number(String name, long value) implements HlsTag {}

  /** A tag whose value is kept as text: EXT-X-PLAYLIST-TYPE, EXT-X-PROGRAM-DATE-TIME, cues. */
  record Text(String name, String value) implements HlsTag {}

  /** A tag whose value is an attribute list (RFC 8216 §4.2). */
  record Attributes(String name, AttributeList attributes) implements HlsTag {}

  /**
   * EXTINF (RFC 8216 §4.3.2.1): exact duration, the duration as written, and the title.
   *
   * @param duration exact duration
   * @param durationText the number as written (kept so an untouched tag re-renders identically)
   * @param title the title after the comma, or null when there is no comma
   */
  record ExtInf(MediaTime duration, String durationText, @Nullable String title) implements HlsTag {
    public static final String NAME = "EXTINF";

    /** A new EXTINF with the duration written minimally (at least one fraction digit). */
    public static ExtInf of(MediaTime duration) {
      return new ExtInf(duration, formatSeconds(duration), "");
    }

    @Override
    public String name() {
      return NAME;
    }
  }

  /** EXT-X-BYTERANGE {@code n[@o]} (RFC 8216 §4.3.2.2). */
  record ByteRange(long length, OptionalLong offset) implements HlsTag {
    public static final String NAME = "EXT-X-BYTERANGE";

    @Override
    public String name() {
      return NAME;
    }
  }

  /** Decimal seconds with 1–6 fraction digits, trailing zeros dropped: 3.0, 2.002, 3.066667. */
  static String formatSeconds(MediaTime t) {
    return appendSeconds(new StringBuilder(12), t).toString();
  }

  /** Appends {@link #formatSeconds} of {@code t} to {@code sb}; returns {@code sb}. */
  static StringBuilder appendSeconds(StringBuilder sb, MediaTime t) {
    long micros = t.micros();
    if (micros < 0) {
      sb.append('-');
      micros = -micros;
    }
    sb.append(micros / 1_000_000).append('.');
    long frac = micros % 1_000_000;
    int digits = 6;
    while (digits > 1 && frac % 10 == 0) {
      frac /= 10;
      digits--;
    }
    while (digits > 1 && frac < pow10(digits - 1)) {
      sb.append('0'); // leading zeros of the fraction
      digits--;
    }
    return sb.append(frac);
  }

  private static long pow10(int n) {
    long r = 1;
    for (int i = 0; i < n; i++) {
      r *= 10;
    }
    return r;
  }
}
