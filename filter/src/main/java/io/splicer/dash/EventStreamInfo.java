package io.splicer.dash;

import java.util.List;

/**
 * A Period-level {@code EventStream} (ISO/IEC 23009-1 §5.10.2).
 *
 * @param span the whole element
 * @param schemeIdUri {@code @schemeIdUri}
 * @param timescale {@code @timescale} (default 1)
 * @param presentationTimeOffset {@code @presentationTimeOffset} (default 0)
 * @param events its Events in document order
 */
public record EventStreamInfo(
    Span span,
    String schemeIdUri,
    long timescale,
    long presentationTimeOffset,
    List<MpdEvent> events) {

  public static final String SCTE35_XML = "urn:scte:scte35:2013:xml";
  public static final String SCTE35_XML_BIN = "urn:scte:scte35:2014:xml+bin";

  public EventStreamInfo {
    events = List.copyOf(events);
  }

  /** Whether this stream carries SCTE-35 (SCTE 214-1 §6.7.4: either scheme). */
  public boolean isScte35() {
    return SCTE35_XML.equals(schemeIdUri) || SCTE35_XML_BIN.equals(schemeIdUri);
  }
}
