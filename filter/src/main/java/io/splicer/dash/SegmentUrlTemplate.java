package io.splicer.dash;

import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code SegmentTemplate@media} or {@code @initialization} value turned around: given a path a
 * player built from it, the {@code $Number$} or {@code $Time$} value it substituted (ISO/IEC
 * 23009-1 §5.3.9.4.4, Table 16: {@code $RepresentationID$}, {@code $Number$}, {@code $Bandwidth$},
 * {@code $Time$}, {@code $SubNumber$}, each with an optional {@code %0[width]d} format tag, and
 * {@code $$}). The path may carry leading directories (from BaseURLs inside the AdaptationSet).
 * Immutable and thread-safe.
 */
public final class SegmentUrlTemplate {

  /** Which identifier the captured value stands for. */
  public enum Variable {
    NONE,
    NUMBER,
    TIME
  }

  private static final Pattern IDENTIFIER =
      Pattern.compile("\\$(RepresentationID|Number|Bandwidth|Time|SubNumber)(?:%0(\\d{1,2})d)?\\$");
  private static final int MAX_DIGITS = 18;

  private final Pattern pattern;
  private final Variable variable;

  private SegmentUrlTemplate(Pattern pattern, Variable variable) {
    this.pattern = pattern;
    this.variable = variable;
  }

  Variable variable() {
    return variable;
  }

  /**
   * Compiles {@code template} for one Representation; empty if it is not a valid template (an
   * unknown identifier, more than one of {@code $Number$}/{@code $Time$}).
   */
  static Optional<SegmentUrlTemplate> compile(String template, String representationId, long bw) {
    StringBuilder regex = new StringBuilder("(?:[^/]+/)*");
    Variable variable = Variable.NONE;
    int at = 0;
    while (at < template.length()) {
      int dollar = template.indexOf('$', at);
      if (dollar < 0) {
        regex.append(Pattern.quote(template.substring(at)));
        break;
      }
      if (dollar > at) {
        regex.append(Pattern.quote(template.substring(at, dollar)));
      }
      if (template.startsWith("$$", dollar)) {
        regex.append(Pattern.quote("$"));
        at = dollar + 2;
        continue;
      }
      Matcher m = IDENTIFIER.matcher(template);
      if (!m.find(dollar) || m.start() != dollar) {
        return Optional.empty();
      }
      int width = m.group(2) == null ? 1 : Math.max(1, Integer.parseInt(m.group(2)));
      switch (m.group(1)) {
        case "RepresentationID" -> regex.append(Pattern.quote(representationId));
        case "Bandwidth" -> regex.append(Pattern.quote(pad(bw, width)));
        case "SubNumber" -> regex.append("\\d{1,").append(MAX_DIGITS).append('}');
        default -> {
          if (variable != Variable.NONE || width > MAX_DIGITS) {
            return Optional.empty();
          }
          variable = m.group(1).equals("Number") ? Variable.NUMBER : Variable.TIME;
          regex.append("(\\d{").append(width).append(',').append(MAX_DIGITS).append("})");
        }
      }
      at = m.end();
    }
    return Optional.of(new SegmentUrlTemplate(Pattern.compile(regex.toString()), variable));
  }

  private static String pad(long value, int width) {
    String s = Long.toString(value);
    return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
  }

  /**
   * The substituted {@code $Number$}/{@code $Time$} value if {@code path} was built from this
   * template (any value if the template has neither); empty if it was not.
   */
  Optional<OptionalLong> match(String path) {
    Matcher m = pattern.matcher(path);
    if (!m.matches()) {
      return Optional.empty();
    }
    return Optional.of(
        variable == Variable.NONE
            ? OptionalLong.empty()
            : OptionalLong.of(Long.parseLong(m.group(1))));
  }
}
