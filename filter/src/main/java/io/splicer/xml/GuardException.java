package io.splicer.xml;

import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamException;

/** Thrown from inside a reader when a limit is hit; {@link HardenedXml#classify} unwraps it. */
final class GuardException extends XMLStreamException {

  private static final long serialVersionUID = 1L;

  private final XmlException.Kind kind;
  private final String offendingValue;

  GuardException(XmlException.Kind kind, String message, String offendingValue, Location at) {
    super(message + " [" + offendingValue + "]", at);
    this.kind = kind;
    this.offendingValue = offendingValue;
  }

  XmlException toXmlException() {
    return new XmlException(kind, getMessage(), offendingValue, this);
  }
}
