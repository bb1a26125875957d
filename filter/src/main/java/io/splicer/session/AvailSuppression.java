package io.splicer.session;

import java.time.Duration;
import java.util.Locale;

/**
 * Session-level avail suppression (reference §9.4), from {@code aws.availSuppressionMode/Value/
 * FillPolicy} or the JSON {@code availSuppression} object. Mode and value must come together.
 *
 * @param mode when breaks are not personalised
 * @param value the live-edge offset ({@code HH:MM:SS})
 * @param fillPolicy full or partial fill of a straddling break
 */
public record AvailSuppression(Mode mode, Duration value, FillPolicy fillPolicy) {

  /** {@code AvailSuppression.Mode}. */
  public enum Mode {
    OFF,
    BEHIND_LIVE_EDGE,
    AFTER_LIVE_EDGE
  }

  /** {@code AvailSuppression.FillPolicy}; {@code BEHIND_LIVE_EDGE} always uses full avails. */
  public enum FillPolicy {
    FULL_AVAIL_ONLY,
    PARTIAL_AVAIL
  }

  public AvailSuppression {
    if (value.isNegative()) {
      throw new IllegalArgumentException("negative suppression value [" + value + "]");
    }
    if (mode == Mode.BEHIND_LIVE_EDGE && fillPolicy == FillPolicy.PARTIAL_AVAIL) {
      throw new IllegalArgumentException("PARTIAL_AVAIL is not allowed with BEHIND_LIVE_EDGE");
    }
  }

  /**
   * Parses the three strings (already URL-decoded); {@code fillPolicy} may be empty (→ {@code
   * FULL_AVAIL_ONLY}).
   *
   * @param path where they came from, for the error
   * @throws SessionParamException if a value is unknown or {@code value} is not {@code HH:MM:SS}
   */
  public static AvailSuppression parse(String path, String mode, String value, String fillPolicy) {
    Mode m = parseEnum(Mode.class, field(path, "Mode"), mode);
    FillPolicy f =
        fillPolicy.isEmpty()
            ? FillPolicy.FULL_AVAIL_ONLY
            : parseEnum(FillPolicy.class, field(path, "FillPolicy"), fillPolicy);
    Duration d = parseHhMmSs(field(path, "Value"), value);
    try {
      return new AvailSuppression(m, d, f);
    } catch (IllegalArgumentException e) {
      throw new SessionParamException(field(path, "FillPolicy"), fillPolicy, e.getMessage());
    }
  }

  private static <E extends Enum<E>> E parseEnum(Class<E> type, String path, String text) {
    try {
      return Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new SessionParamException(path, text, "unknown " + type.getSimpleName());
    }
  }

  /** {@code HH:MM:SS} (reference §2.1 {@code AvailSuppression.Value}). */
  static Duration parseHhMmSs(String path, String text) {
    String[] parts = text.trim().split(":", -1);
    if (parts.length != 3) {
      throw new SessionParamException(path, text, "expected HH:MM:SS");
    }
    long total = 0;
    for (int i = 0; i < 3; i++) {
      String p = parts[i];
      if (p.isEmpty() || p.length() > 2 || !p.chars().allMatch(Character::isDigit)) {
        throw new SessionParamException(path, text, "expected HH:MM:SS");
      }
      int n = Integer.parseInt(p);
      if (i > 0 && n > 59) {
        throw new SessionParamException(path, text, "minutes and seconds must be < 60");
      }
      total = total * 60 + n;
    }
    return Duration.ofSeconds(total);
  }

  /**
   * The error path of one field: {@code aws.availSuppression} + {@code Mode} for query parameters,
   * {@code /availSuppression/} + {@code mode} for JSON pointers.
   */
  static String field(String prefix, String name) {
    return prefix.endsWith("/")
        ? prefix + Character.toLowerCase(name.charAt(0)) + name.substring(1)
        : prefix + name;
  }

  /** {@code HH:MM:SS} text of the value. */
  public String valueText() {
    long s = value.getSeconds();
    return String.format(Locale.ROOT, "%02d:%02d:%02d", s / 3600, (s / 60) % 60, s % 60);
  }
}
