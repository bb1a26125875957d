package io.splicer.vast;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.ArrayList;
import java.util.List;

/** Hand-written JAXB bindings of VMAP 1.0 (VMAP 1.0 §2.3–2.4), namespace-agnostic. Internal. */
final class VmapXml {

  private VmapXml() {}

  /** {@code <vmap:VMAP>}. */
  @XmlRootElement(name = "VMAP")
  @XmlAccessorType(XmlAccessType.FIELD)
  static final class Vmap {
    @XmlAttribute String version;

    @XmlElement(name = "AdBreak")
    List<AdBreak> adBreaks = new ArrayList<>();

    @XmlElement(name = "Extensions")
    VastXml.Extensions extensions;
  }

  /** {@code <vmap:AdBreak>}. */
  @XmlAccessorType(XmlAccessType.FIELD)
  static final class AdBreak {
    @XmlAttribute String timeOffset;
    @XmlAttribute String breakType;
    @XmlAttribute String breakId;
    @XmlAttribute String repeatAfter;

    @XmlElement(name = "AdSource")
    AdSource adSource;

    @XmlElement(name = "TrackingEvents")
    CreativeXml.TrackingEvents trackingEvents;

    @XmlElement(name = "Extensions")
    VastXml.Extensions extensions;
  }

  /** {@code <vmap:AdSource>}. */
  @XmlAccessorType(XmlAccessType.FIELD)
  static final class AdSource {
    @XmlAttribute String id;
    @XmlAttribute String allowMultipleAds;
    @XmlAttribute String followRedirects;

    @XmlElement(name = "VASTAdData")
    VastData vastAdData;

    /** Pre-1.0 drafts (and some servers): {@code <VASTData>}. */
    @XmlElement(name = "VASTData")
    VastData legacyVastData;

    @XmlElement(name = "AdTagURI")
    VastXml.Txt adTagUri;

    @XmlElement(name = "CustomAdData")
    VastXml.Raw customAdData;
  }

  /** {@code <vmap:VASTAdData>}: an inline VAST document. */
  @XmlAccessorType(XmlAccessType.FIELD)
  static final class VastData {
    @XmlElement(name = "VAST")
    VastXml.Vast vast;
  }
}
