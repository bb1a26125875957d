package io.splicer.xml;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Unmarshaller;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;

/**
 * Namespace-agnostic JAXB unmarshalling through the hardened reader. Bound classes are written for
 * local names in no namespace; the document may use any namespace (or none) and any prefixes. The
 * root element chooses the bound type. Contexts are created once per set of classes and cached
 * (cold creation costs ~100 ms); a binder is immutable and thread-safe.
 */
public final class JaxbBinder {

  private static final ConcurrentMap<List<Class<?>>, JAXBContext> CONTEXTS =
      new ConcurrentHashMap<>();

  private final JAXBContext context;
  private final Map<String, Class<?>> roots;
  private final Set<String> rawElements;

  /** A bound document: the root element's local name and the unmarshalled value. */
  public record Bound(String rootName, Object value) {}

  private JaxbBinder(JAXBContext context, Map<String, Class<?>> roots, Set<String> rawElements) {
    this.context = context;
    this.roots = roots;
    this.rawElements = rawElements;
  }

  /**
   * A binder for the given root elements.
   *
   * @param roots root element local name → bound class
   * @param rawElements local names of elements whose content is captured as raw XML for classes
   *     implementing {@link RawXmlHolder}
   */
  public static JaxbBinder of(Map<String, Class<?>> roots, Set<String> rawElements) {
    List<Class<?>> key = List.copyOf(roots.values());
    JAXBContext context = CONTEXTS.computeIfAbsent(key, JaxbBinder::newContext);
    return new JaxbBinder(context, Map.copyOf(new LinkedHashMap<>(roots)), Set.copyOf(rawElements));
  }

  private static JAXBContext newContext(List<Class<?>> classes) {
    try {
      return JAXBContext.newInstance(classes.toArray(new Class<?>[0]));
    } catch (JAXBException e) {
      throw new IllegalStateException("cannot bind " + classes, e);
    }
  }

  /**
   * Unmarshals a whole document. The document must be well-formed to its end (trailing garbage is
   * refused) and within the limits.
   *
   * @throws XmlException classified: malformed, too large/deep, DOCTYPE, or an unknown root
   */
  public Bound unmarshal(byte[] xml, XmlLimits limits) throws XmlException {
    AgnosticReader reader = HardenedXml.openAgnostic(xml, limits, rawElements);
    try {
      reader.nextTag();
      String rootName = reader.getLocalName();
      Class<?> type = roots.get(rootName);
      if (type == null) {
        throw new XmlException(XmlException.Kind.UNKNOWN_ROOT, "unexpected root element", rootName);
      }
      Unmarshaller unmarshaller = context.createUnmarshaller();
      unmarshaller.setListener(
          new Unmarshaller.Listener() {
            @Override
            public void afterUnmarshal(Object target, Object parent) {
              if (target instanceof RawXmlHolder holder) {
                holder.rawXml(reader.takeCapture());
              }
            }
          });
      Object value = unmarshaller.unmarshal(reader, type).getValue();
      drain(reader);
      return new Bound(rootName, value);
    } catch (XMLStreamException | JAXBException | RuntimeException e) {
      throw HardenedXml.classify(e);
    } finally {
      close(reader);
    }
  }

  private static void drain(AgnosticReader reader) throws XMLStreamException {
    while (reader.hasNext() && reader.next() != XMLStreamConstants.END_DOCUMENT) {
      // reads to the end so that trailing garbage is detected
    }
  }

  private static void close(AgnosticReader reader) {
    try {
      reader.close();
    } catch (XMLStreamException e) {
      // nothing to release for an in-memory document
    }
  }
}
