package io.splicer.xml;

/**
 * A bound class whose element content is kept as raw XML text: {@link JaxbBinder} hands it the
 * re-serialised element (including its own start and end tag) right after unmarshalling it.
 */
public interface RawXmlHolder {

  void rawXml(String xml);
}
