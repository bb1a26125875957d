package io.splicer.xml;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;

/**
 * Refuses a DOCTYPE (so no DTD, internal entity or external entity is ever seen by a caller) and
 * enforces the element depth limit while a caller pulls events.
 */
class GuardedReader extends StreamReaderDelegate {

  private final int maxDepth;
  private int depth;

  GuardedReader(XMLStreamReader reader, int maxDepth) {
    super(reader);
    this.maxDepth = maxDepth;
  }

  @Override
  public int next() throws XMLStreamException {
    return onEvent(super.next());
  }

  @Override
  public int nextTag() throws XMLStreamException {
    int event = next();
    while ((event == XMLStreamConstants.CHARACTERS && isWhiteSpace())
        || event == XMLStreamConstants.SPACE
        || event == XMLStreamConstants.COMMENT
        || event == XMLStreamConstants.PROCESSING_INSTRUCTION) {
      event = next();
    }
    if (event != XMLStreamConstants.START_ELEMENT && event != XMLStreamConstants.END_ELEMENT) {
      throw new XMLStreamException("expected a start or end tag", getLocation());
    }
    return event;
  }

  /** Checks one event; subclasses extend it and must call it first. */
  int onEvent(int event) throws XMLStreamException {
    if (event == XMLStreamConstants.DTD) {
      // Design rule 11: DTDs are refused outright (XXE, billion laughs).
      throw new GuardException(
          XmlException.Kind.DOCTYPE, "DOCTYPE refused", "DOCTYPE", getLocation());
    } else if (event == XMLStreamConstants.START_ELEMENT) {
      if (++depth > maxDepth) {
        throw new GuardException(
            XmlException.Kind.TOO_DEEP,
            "element nesting deeper than " + maxDepth,
            Integer.toString(depth),
            getLocation());
      }
    } else if (event == XMLStreamConstants.END_ELEMENT) {
      depth--;
    }
    return event;
  }

  /** The current element depth (1 inside the root element). */
  int depth() {
    return depth;
  }
}
