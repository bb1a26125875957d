package io.splicer.xml;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

/** Re-serialises StAX events of a namespace-unaware reader as XML text (for raw captures). */
final class RawXml {

  private RawXml() {}

  static void startTag(StringBuilder out, XMLStreamReader r, String rawName) {
    out.append('<').append(rawName);
    for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
      String prefix = r.getAttributePrefix(i);
      out.append(' ');
      if (prefix != null && !prefix.isEmpty()) {
        out.append(prefix).append(':');
      }
      out.append(r.getAttributeLocalName(i)).append("=\"");
      escape(out, r.getAttributeValue(i), true);
      out.append('"');
    }
    out.append('>');
  }

  static void other(StringBuilder out, XMLStreamReader r, int event) {
    switch (event) {
      case XMLStreamConstants.CHARACTERS, XMLStreamConstants.SPACE, XMLStreamConstants.CDATA ->
          escape(out, r.getText(), false);
      case XMLStreamConstants.COMMENT -> out.append("<!--").append(r.getText()).append("-->");
      case XMLStreamConstants.PROCESSING_INSTRUCTION -> {
        out.append("<?").append(r.getPITarget());
        String data = r.getPIData();
        if (data != null && !data.isEmpty()) {
          out.append(' ').append(data);
        }
        out.append("?>");
      }
      default -> {
        // entity references cannot occur (no DTD); document events are outside any capture
      }
    }
  }

  static void escape(StringBuilder out, String text, boolean attribute) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append(attribute ? "&quot;" : "\"");
        default -> out.append(c);
      }
    }
  }
}
