package io.splicer.scte35.archfixture;

import javax.xml.stream.XMLInputFactory;

/** Deliberate violation for {@code ArchitectureRulesSelfTest}: only xml may create factories. */
public final class Scte35MakingXmlFactory {
  private Scte35MakingXmlFactory() {}

  public static XMLInputFactory unsafe() {
    return XMLInputFactory.newInstance();
  }
}
