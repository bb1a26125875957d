package io.splicer.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlTransient;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HardenedXmlTest {

  /** A tiny bound document for the binder tests. */
  @XmlAccessorType(XmlAccessType.FIELD)
  static final class Doc {
    @XmlAttribute String version;

    @XmlElement(name = "Item")
    List<String> items = new ArrayList<>();

    @XmlElement(name = "Blob")
    Blob blob;
  }

  /** Raw capture target. */
  @XmlAccessorType(XmlAccessType.FIELD)
  static final class Blob implements RawXmlHolder {
    @XmlTransient String xml;

    @Override
    public void rawXml(String raw) {
      xml = raw;
    }
  }

  private static final JaxbBinder BINDER = JaxbBinder.of(Map.of("Doc", Doc.class), Set.of("Blob"));

  private static XmlException bindFails(String xml, XmlLimits limits) {
    return assertThrows(
        XmlException.class, () -> BINDER.unmarshal(xml.getBytes(StandardCharsets.UTF_8), limits));
  }

  private static Doc bind(String xml) throws XmlException {
    return (Doc)
        BINDER.unmarshal(xml.getBytes(StandardCharsets.UTF_8), XmlLimits.defaults()).value();
  }

  @Test
  void unmarshal_externalEntity_refusedAndFileNotRead(@TempDir Path dir) throws Exception {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET");
    String xxe =
        "<?xml version=\"1.0\"?><!DOCTYPE Doc [<!ENTITY xxe SYSTEM \""
            + secret.toUri()
            + "\">]><Doc><Item>&xxe;</Item></Doc>";
    XmlException e = bindFails(xxe, XmlLimits.defaults());
    assertEquals(XmlException.Kind.DOCTYPE, e.kind());
    assertFalse(e.getMessage().contains("TOP-SECRET"));
  }

  @Test
  void unmarshal_billionLaughs_refused() {
    StringBuilder dtd = new StringBuilder("<!DOCTYPE Doc [<!ENTITY l0 \"lol\">");
    for (int i = 1; i <= 9; i++) {
      dtd.append("<!ENTITY l").append(i).append(" \"");
      dtd.append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
    }
    dtd.append("]>");
    XmlException e = bindFails(dtd + "<Doc><Item>&l9;</Item></Doc>", XmlLimits.defaults());
    assertEquals(XmlException.Kind.DOCTYPE, e.kind());
  }

  @Test
  void unmarshal_externalDtdReference_refused() {
    XmlException e =
        bindFails(
            "<!DOCTYPE Doc SYSTEM \"http://127.0.0.1:1/evil.dtd\"><Doc/>", XmlLimits.defaults());
    assertEquals(XmlException.Kind.DOCTYPE, e.kind());
  }

  @Test
  void unmarshal_undeclaredEntity_malformed() {
    XmlException e = bindFails("<Doc><Item>&lol;</Item></Doc>", XmlLimits.defaults());
    assertEquals(XmlException.Kind.MALFORMED, e.kind());
  }

  @Test
  void unmarshal_oversize_refusedWithSize() {
    String big = "<Doc>" + "<Item>x</Item>".repeat(100) + "</Doc>";
    XmlException e = bindFails(big, XmlLimits.defaults().withMaxBytes(1000));
    assertEquals(XmlException.Kind.TOO_LARGE, e.kind());
    assertEquals(Integer.toString(big.length()), e.offendingValue());
  }

  @Test
  void unmarshal_deepNesting_refused() {
    String deep = "<Doc>" + "<a>".repeat(100) + "</a>".repeat(100) + "</Doc>";
    XmlException e = bindFails(deep, XmlLimits.defaults());
    assertEquals(XmlException.Kind.TOO_DEEP, e.kind());
    assertEquals("65", e.offendingValue());
  }

  @Test
  void unmarshal_trailingGarbage_malformed() {
    XmlException e = bindFails("<Doc></Doc><Doc>", XmlLimits.defaults());
    assertEquals(XmlException.Kind.MALFORMED, e.kind());
  }

  @Test
  void unmarshal_unknownRoot_namesIt() {
    XmlException e = bindFails("<Other/>", XmlLimits.defaults());
    assertEquals(XmlException.Kind.UNKNOWN_ROOT, e.kind());
    assertEquals("Other", e.offendingValue());
  }

  @Test
  void unmarshal_anyNamespaceOrPrefix_bindsByLocalName() throws Exception {
    assertEquals(
        List.of("a"), bind("<Doc xmlns=\"http://www.iab.com/VAST\"><Item>a</Item></Doc>").items);
    assertEquals(
        List.of("b"),
        bind("<v:Doc xmlns:v=\"urn:x\" v:version=\"1\"><v:Item>b</v:Item></v:Doc>").items);
    // not namespace-well-formed (undeclared prefix), as some real VMAP is
    Doc d = bind("<Doc xsi:noNamespaceSchemaLocation=\"x.xsd\" version=\"2\"><Item>c</Item></Doc>");
    assertEquals("2", d.version);
  }

  @Test
  void unmarshal_rawElement_capturedAsXml() throws Exception {
    Doc d =
        bind(
            "<Doc><Blob type=\"t\" xmlns:p=\"urn:p\"><p:x a=\"1&amp;2\"><![CDATA[<b>]]></p:x>"
                + "<!--c--></Blob><Item>i</Item></Doc>");
    assertEquals(
        "<Blob type=\"t\" xmlns:p=\"urn:p\"><p:x a=\"1&amp;2\">&lt;b&gt;</p:x><!--c--></Blob>",
        d.blob.xml);
    assertEquals(List.of("i"), d.items);
  }

  @Test
  void open_namespaceAwareReader_keepsNamespacesAndRefusesDoctype() throws Exception {
    XMLStreamReader r =
        HardenedXml.open(
            "<m:MPD xmlns:m=\"urn:mpeg:dash:schema:mpd:2011\"/>".getBytes(StandardCharsets.UTF_8),
            XmlLimits.defaults());
    r.nextTag();
    assertEquals("urn:mpeg:dash:schema:mpd:2011", r.getNamespaceURI());
    XMLStreamReader dtd =
        HardenedXml.open(
            new ByteArrayInputStream("<!DOCTYPE x><x/>".getBytes(StandardCharsets.UTF_8)),
            XmlLimits.defaults());
    XMLStreamException e = assertThrows(XMLStreamException.class, dtd::next);
    assertEquals(XmlException.Kind.DOCTYPE, HardenedXml.classify(e).kind());
  }

  @Test
  void open_streamLongerThanLimit_tooLarge() throws Exception {
    byte[] big = ("<x>" + "y".repeat(10_000) + "</x>").getBytes(StandardCharsets.UTF_8);
    XMLStreamReader r =
        HardenedXml.open(new ByteArrayInputStream(big), XmlLimits.defaults().withMaxBytes(100));
    XMLStreamException e =
        assertThrows(
            XMLStreamException.class,
            () -> {
              while (r.hasNext()) {
                r.next();
              }
            });
    assertEquals(XmlException.Kind.TOO_LARGE, HardenedXml.classify(e).kind());
    assertTrue(HardenedXml.output() != null && HardenedXml.events() != null);
  }
}
