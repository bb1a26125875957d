package io.splicer.xml;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLEventFactory;
import javax.xml.stream.XMLEventReader;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The one hardened XML entry point of Splicer (design rule 11). Every XML document is read through
 * here: no DTD is processed (a DOCTYPE is refused), no external entity or XInclude is resolved, and
 * size and element depth are capped ({@link XmlLimits}).
 *
 * <p>The factories are the JDK's own StAX implementation ({@code newDefaultFactory}, so a StAX
 * provider on the webapp's class path cannot weaken them), configured once and shared: the JDK
 * factory creates a fresh reader per call and is safe to share once configured.
 */
public final class HardenedXml {

  private static final XMLInputFactory NAMESPACE_AWARE = newInputFactory(true);
  private static final XMLInputFactory NAMESPACE_UNAWARE = newInputFactory(false);
  private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newDefaultFactory();
  private static final XMLEventFactory EVENTS = XMLEventFactory.newDefaultFactory();

  private HardenedXml() {}

  private static XMLInputFactory newInputFactory(boolean namespaceAware) {
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, true);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, namespaceAware);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    f.setXMLResolver(
        (publicId, systemId, baseUri, namespace) -> {
          throw new XMLStreamException("external resource refused [" + systemId + "]");
        });
    return f;
  }

  /**
   * Opens a namespace-aware, guarded stream reader (for the DASH MPD path). Pull errors surface as
   * {@link XMLStreamException}; {@link #classify} turns them into an {@link XmlException}.
   */
  public static XMLStreamReader open(byte[] xml, XmlLimits limits) throws XmlException {
    checkSize(xml.length, limits);
    return new GuardedReader(
        create(NAMESPACE_AWARE, new ByteArrayInputStream(xml)), limits.maxDepth());
  }

  /** As {@link #open(byte[], XmlLimits)}, reading at most {@code maxBytes} from the stream. */
  public static XMLStreamReader open(InputStream in, XmlLimits limits) throws XmlException {
    return new GuardedReader(
        create(NAMESPACE_AWARE, new LimitedInputStream(in, limits.maxBytes())), limits.maxDepth());
  }

  /**
   * Opens a namespace-<em>unaware</em> guarded stream reader: element and attribute names are
   * reported as written ({@code scte35:Binary}), {@code xmlns} declarations are ordinary
   * attributes, and undeclared prefixes are accepted. For the DASH MPD path, where real documents
   * use several SCTE-35 namespaces or leave a prefix undeclared, and where a lossless rewrite must
   * see every namespace declaration as written.
   */
  public static XMLStreamReader openNamespaceUnaware(byte[] xml, XmlLimits limits)
      throws XmlException {
    checkSize(xml.length, limits);
    return new GuardedReader(
        create(NAMESPACE_UNAWARE, new ByteArrayInputStream(xml)), limits.maxDepth());
  }

  /** A guarded, namespace-aware event reader (for streaming rewrites with {@link #output()}). */
  public static XMLEventReader openEvents(InputStream in, XmlLimits limits) throws XmlException {
    try {
      return NAMESPACE_AWARE.createXMLEventReader(open(in, limits));
    } catch (XMLStreamException e) {
      throw classify(e);
    }
  }

  /**
   * Opens a namespace-agnostic guarded reader: prefixes stripped, every name in no namespace (see
   * {@link AgnosticReader}); also accepts documents that are not namespace-well-formed.
   */
  static AgnosticReader openAgnostic(byte[] xml, XmlLimits limits, Set<String> captureNames)
      throws XmlException {
    checkSize(xml.length, limits);
    return new AgnosticReader(
        create(NAMESPACE_UNAWARE, new ByteArrayInputStream(xml)), limits.maxDepth(), captureNames);
  }

  /** The shared output factory for streaming rewrites. */
  public static XMLOutputFactory output() {
    return OUTPUT;
  }

  /** The shared event factory for streaming rewrites. */
  public static XMLEventFactory events() {
    return EVENTS;
  }

  /** Maps any reading failure (a limit hit, or not well-formed) to a classified exception. */
  public static XmlException classify(Throwable failure) {
    for (Throwable t = failure; t != null; t = next(t)) {
      if (t instanceof GuardException g) {
        return g.toXmlException();
      }
      if (t instanceof LimitedInputStream.TooLargeException large) {
        return new XmlException(
            XmlException.Kind.TOO_LARGE, "document larger than limit", large.getMessage(), failure);
      }
      if (t instanceof XmlException x) {
        return x;
      }
    }
    String detail = null;
    for (Throwable t = failure; t != null && detail == null; t = next(t)) {
      detail = t.getMessage();
    }
    detail = String.valueOf(detail).replace('\n', ' ');
    return new XmlException(XmlException.Kind.MALFORMED, "not well-formed XML", detail, failure);
  }

  private static Throwable next(Throwable t) {
    if (t instanceof XMLStreamException x && x.getNestedException() != null) {
      return x.getNestedException();
    }
    if (t instanceof jakarta.xml.bind.JAXBException j && j.getLinkedException() != null) {
      return j.getLinkedException();
    }
    return t.getCause() == t ? null : t.getCause();
  }

  private static void checkSize(int length, XmlLimits limits) throws XmlException {
    if (length > limits.maxBytes()) {
      throw new XmlException(
          XmlException.Kind.TOO_LARGE,
          "document larger than " + limits.maxBytes() + " bytes",
          Integer.toString(length));
    }
  }

  private static XMLStreamReader create(XMLInputFactory factory, InputStream in)
      throws XmlException {
    try {
      return factory.createXMLStreamReader(in);
    } catch (XMLStreamException e) {
      throw classify(e);
    }
  }
}
