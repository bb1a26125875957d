package io.splicer.vast;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlValue;
import java.util.ArrayList;
import java.util.List;

/**
 * Hand-written JAXB bindings of VAST creatives (VAST 4.3 §3.7–3.17): Creative, Linear, MediaFiles,
 * TrackingEvents, VideoClicks, Icons, NonLinearAds, CompanionAds and AdVerifications. Internal.
 */
final class CreativeXml {

  private CreativeXml() {}

  /** {@code <Creatives>}. */
  @XmlAccessorType(XmlAccessType.FIELD)
  static final class Creatives {
    @XmlElement(name = "Creative")
    List<Creative> creatives = new ArrayList<>();
  }

  /** {@code <Creative>}. */
  @XmlAccessorType(XmlAccessType.FIELD)
  static final class Creative {
    @XmlAttribute String id;
    @XmlAttribute String adId;

    /** VAST 2.0/3.0 spelling of {@code adId}. */
    @XmlAttribute(name = "AdID")
    String legacyAdId;

    @XmlAttribute String sequence;

    @XmlElement(name = "UniversalAdId")
    List<VastXml.Txt> universalAdIds = new ArrayList<>();

    @XmlElement(name = "Linear")
    Linear linear;

    @XmlElement(name = "NonLinearAds")
    NonLinearAds nonLinearAds;

    @XmlElement(name = "CompanionAds")
    CompanionAds companionAds;

    @XmlElement(name = "CreativeExtensions")
    VastXml.Extensions extensions;
  }

  /** {@code <Linear>}. */
  @XmlAccessorType(XmlAccessType.FIELD)
  static final class Linear {
    @XmlAttribute String skipoffset;

    @XmlElement(name = "Duration")
    VastXml.Txt duration;

    @XmlElement(name = "MediaFiles")
    MediaFiles mediaFiles;

    @XmlElement(name = "TrackingEvents")
    TrackingEvents trackingEvents;

    @XmlElement(name = "VideoClicks")
    VideoClicks videoClicks;

    @XmlElement(name = "AdParameters")
    VastXml.Txt adParameters;

    @XmlElement(name = "Icons")
    Icons icons;
  }

  /** {@code <MediaFiles>}. */
  @XmlAccessorType(XmlAccessType.FIELD)
  static final class MediaFiles {
    @XmlElement(name = "MediaFile")
    List<MediaFile> mediaFiles = new ArrayList<>();

    @XmlElement(name = "Mezzanine")
    List<MediaFile> mezzanines = new ArrayList<>();

    @XmlElement(name = "InteractiveCreativeFile")
    List<MediaFile> interactiveCreativeFiles = new ArrayList<>();
  }

  /** {@code <MediaFile>}, {@code <Mezzanine>} and {@code <InteractiveCreativeFile>}. */
  @XmlAccessorType(XmlAccessType.FIELD)
  static final class MediaFile {
    @XmlAttribute String id;
    @XmlAttribute String delivery;
    @XmlAttribute String type;
    @XmlAttribute String width;
    @XmlAttribute String height;
    @XmlAttribute String bitrate;
    @XmlAttribute String minBitrate;
    @XmlAttribute String maxBitrate;
    @XmlAttribute String codec;
    @XmlAttribute String apiFramework;
    @XmlAttribute String scalable;
    @XmlAttribute String maintainAspectRatio;
    @XmlAttribute String fileSize;
    @XmlAttribute String mediaType;
    @XmlAttribute String variableDuration;
    @XmlValue String value;
  }

  /** {@code <TrackingEvents>}. */
  @XmlAccessorType(XmlAccessType.FIELD)
  static final class TrackingEvents {
    @XmlElement(name = "Tracking")
    List<VastXml.Txt> tracking = new ArrayList<>();
  }

  /** {@code <VideoClicks>}. */
  @XmlAccessorType(XmlAccessType.FIELD)
  static final class VideoClicks {
    @XmlElement(name = "ClickThrough")
    VastXml.Txt clickThrough;

    @XmlElement(name = "ClickTracking")
    List<VastXml.Txt> clickTracking = new ArrayList<>();

    @XmlElement(name = "CustomClick")
    List<VastXml.Txt> customClicks = new ArrayList<>();
  }

