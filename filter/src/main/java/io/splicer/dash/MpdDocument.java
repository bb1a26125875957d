package io.splicer.dash;

import io.splicer.core.MediaTime;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Optional;

/**
 * A read MPD: its original bytes and decoded text, and the located elements the rewriter may touch.
 * Everything else stays text and is copied verbatim.
 *
 * @param bytes the input, returned untouched when nothing is edited
 * @param text the input decoded with {@code charset}
 * @param charset the document's encoding
 * @param dynamic {@code MPD@type="dynamic"} (live)
 * @param mpdTag the MPD start tag
 * @param mediaPresentationDuration {@code MPD@mediaPresentationDuration}
 * @param baseUrls MPD-level BaseURL elements (span) in order
 * @param baseUrlValues their text content, same order
 * @param locations MPD-level Location elements
 * @param headInsert where MPD-level BaseURL/Location elements are inserted (before the first MPD
 *     child that must follow them, ISO/IEC 23009-1 Table 3 order)
 * @param headIndent the indentation at {@code headInsert}
 * @param periods the Periods
 * @param problems what the reader ignored
 */
public record MpdDocument(
    byte[] bytes,
    String text,
    Charset charset,
    boolean dynamic,
    Span mpdTag,
    Optional<MediaTime> mediaPresentationDuration,
    List<Span> baseUrls,
    List<String> baseUrlValues,
    List<Span> locations,
    int headInsert,
    String headIndent,
    List<MpdPeriod> periods,
    List<DashProblem> problems) {

  public MpdDocument {
    baseUrls = List.copyOf(baseUrls);
    baseUrlValues = List.copyOf(baseUrlValues);
    locations = List.copyOf(locations);
    periods = List.copyOf(periods);
    problems = List.copyOf(problems);
  }

  /** An attribute of the {@code MPD} element as written (entities not decoded), if present. */
  public Optional<String> mpdAttribute(String name) {
    String tag = text.substring(mpdTag.start(), mpdTag.end());
    int[] v = StartTag.valueSpan(tag, name);
    return v == null ? Optional.empty() : Optional.of(tag.substring(v[0], v[1]));
  }

  /** The Period with this {@code @id}. */
  public Optional<MpdPeriod> period(String id) {
    return periods.stream().filter(p -> p.id().filter(id::equals).isPresent()).findFirst();
  }

  /**
   * Where Period {@code index} ends on the MPD timeline: the next Period's start, else its own
   * {@code @duration}, else (last Period of a static MPD) the media presentation duration.
   */
  public Optional<MediaTime> periodEnd(int index) {
    MpdPeriod p = periods.get(index);
    if (index + 1 < periods.size() && periods.get(index + 1).declaredStart().isPresent()) {
      return periods.get(index + 1).declaredStart();
    }
    if (p.duration().isPresent()) {
      return Optional.of(p.start().plus(p.duration().get()));
    }
    if (index + 1 == periods.size() && !dynamic) {
      return mediaPresentationDuration;
    }
    return Optional.empty();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MpdDocument d && d.text.equals(text) && d.charset.equals(charset);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  @Override
  public String toString() {
    return "MpdDocument[periods=" + periods.size() + ", dynamic=" + dynamic + "]";
  }
}
