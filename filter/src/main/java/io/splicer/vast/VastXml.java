package io.splicer.vast;

import io.splicer.xml.RawXmlHolder;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlTransient;
import jakarta.xml.bind.annotation.XmlValue;
import java.util.ArrayList;
import java.util.List;

/**
 * Hand-written JAXB bindings of the VAST document, ad and InLine/Wrapper levels (VAST 4.3 §3.2–3.4,
 * §3.19; element names shared by VAST 2.0–4.3). Names are local: the reader strips namespaces.
 * Attributes are bound as text and parsed leniently by {@link VastConverter}. Internal: other
 * packages see only the records.
 */
final class VastXml {

  private VastXml() {}

  /** {@code <VAST>}. */
  @XmlRootElement(name = "VAST")
  @XmlAccessorType(XmlAccessType.FIELD)
  static final class Vast {
    @XmlAttribute String version;

    @XmlElement(name = "Ad")
    List<Ad> ads = new ArrayList<>();

    @XmlElement(name = "Error")
    List<Txt> errors = new ArrayList<>();
  }

  /** {@code <Ad>}. */
  @XmlAccessorType(XmlAccessType.FIELD)
  static final class Ad {
    @XmlAttribute String id;
    @XmlAttribute String sequence;
    @XmlAttribute String adType;

    @XmlElement(name = "InLine")
    Body inLine;

    @XmlElement(name = "Wrapper")
    Wrapper wrapper;
  }

  /** The elements InLine and Wrapper share (an InLine is bound as a plain Body). */
  @XmlAccessorType(XmlAccessType.FIELD)
  static class Body {
    @XmlElement(name = "AdSystem")
    Txt adSystem;

    @XmlElement(name = "AdTitle")
    Txt adTitle;

    @XmlElement(name = "AdServingId")
    Txt adServingId;

    @XmlElement(name = "Impression")
    List<Txt> impressions = new ArrayList<>();

    @XmlElement(name = "Error")
    List<Txt> errors = new ArrayList<>();

    @XmlElement(name = "Creatives")
    CreativeXml.Creatives creatives;

    @XmlElement(name = "AdVerifications")
    CreativeXml.Verifications verifications;

    @XmlElement(name = "Extensions")
    Extensions extensions;
  }

  /** {@code <Wrapper>}. */
  @XmlAccessorType(XmlAccessType.FIELD)
  static final class Wrapper extends Body {
    @XmlAttribute String followAdditionalWrappers;
    @XmlAttribute String allowMultipleAds;
    @XmlAttribute String fallbackOnNoAd;

    @XmlElement(name = "VASTAdTagURI")
    Txt adTagUri;

    /** VAST 2.0 drafts: {@code <VASTAdTagURL><URL>…</URL></VASTAdTagURL>}. */
    @XmlElement(name = "VASTAdTagURL")
    LegacyTagUrl legacyAdTagUrl;
  }

  /** {@code <VASTAdTagURL>}. */
  @XmlAccessorType(XmlAccessType.FIELD)
  static final class LegacyTagUrl {
    @XmlElement(name = "URL")
    Txt url;
  }

  /** {@code <Extensions>} or {@code <CreativeExtensions>}. */
  @XmlAccessorType(XmlAccessType.FIELD)
  static final class Extensions {
    @XmlElement(name = "Extension")
    List<Raw> extensions = new ArrayList<>();

    @XmlElement(name = "CreativeExtension")
    List<Raw> creativeExtensions = new ArrayList<>();
  }

  /** An element kept as raw XML (Extension, CreativeExtension, CustomAdData). */
  @XmlAccessorType(XmlAccessType.FIELD)
  static final class Raw implements RawXmlHolder {
    @XmlTransient String xml;

    /** {@code Extension@type}. */
    @XmlAttribute String type;

    /** VAST 3 verification: {@code <Extension type="AdVerifications"><AdVerifications>}. */
    @XmlElement(name = "AdVerifications")
    CreativeXml.Verifications verifications;

    @Override
    public void rawXml(String xml) {
      this.xml = xml;
    }
  }

  /** A text element with any of the attributes text elements carry in VAST/VMAP. */
  @XmlAccessorType(XmlAccessType.FIELD)
  static final class Txt {
    @XmlAttribute String id;
    @XmlAttribute String event;
    @XmlAttribute String offset;
    @XmlAttribute String version;
    @XmlAttribute String idRegistry;
    @XmlAttribute String idValue;
    @XmlAttribute String templateType;
    @XmlAttribute String creativeType;
    @XmlAttribute String apiFramework;
    @XmlAttribute String type;
    @XmlAttribute String browserOptional;
    @XmlValue String value;
  }
}