  /** Elements that carry Static/IFrame/HTML resources. */
  @XmlAccessorType(XmlAccessType.FIELD)
  static class Resources {
    @XmlAttribute String id;
    @XmlAttribute String width;
    @XmlAttribute String height;
    @XmlAttribute String apiFramework;
    @XmlAttribute String expandedWidth;
    @XmlAttribute String expandedHeight;
    @XmlAttribute String pxratio;

    @XmlElement(name = "StaticResource")
    List<VastXml.Txt> staticResources = new ArrayList<>();

    @XmlElement(name = "IFrameResource")
    List<VastXml.Txt> iframeResources = new ArrayList<>();

    @XmlElement(name = "HTMLResource")
    List<VastXml.Txt> htmlResources = new ArrayList<>();

    @XmlElement(name = "AdParameters")
    VastXml.Txt adParameters;
  }

  /** {@code <Icons>}. */
  @XmlAccessorType(XmlAccessType.FIELD)
  static final class Icons {
    @XmlElement(name = "Icon")
    List<Icon> icons = new ArrayList<>();
  }

  /** {@code <Icon>}. */
  @XmlAccessorType(XmlAccessType.FIELD)
  static final class Icon extends Resources {
    @XmlAttribute String program;
    @XmlAttribute String xPosition;
    @XmlAttribute String yPosition;
    @XmlAttribute String duration;
    @XmlAttribute String offset;

    @XmlElement(name = "IconClicks")
    IconClicks iconClicks;

    @XmlElement(name = "IconViewTracking")
    List<VastXml.Txt> viewTracking = new ArrayList<>();
  }

  /** {@code <IconClicks>}. */
  @XmlAccessorType(XmlAccessType.FIELD)
  static final class IconClicks {
    @XmlElement(name = "IconClickThrough")
    VastXml.Txt clickThrough;

    @XmlElement(name = "IconClickTracking")
    List<VastXml.Txt> clickTracking = new ArrayList<>();
  }

  /** {@code <NonLinearAds>}. */
  @XmlAccessorType(XmlAccessType.FIELD)
  static final class NonLinearAds {
    @XmlElement(name = "NonLinear")
    List<NonLinear> nonLinears = new ArrayList<>();

    @XmlElement(name = "TrackingEvents")
    TrackingEvents trackingEvents;
  }

  /** {@code <NonLinear>}. */
  @XmlAccessorType(XmlAccessType.FIELD)
  static final class NonLinear extends Resources {
    @XmlAttribute String minSuggestedDuration;
    @XmlAttribute String scalable;
    @XmlAttribute String maintainAspectRatio;

    @XmlElement(name = "NonLinearClickThrough")
    VastXml.Txt clickThrough;

    @XmlElement(name = "NonLinearClickTracking")
    List<VastXml.Txt> clickTracking = new ArrayList<>();
  }

  /** {@code <CompanionAds>}. */
  @XmlAccessorType(XmlAccessType.FIELD)
  static final class CompanionAds {
    @XmlAttribute String required;

    @XmlElement(name = "Companion")
    List<Companion> companions = new ArrayList<>();
  }

  /** {@code <Companion>}. */
  @XmlAccessorType(XmlAccessType.FIELD)
  static final class Companion extends Resources {
    @XmlAttribute String adSlotId;
    @XmlAttribute String assetWidth;
    @XmlAttribute String assetHeight;
    @XmlAttribute String renderingMode;

    @XmlElement(name = "AltText")
    VastXml.Txt altText;

    @XmlElement(name = "CompanionClickThrough")
    VastXml.Txt clickThrough;

    @XmlElement(name = "CompanionClickTracking")
    List<VastXml.Txt> clickTracking = new ArrayList<>();

    @XmlElement(name = "TrackingEvents")
    TrackingEvents trackingEvents;
  }

  /** {@code <AdVerifications>}. */
  @XmlAccessorType(XmlAccessType.FIELD)
  static final class Verifications {
    @XmlElement(name = "Verification")
    List<Verification> verifications = new ArrayList<>();
  }

  /** {@code <Verification>}. */
  @XmlAccessorType(XmlAccessType.FIELD)
  static final class Verification {
    @XmlAttribute String vendor;

    @XmlElement(name = "JavaScriptResource")
    List<VastXml.Txt> javaScriptResources = new ArrayList<>();

    @XmlElement(name = "ExecutableResource")
    List<VastXml.Txt> executableResources = new ArrayList<>();

    @XmlElement(name = "TrackingEvents")
    TrackingEvents trackingEvents;

    @XmlElement(name = "VerificationParameters")
    VastXml.Txt parameters;
  }
}
