package io.splicer.xml;

import java.util.Set;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A guarded reader over a namespace-<em>unaware</em> parser that presents every element and
 * attribute in no namespace with its prefix removed, and hides {@code xmlns} declarations. Real
 * VAST comes with no namespace, in {@code http://www.iab.com/VAST}, and VMAP under three different
 * URIs (some not even namespace-well-formed, with undeclared {@code xsi:}): data bindings written
 * for local names then accept them all.
 *
 * <p>It can also capture the raw XML of chosen elements (VAST {@code Extension}, VMAP {@code
 * CustomAdData}) while the binding reads past them, so such opaque content is kept as text without
 * building a DOM. A capture re-serialises the events: CDATA becomes escaped text, the original
 * prefixes and namespace declarations are kept.
 */
final class AgnosticReader extends GuardedReader {

  private static final int[] NO_ATTRIBUTES = new int[0];
  static final String INTERN_NAMES = "org.codehaus.stax2.internNames";
  static final String INTERN_NS_URIS = "org.codehaus.stax2.internNsUris";

  private final Set<String> captureNames;
  private String localName = "";
  private int[] attributes = NO_ATTRIBUTES;
  private StringBuilder capture;
  private int captureDepth;
  private String lastCapture;

  AgnosticReader(XMLStreamReader reader, int maxDepth, Set<String> captureNames) {
    super(reader, maxDepth);
    this.captureNames = captureNames;
  }

  @Override
  int onEvent(int event) throws XMLStreamException {
    super.onEvent(event);
    if (event == XMLStreamConstants.START_ELEMENT) {
      startElement();
    } else if (event == XMLStreamConstants.END_ELEMENT) {
      endElement();
    } else if (capture != null) {
      captureOther(event);
    }
    return event;
  }

  private void startElement() {
    String raw = getParent().getLocalName();
    localName = strip(raw);
    attributes = visibleAttributes();
    if (capture == null && captureNames.contains(localName)) {
      capture = new StringBuilder(256);
      captureDepth = 0;
    }
    if (capture != null) {
      captureDepth++;
      RawXml.startTag(capture, getParent(), raw);
    }
  }

  private void endElement() {
    String raw = getParent().getLocalName();
    localName = strip(raw);
    if (capture != null) {
      capture.append("</").append(raw).append('>');
      if (--captureDepth == 0) {
        lastCapture = capture.toString();
        capture = null;
      }
    }
  }

  private void captureOther(int event) {
    RawXml.other(capture, getParent(), event);
  }

  /** The raw XML of the last element captured completely, once. */
  String takeCapture() {
    String s = lastCapture;
    lastCapture = null;
    return s;
  }

  private int[] visibleAttributes() {
    XMLStreamReader r = getParent();
    int n = r.getAttributeCount();
    if (n == 0) {
      return NO_ATTRIBUTES;
    }
    int[] keep = new int[n];
    int k = 0;
    for (int i = 0; i < n; i++) {
      String prefix = r.getAttributePrefix(i);
      boolean declaration =
          "xmlns".equals(prefix)
              || ((prefix == null || prefix.isEmpty())
                  && "xmlns".equals(r.getAttributeLocalName(i)));
      if (!declaration) {
        keep[k++] = i;
      }
    }
    return k == n ? keep : java.util.Arrays.copyOf(keep, k);
  }

  /**
   * The local part of a raw name. Every name this reader returns is interned: the JDK parser's
   * symbol table interns the names it scans, and a stripped prefix is interned here. That lets
   * {@link #getProperty} tell JAXB so, which then skips interning each name again.
   */
  private static String strip(String qname) {
    int colon = qname.indexOf(':');
    return colon < 0 ? qname : qname.substring(colon + 1).intern();
  }

  /** Names are interned (see {@link #strip}); JAXB asks with the Stax2 property names. */
  @Override
  public Object getProperty(String name) {
    if (INTERN_NAMES.equals(name) || INTERN_NS_URIS.equals(name)) {
      return Boolean.TRUE;
    }
    return super.getProperty(name);
  }

  @Override
  public String getLocalName() {
    return localName;
  }

  @Override
  public QName getName() {
    return new QName(localName);
  }

  @Override
  public String getNamespaceURI() {
    return "";
  }

  @Override
  public String getPrefix() {
    return "";
  }

  @Override
  public String getNamespaceURI(String prefix) {
    return null;
  }

  @Override
  public int getNamespaceCount() {
    return 0;
  }

  @Override
  public int getAttributeCount() {
    return attributes.length;
  }

  @Override
  public String getAttributeLocalName(int index) {
    return strip(getParent().getAttributeLocalName(attributes[index]));
  }

  @Override
  public QName getAttributeName(int index) {
    return new QName(getAttributeLocalName(index));
  }

  @Override
  public String getAttributeNamespace(int index) {
    return "";
  }

  @Override
  public String getAttributePrefix(int index) {
    return "";
  }

  @Override
  public String getAttributeType(int index) {
    return getParent().getAttributeType(attributes[index]);
  }

  @Override
  public String getAttributeValue(int index) {
    return getParent().getAttributeValue(attributes[index]);
  }

  @Override
  public boolean isAttributeSpecified(int index) {
    return getParent().isAttributeSpecified(attributes[index]);
  }

  @Override
  public String getAttributeValue(String namespaceUri, String localName) {
    for (int i = 0; i < attributes.length; i++) {
      if (getAttributeLocalName(i).equals(localName)) {
        return getAttributeValue(i);
      }
    }
    return null;
  }
}
