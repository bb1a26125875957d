package io.splicer.hls;

import io.splicer.core.MediaTime;
import io.splicer.scte35.Scte35Decoder;
import io.splicer.scte35.Scte35Mode;
import io.splicer.scte35.Scte35Result;
import io.splicer.scte35.SpliceInfoSection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Value parsers for the ad-marker dialects (no regular expressions). */
final class CueValues {

  private CueValues() {}

  /** A parsed duration: absent (bare tag), a value, or unparseable text. */
  record Duration(@Nullable MediaTime value, boolean invalid) {
    static final Duration NONE = new Duration(null, false);
    static final Duration INVALID = new Duration(null, true);

    boolean isZero() {
      return value != null && value.isZero();
    }
  }

  /**
   * EXT-X-CUE-OUT value: {@code 30.000}, {@code 0}, {@code DURATION=120}, {@code DURATION="19.0"},
   * {@code "19.0"} or nothing. ISO-8601 ({@code PT32S}) is not supported (as MediaTailor) and is
   * reported as invalid.
   */
  static Duration cueOut(@Nullable String value) {
    if (value == null || value.isBlank()) {
      return Duration.NONE;
    }
    String v = value.strip();
    if (v.indexOf('=') >= 0) {
      AttributeList attrs = AttributeList.parse(v);
      String d = attrs.raw("DURATION");
      return d == null ? Duration.NONE : seconds(AttributeList.unquote(d));
    }
    return seconds(AttributeList.unquote(v));
  }

  static Duration seconds(String text) {
    try {
      MediaTime t = MediaTime.parseSeconds(text);
      return t.isNegative() ? Duration.INVALID : new Duration(t, false);
    } catch (NumberFormatException | ArithmeticException e) {
      return Duration.INVALID;
    }
  }

  /** EXT-X-CUE-OUT-CONT: {@code ElapsedTime=a,Duration=b,SCTE35=c} or the {@code a/b} form. */
  record Cont(Duration elapsed, Duration duration, @Nullable String scte35) {}

  static Cont cueOutCont(@Nullable String value) {
    if (value == null || value.isBlank()) {
      return new Cont(Duration.NONE, Duration.NONE, null);
    }
    String v = value.strip();
    int slash = v.indexOf('/');
    if (v.indexOf('=') < 0 && slash > 0) {
      return new Cont(seconds(v.substring(0, slash)), seconds(v.substring(slash + 1)), null);
    }
    AttributeList a = AttributeList.parse(v);
    String elapsed = a.raw("ElapsedTime");
    String duration = a.raw("Duration");
    return new Cont(
        elapsed == null ? Duration.NONE : seconds(AttributeList.unquote(elapsed)),
        duration == null ? Duration.NONE : seconds(AttributeList.unquote(duration)),
        a.string("SCTE35").orElse(null));
  }

  /** EXT-X-ASSET key/values, unquoted but still URL-encoded (forwarded as-is to the ADS). */
  static Map<String, String> asset(@Nullable String value) {
    AttributeList a = AttributeList.parse(value);
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < a.size(); i++) {
      m.put(a.name(i), AttributeList.unquote(a.rawValue(i)));
    }
    return m;
  }

  /** Decodes a base64 or 0x-hex SCTE-35 payload leniently; empty when it cannot be decoded. */
  static Optional<SpliceInfoSection> scte35(@Nullable String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    Scte35Result r =
        Scte35Decoder.decodeText(AttributeList.unquote(text.strip()), Scte35Mode.LENIENT);
    return r.section();
  }
}
