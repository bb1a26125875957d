package io.splicer.dash;

import io.splicer.core.MediaTime;
import java.util.List;

/**
 * An ad creative's DASH rendition, read by {@link AdCreativeReader}: the AdaptationSets of its
 * first Period, kept as text so they are copied into ad Periods exactly.
 *
 * @param text the creative MPD's decoded text (the spans below point into it)
 * @param duration the creative's duration
 * @param adaptationSets its AdaptationSets
 * @param periodLevelTemplates Period-level SegmentTemplate elements (text), copied into ad Periods
 */
public record AdCreative(
    String text,
    MediaTime duration,
    List<AdaptationSetInfo> adaptationSets,
    List<String> periodLevelTemplates) {

  public AdCreative {
    adaptationSets = List.copyOf(adaptationSets);
    periodLevelTemplates = List.copyOf(periodLevelTemplates);
  }

  /**
   * The AdaptationSet's text with its ContentProtection elements removed (ad Periods are clear).
   */
  String clearText(AdaptationSetInfo set) {
    StringBuilder b = new StringBuilder();
    int at = set.span().start();
    for (Span cp : set.contentProtections()) {
      Span cut = Edits.withLeadingWhitespace(text, cp);
      b.append(text, at, cut.start());
      at = cut.end();
    }
    b.append(text, at, set.span().end());
    return b.toString();
  }
}
