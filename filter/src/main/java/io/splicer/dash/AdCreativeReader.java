package io.splicer.dash;

import io.splicer.core.MediaTime;
import io.splicer.xml.XmlLimits;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads an ad creative's MPD (its transcoded DASH rendition) into an {@link AdCreative}. */
public final class AdCreativeReader {

  private AdCreativeReader() {}

  public static AdCreative read(byte[] mpd) throws DashException {
    return read(mpd, XmlLimits.defaults());
  }

  /**
   * Reads the first Period's AdaptationSets. Duration: {@code MPD@mediaPresentationDuration}, else
   * {@code Period@duration}, else the longest SegmentTimeline.
   *
   * @throws DashException if unreadable, not an MPD, without Period or without AdaptationSet
   */
  public static AdCreative read(byte[] mpd, XmlLimits limits) throws DashException {
    MpdDocument doc = MpdReader.read(mpd, limits);
    if (doc.periods().isEmpty() || doc.periods().get(0).adaptationSets().isEmpty()) {
      throw new DashException(
          DashException.Kind.INVALID_VALUE, "/MPD/Period", "ad MPD has no AdaptationSet", "0");
    }
    MpdPeriod period = doc.periods().get(0);
    MediaTime duration =
        doc.mediaPresentationDuration()
            .or(period::duration)
            .or(() -> timelineDuration(period))
            .orElseThrow(
                () ->
                    new DashException(
                        DashException.Kind.INVALID_VALUE,
                        "/MPD",
                        "ad MPD has no duration",
                        "mediaPresentationDuration"));
    return new AdCreative(
        doc.text(), duration, period.adaptationSets(), periodTemplates(doc.text(), period));
  }

  private static Optional<MediaTime> timelineDuration(MpdPeriod period) {
    MediaTime max = null;
    for (SegmentTemplateInfo t : period.templates()) {
      long ticks = 0;
      for (TimelineEntry s : t.timeline()) {
        ticks += s.d() * (Math.max(0, s.r()) + 1);
      }
      MediaTime d = MediaTime.ofTicks(ticks, t.timescale());
      max = max == null ? d : MediaTime.max(max, d);
    }
    return Optional.ofNullable(max);
  }

  /** SegmentTemplate elements written directly in the Period (before its AdaptationSets). */
  private static List<String> periodTemplates(String text, MpdPeriod period) {
    List<String> out = new ArrayList<>();
    int firstSet = period.adaptationSets().get(0).span().start();
    int from = period.tag().end();
    int i = text.indexOf("<SegmentTemplate", from);
    while (i >= 0 && i < firstSet) {
      int end = text.indexOf("/>", i);
      int close = text.indexOf("</SegmentTemplate>", i);
      int tagEnd = text.indexOf('>', i);
      int stop = tagEnd == end + 1 ? end + 2 : close + "</SegmentTemplate>".length();
      out.add(text.substring(i, stop));
      i = text.indexOf("<SegmentTemplate", stop);
    }
    return out;
  }
}
